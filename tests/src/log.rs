//! The server's log, captured for a test on its own thread.

use std::{
    io::Write,
    sync::{Arc, Mutex, Once},
};

use tracing::subscriber::DefaultGuard;

/// What was logged on this thread since [`capture`], as the server would write it (no
/// colours, no timestamps: their digits could match what a test looks for).
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// The lines so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Logs everything at `INFO` and above on this thread into the returned [`Captured`] until the
/// guard is dropped (a `#[tokio::test]` runs the server on its own thread).
///
/// `tracing` caches each log call's interest once for the whole process, asking the
/// subscriber of the thread that reaches it first. A test on another thread (with none)
/// that got there first would cache "never" and blind this one; with a do-nothing global
/// subscriber in place, every thread's answer includes this one's.
pub fn capture() -> (Captured, DefaultGuard) {
    static BASELINE: Once = Once::new();
    BASELINE.call_once(|| {
        let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry());
    });
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .without_time()
        .with_max_level(tracing::Level::INFO)
        .finish();
    (captured, tracing::subscriber::set_default(subscriber))
}
