//! The server's log: which lines it may hold, and where they go (off the request's thread at
//! once, out to the file or pipe in batches).

use std::{
    cell::RefCell,
    fmt,
    io::{self, Write},
    sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError},
    thread::JoinHandle,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use tracing::{
    field::{Field, Visit},
    Event, Subscriber,
};
use tracing_subscriber::{
    fmt::{
        format::{FormatEvent, FormatFields, Writer},
        FmtContext, FormattedFields, MakeWriter,
    },
    registry::LookupSpan,
    EnvFilter,
};

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

/// How long a line may wait for its batch: the most a reader of the log lags behind the
/// server. Under load every line of this span leaves in one `write`.
pub const BATCH_INTERVAL: Duration = Duration::from_millis(50);

/// Bytes waiting past which a line's writer writes the batch out itself and waits for the
/// output (never drops a line): the lines of a busy second at most, when the output is slow.
const MAX_PENDING_BYTES: usize = 1024 * 1024;

/// The log's writer (a [`MakeWriter`] for the formatter), and the guard that writes out what
/// is pending when it is dropped (keep it alive until `main` returns).
///
/// A line is added to a batch in memory: the request never waits for the output. A thread
/// (`linkages-log`), asleep while nothing is pending, wakes at a batch's first line, waits
/// [`BATCH_INTERVAL`] and writes the batch in one call. So an idle server's line is out within
/// that interval, and a busy one makes about twenty writes a second, whatever its rate.
///
/// `tracing-appender`'s writer, used before, sent each line through a channel to its thread,
/// which woke and flushed for nearly every line: at saturation on `/healthz`, `strace -c`
/// counted 12,782 `write` and 8,138 `sched_yield` calls for 20,211 requests, taking a core's
/// time from the server.
///
/// # Errors
/// Only starting the thread can fail (`std::thread::Builder::spawn`). Writing to `out` is
/// never reported: there is nowhere left to report it.
pub fn writer<W: Write + Send + 'static>(out: W) -> io::Result<(Batches, FlushOnDrop)> {
    let shared = Arc::new(Shared {
        pending: Mutex::new(Pending::default()),
        wake: Condvar::new(),
        out: Mutex::new(Box::new(out)),
    });
    let thread = {
        let shared = shared.clone();
        std::thread::Builder::new()
            .name("linkages-log".into())
            .spawn(move || shared.write_batches())?
    };
    Ok((
        Batches(shared.clone()),
        FlushOnDrop {
            shared,
            thread: Some(thread),
        },
    ))
}

/// Where the formatter writes lines: into the pending batch (see [`writer`]).
#[derive(Clone)]
pub struct Batches(Arc<Shared>);

