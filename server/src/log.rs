//! The server's log: which lines it may hold, and where they go (off the request's thread at
//! once, out to the file or pipe in batches).

use std::io::{BufWriter, Write};

use tracing_appender::non_blocking::{NonBlocking, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

/// Log targets that know a client's address (the socket layers): silent whatever `--log`
/// asks, so no level ever writes one. The site's own lines carry method and path only.
const SILENT_TARGETS: &[&str] = &["axum::serve=off", "hyper=off", "hyper_util=off"];

/// The filter for `--log` (`EnvFilter` syntax; `info` when it does not parse), with the
/// [`SILENT_TARGETS`] off whatever it asks.
pub fn filter(requested: &str) -> EnvFilter {
    let filter = EnvFilter::try_new(requested).unwrap_or_else(|_| EnvFilter::new("info"));
    SILENT_TARGETS
        .iter()
        .fold(filter, |filter, directive| match directive.parse() {
            Ok(directive) => filter.add_directive(directive),
            Err(_) => filter,
        })
}

/// At most this many lines wait for the writing thread; beyond it, writers wait (never drop).
/// About a megabyte of lines: the crate's default, 128k lines, lets a burst of requests grow
/// the server by 20 MB.
const QUEUED_LINES: usize = 8192;

/// Bytes gathered before one `write` to the output.
const BATCH_BYTES: usize = 64 * 1024;

/// A writer for the log's formatter, and the guard that writes out what is queued when it is
/// dropped (keep it alive until `main` returns).
///
/// Each line is queued to a thread of its own (`linkages-log`), so a request never waits on
/// the output. That thread writes through a buffer of [`BATCH_BYTES`] and flushes whenever the
/// queue is empty: under load many lines leave in one system call, and when idle each line is
/// out as soon as it is written. With one `write` per line (stdout is line-buffered), the
/// access log cost a fifth of the server's requests a second (`scripts/load`, log at `info`).
/// No line is ever dropped: past [`QUEUED_LINES`], writers wait.
pub fn writer<W: Write + Send + 'static>(out: W) -> (NonBlocking, WorkerGuard) {
    NonBlockingBuilder::default()
        .lossy(false)
        .buffered_lines_limit(QUEUED_LINES)
        .thread_name("linkages-log")
        .finish(BufWriter::with_capacity(BATCH_BYTES, out))
}

#[cfg(test)]
mod tests {
    use std::{
        sync::{Arc, Mutex},
        time::{Duration, Instant},
    };

    use tracing_subscriber::fmt::MakeWriter;

    use super::*;

    /// An output that keeps what reaches it.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);

    impl Sink {
        fn text(&self) -> String {
            let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }

    impl Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn no_log_level_lets_the_socket_layers_write_an_address() {
        let sink = Sink::default();
        let writer = sink.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(filter("trace,hyper=trace,axum=trace"))
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::trace!(target: "axum::serve", "connection 192.0.2.1:5000 accepted");
            tracing::trace!(target: "hyper::proto::h1", "192.0.2.1:5000");
            tracing::trace!(target: "hyper_util::server", "192.0.2.1:5000");
            tracing::trace!(target: "linkages_server", "the site's own line");
        });
        let text = sink.text();
        assert!(text.contains("the site's own line"), "{text}");
        assert!(!text.contains("192.0.2.1"), "{text}");
    }

    #[test]
    fn a_line_is_out_while_the_server_runs_not_held_in_the_batch() {
        let sink = Sink::default();
        let (writer, _guard) = writer(sink.clone());
        writer
            .make_writer()
            .write_all(b"request path=/en status=200\n")
            .expect("the queue takes the line");
        // Far below one batch: only the flush on an empty queue can bring it out.
        let deadline = Instant::now() + Duration::from_secs(10);
        while !sink.text().contains("path=/en") && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(sink.text(), "request path=/en status=200\n");
    }

    #[test]
    fn every_line_is_out_in_order_when_the_guard_goes() {
        let sink = Sink::default();
        let (writer, guard) = writer(sink.clone());
        // More lines than the queue holds: writers wait, nothing is dropped.
        let lines = QUEUED_LINES * 2;
        for n in 0..lines {
            writer
                .make_writer()
                .write_all(format!("line {n}\n").as_bytes())
                .expect("the queue takes the line");
        }
        drop(guard);
        let text = sink.text();
        let written: Vec<&str> = text.lines().collect();
        assert_eq!(written.len(), lines);
        assert!(written
            .iter()
            .enumerate()
            .all(|(n, line)| *line == format!("line {n}")));
    }
}