/// Writes out what is pending and stops the log's thread when dropped.
pub struct FlushOnDrop {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for FlushOnDrop {
    fn drop(&mut self) {
        self.shared.pending().stopped = true;
        self.shared.wake.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Shared {
    pending: Mutex<Pending>,
    /// Told when a batch gets its first line, and when the guard goes.
    wake: Condvar,
    out: Mutex<Box<dyn Write + Send>>,
}

#[derive(Default)]
struct Pending {
    lines: Vec<u8>,
    stopped: bool,
}

impl Shared {
    fn pending(&self) -> MutexGuard<'_, Pending> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn append(&self, line: &[u8]) {
        let mut pending = self.pending();
        let first = pending.lines.is_empty();
        pending.lines.extend_from_slice(line);
        if pending.stopped || pending.lines.len() >= MAX_PENDING_BYTES {
            // No thread left to write it, or the output is behind: this writer waits for it.
            self.write_out(pending);
        } else if first {
            self.wake.notify_one();
        }
    }

    /// Writes the pending lines. The output is locked before the batch is let go, so batches
    /// leave in the order they were gathered.
    fn write_out(&self, mut pending: MutexGuard<'_, Pending>) {
        if pending.lines.is_empty() {
            return;
        }
        let capacity = pending.lines.len();
        let batch = std::mem::replace(&mut pending.lines, Vec::with_capacity(capacity));
        let mut out = self.out.lock().unwrap_or_else(PoisonError::into_inner);
        drop(pending);
        let _ = out.write_all(&batch).and_then(|()| out.flush());
    }

    /// The log thread: asleep until a batch has a line, then gathers for [`BATCH_INTERVAL`]
    /// and writes; after the guard goes, writes what is left and ends.
    fn write_batches(&self) {
        loop {
            let pending = self
                .wake
                .wait_while(self.pending(), |p| p.lines.is_empty() && !p.stopped)
                .unwrap_or_else(PoisonError::into_inner);
            let pending = if pending.stopped {
                pending
            } else {
                drop(pending);
                std::thread::sleep(BATCH_INTERVAL);
                self.pending()
            };
            let stopped = pending.stopped;
            self.write_out(pending);
            if stopped {
                return;
            }
        }
    }
}

impl Write for &Batches {
    /// Adds `line` (the formatter writes each event whole, in one call) to the batch.
    fn write(&mut self, line: &[u8]) -> io::Result<usize> {
        self.0.append(line);
        Ok(line.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Batches {
    type Writer = &'a Batches;

    fn make_writer(&'a self) -> &'a Batches {
        self
    }
}

/// The log's lines, as `tracing-subscriber`'s full format writes them without colour, for
/// example `2026-12-02T03:07:17.589555Z  INFO linkages_server::front: request method=GET
/// path=/en status=200 latency_ms=0`: the time in UTC to the microsecond (RFC 3339), the
/// level, the spans (name and fields, from the root), the target, the message and the other
/// fields (`name=value`, values by `Debug`, so text is quoted).
///
/// Written here because that format costs a tenth of a cached page's time (`perf`, at
/// saturation): the date is worked out for every line, and every field goes through the
/// colouring even when there is none. This one works the date out once a second.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lines;

impl<S, N> FormatEvent<S, N> for Lines
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        write_time(&mut writer, SystemTime::now())?;
        write!(writer, "{:>5} ", event.metadata().level())?;
        if let Some(scope) = ctx.event_scope() {
            for span in scope.from_root() {
                writer.write_str(span.name())?;
                let extensions = span.extensions();
                if let Some(fields) = extensions.get::<FormattedFields<N>>() {
                    if !fields.is_empty() {
                        write!(writer, "{{{fields}}}")?;
                    }
                }
                writer.write_char(':')?;
            }
            writer.write_char(' ')?;
        }
        write!(writer, "{}: ", event.metadata().target())?;
        let mut fields = Fields {
            writer: writer.by_ref(),
            first: true,
            result: Ok(()),
        };
        event.record(&mut fields);
        fields.result?;
        writeln!(writer)
    }
}

/// `2026-12-02T03:07:17.589555Z ` for `now`; the part to the second is made once a second
/// (on each thread).
fn write_time(writer: &mut Writer<'_>, now: SystemTime) -> fmt::Result {
    thread_local! {
        static SECOND: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
    }
    let since = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    let second = since.as_secs();
    SECOND.with_borrow_mut(|(cached, text)| {
        if *cached != second {
            let time = i64::try_from(second)
                .ok()
                .and_then(|second| chrono::DateTime::from_timestamp(second, 0))
                .unwrap_or_default();
            *text = time.format("%Y-%m-%dT%H:%M:%S").to_string();
            *cached = second;
        }
        write!(writer, "{text}.{:06}Z ", since.subsec_micros())
    })
}

/// An event's message and fields, written as `tracing-subscriber`'s default visitor writes
/// them without colour.
struct Fields<'a> {
    writer: Writer<'a>,
    first: bool,
    result: fmt::Result,
}

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.record_debug(field, &format_args!("{value}"));
        } else {
            self.record_debug(field, &value);
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if self.result.is_err() {
            return;
        }
        let name = field.name();
        // `log` records' metadata, which the subscriber has read already.
        if name.starts_with("log.") {
            return;
        }
        let space = if self.first { "" } else { " " };
        self.first = false;
        self.result = match name {
            "message" => write!(self.writer, "{space}{value:?}"),
            name => {
                let name = name.strip_prefix("r#").unwrap_or(name);
                write!(self.writer, "{space}{name}={value:?}")
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use std::{
        sync::{Arc, Mutex},
        time::{Duration, Instant},
    };

    use super::*;

    /// An output that keeps what reaches it, and counts the calls that brought it.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<(Vec<u8>, usize)>>);

    impl Sink {
        fn text(&self) -> String {
            let bytes = self.0.lock().map(|b| b.0.clone()).unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        }

        fn writes(&self) -> usize {
            self.0.lock().map(|b| b.1).unwrap_or_default()
        }

        /// Waits (at most 10 s) until the output holds `lines` lines.
        fn wait_for_lines(&self, lines: usize) {
            let deadline = Instant::now() + Duration::from_secs(10);
            while self.text().lines().count() < lines && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    impl Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            let mut sink = self.0.lock().map_err(|_| std::io::ErrorKind::Other)?;
            sink.0.extend_from_slice(bytes);
            sink.1 += 1;
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn started(sink: &Sink) -> (Batches, FlushOnDrop) {
        writer(sink.clone()).expect("the log thread starts")
    }

    fn log_line(writer: &Batches, line: &str) {
        writer
            .make_writer()
            .write_all(line.as_bytes())
            .expect("the batch takes the line");
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

    /// The lines `emit` logs at `TRACE` and above, formatted by `format`, without colour.
    fn formatted<F>(format: F, emit: impl Fn()) -> String
    where
        F: FormatEvent<
                tracing_subscriber::Registry,
                tracing_subscriber::fmt::format::DefaultFields,
            > + Send
            + Sync
            + 'static,
    {
        let sink = Sink::default();
        let writer = sink.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_max_level(tracing::Level::TRACE)
            .event_format(format)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::with_default(subscriber, emit);
        sink.text()
    }

    fn events() {
        let method = axum::http::Method::GET;
        tracing::info!(%method, path = "/en", status = 200_u16, latency_ms = 3_u128, "request");
        tracing::error!(path = %"/api/v1/nearest", status = 500_u16, "request");
        tracing::warn!(
            r#type = "cache",
            found = false,
            count = -2_i64,
            ratio = 0.5_f64,
            "odd"
        );
        tracing::debug!(detail = ?Some("x"), "only fields after this");
        tracing::trace!(answer = 42_u64);
        let span = tracing::info_span!("reload", file = "data.json", n = 3);
        let _entered = span.enter();
        let inner = tracing::info_span!("check");
        let _inner = inner.enter();
        tracing::info!("inside two spans");
    }

    /// `2026-12-02T03:07:17.589555Z ` at the start of each line, then the rest.
    fn without_time(text: &str) -> Vec<String> {
        text.lines()
            .map(|line| {
                let (time, rest) = line.split_at(28);
                let bytes = time.as_bytes();
                let digits = [
                    0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25,
                ];
                assert!(digits.iter().all(|&i| bytes[i].is_ascii_digit()), "{line}");
                assert_eq!(
                    (&time[4..5], &time[7..8], &time[10..11], &time[13..14]),
                    ("-", "-", "T", ":"),
                    "{line}"
                );
                assert_eq!(
                    (&time[16..17], &time[19..20], &time[26..]),
                    (":", ".", "Z ")
                );
                rest.to_owned()
            })
            .collect()
    }

    #[test]
    fn lines_read_as_the_full_format_writes_them() {
        let ours = formatted(Lines, events);
        let full = formatted(tracing_subscriber::fmt::format().with_ansi(false), events);
        assert_eq!(without_time(&ours), without_time(&full));
        assert_eq!(ours.lines().count(), 6, "{ours}");
        assert!(
            ours.contains(
                " INFO linkages_server::log::tests: request method=GET path=\"/en\" status=200 latency_ms=3\n"
            ),
            "{ours}"
        );
        assert!(
            ours.contains(r#"reload{file="data.json" n=3}:check: "#),
            "{ours}"
        );
    }

    #[test]
    fn the_time_is_utc_to_the_microsecond() {
        let mut text = String::new();
        let at = UNIX_EPOCH + Duration::from_micros(1_796_181_437_589_555);
        write_time(&mut Writer::new(&mut text), at).expect("writes to a string");
        // The second changes: the cached part is made again.
        write_time(&mut Writer::new(&mut text), at + Duration::from_secs(61)).expect("writes");
        assert_eq!(
            text,
            "2026-12-02T03:17:17.589555Z 2026-12-02T03:18:18.589555Z "
        );
    }

    #[test]
    fn a_line_is_out_while_the_server_runs_and_so_is_the_next_batch() {
        let sink = Sink::default();
        let (writer, _guard) = started(&sink);
        log_line(&writer, "request path=/en status=200\n");
        // Far below a full batch: only the thread's timer can bring it out.
        sink.wait_for_lines(1);
        assert_eq!(sink.text(), "request path=/en status=200\n");
        // The thread went back to sleep; the next line wakes it again.
        log_line(&writer, "request path=/es status=200\n");
        sink.wait_for_lines(2);
        assert_eq!(
            sink.text(),
            "request path=/en status=200\nrequest path=/es status=200\n"
        );
    }

    #[test]
    fn lines_of_one_interval_leave_in_one_write() {
        let sink = Sink::default();
        let (writer, _guard) = started(&sink);
        let began = Instant::now();
        for n in 0..1000 {
            log_line(&writer, &format!("request {n}\n"));
        }
        sink.wait_for_lines(1000);
        let elapsed = began.elapsed();
        // The thread gathers for a whole interval before each write, so however the test is
        // scheduled, there is at most one write per interval begun (not one per line).
        let intervals = elapsed.as_millis() / BATCH_INTERVAL.as_millis() + 1;
        assert_eq!(sink.text().lines().count(), 1000);
        assert!(
            sink.writes() as u128 <= intervals,
            "{} writes in {elapsed:?}",
            sink.writes()
        );
    }

    #[test]
    fn every_line_is_out_in_order_when_the_guard_goes() {
        let sink = Sink::default();
        let (writer, guard) = started(&sink);
        // Lines for more than twice the pending bound: writers wait for the output, and
        // nothing is dropped or reordered.
        let mut lines = 0;
        let mut bytes = 0;
        while bytes <= 2 * MAX_PENDING_BYTES {
            let line = format!("line {lines}\n");
            bytes += line.len();
            log_line(&writer, &line);
            lines += 1;
        }
        drop(guard);
        // With the thread gone, a late line is written by its writer at once.
        log_line(&writer, &format!("line {lines}\n"));
        lines += 1;
        let text = sink.text();
        let written: Vec<&str> = text.lines().collect();
        assert_eq!(written.len(), lines);
        assert!(written
            .iter()
            .enumerate()
            .all(|(n, line)| *line == format!("line {n}")));
    }
}
