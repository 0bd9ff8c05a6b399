//! The socket side: accepts connections and serves the router over HTTP/1.1, with every
//! resource one client can hold bounded.
//!
//! * **Time to send a request head** ([`Limits::header_timeout`]), counted from the connection's
//!   start or, on a kept-alive connection, from the first byte of the next request. A socket
//!   that sends nothing, half a request line or a header line now and then is closed.
//! * **Time a connection may sit idle** ([`Limits::idle_timeout`]): between requests, or while
//!   a response waits for a client that does not read it.
//! * **Time to send a request body** ([`Limits::body_timeout`]), from the end of its head: past
//!   it, 408 and the connection is closed.
//! * **Header bytes** ([`Limits::max_header_bytes`]): hyper's read buffer; a longer head gets 431.
//! * **Open connections** ([`Limits::max_connections`]): one more is answered 503 at once and
//!   closed; the accept loop never waits for it.
//! * **Shutdown** ([`Limits::shutdown_timeout`]): after SIGTERM, requests in progress may finish
//!   for this long; what is left is then closed.
//!
//! hyper has its own header timer, but it also runs while a kept-alive connection waits for its
//! next request, so it cannot tell a slow head from an idle connection: a small watchdog per
//! connection times both (see [`Activity`]).
//!
//! Nothing here logs a client's address: it is only passed to the router (as
//! [`ConnectInfo`]) for the rate limits.

use std::{
    convert::Infallible,
    future::Future,
    io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex, PoisonError,
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{
    body::{Body, Bytes},
    extract::ConnectInfo,
    http::{header, HeaderValue, Request, Response, StatusCode, Version},
    Router,
};
use http_body::{Body as HttpBody, Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::conn::auto,
};
use tokio::{
    io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, ReadBuf},
    net::{TcpListener, TcpSocket, TcpStream},
    sync::{watch, OwnedSemaphorePermit, Semaphore},
    task::JoinSet,
    time::{sleep_until, Instant},
};
use tower::ServiceExt as _;

/// How long and how much one client may hold. [`Limits::default`] is what the server uses
/// unless told otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Longest time to receive a request's head (request line and headers).
    pub header_timeout: Duration,
    /// Longest time a connection may go without a byte moving either way: between requests,
    /// or while a response waits for a client that does not read.
    pub idle_timeout: Duration,
    /// Longest time to receive a request's body, from the end of its head.
    pub body_timeout: Duration,
    /// Largest request head, in bytes (hyper's read buffer; at least 8192).
    pub max_header_bytes: usize,
    /// Most connections open at once.
    pub max_connections: usize,
    /// Longest wait, after the shutdown signal, for requests in progress.
    pub shutdown_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(75),
            body_timeout: Duration::from_secs(10),
            max_header_bytes: 32 * 1024,
            max_connections: 4096,
            shutdown_timeout: Duration::from_secs(10),
        }
    }
}

/// hyper refuses a read buffer smaller than this.
pub const MIN_HEADER_BYTES: usize = 8192;

/// Connections over the cap being answered 503 at once; past this many, one is closed unanswered.
const MAX_REFUSALS: usize = 256;

/// How long a refused connection is kept so that its client reads the 503.
const REFUSAL_LINGER: Duration = Duration::from_secs(1);

/// What a connection over the cap is sent, whatever it asked.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\n\
content-type: text/plain; charset=utf-8\r\n\
content-length: 52\r\n\
retry-after: 5\r\n\
cache-control: no-store\r\n\
connection: close\r\n\
\r\n\
The site is busy. Please try again in a few seconds.";

/// Connections the kernel may hold complete but not yet accepted. std and mio listen with 128:
/// a burst of more new visitors than that, at a moment the accept loop is behind (a busy
/// machine), overflows the queue, and Linux then drops their handshakes and leaves them to
/// retry after 1 s, 3 s, 7 s... instead of their being served or told 503 at once. The kernel
/// caps this at `net.core.somaxconn` (4096 by default since Linux 5.4).
pub const LISTEN_BACKLOG: u32 = 4096;

/// A listening socket on `addr` with a queue of [`LISTEN_BACKLOG`] (and `SO_REUSEADDR`, as
/// `TcpListener::bind` sets it, so a restart can bind at once).
///
/// # Errors
/// Those of `socket(2)`, `bind(2)` and `listen(2)`: the address is in use, not ours, etc.
pub fn bind(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

/// File descriptors one connection may use: its socket, and a static file it is sending.
const FILES_PER_CONNECTION: usize = 2;
/// File descriptors kept for everything else: the listener, logs, a dataset reload, refusals.
const FILES_RESERVED: usize = 64 + MAX_REFUSALS;

/// Raises the soft limit on open files as far as `max_connections` needs and the hard limit
/// allows, and returns how many connections fit: fewer than asked when the limit is too low
/// (then `accept` would fail with "Too many open files" and new visitors would wait).
pub fn fit_to_file_limit(max_connections: usize) -> usize {
    let needed = max_connections
        .saturating_mul(FILES_PER_CONNECTION)
        .saturating_add(FILES_RESERVED);
    let limit = match rlimit::increase_nofile_limit(needed as u64) {
        Ok(limit) => usize::try_from(limit).unwrap_or(usize::MAX),
        Err(err) => {
            tracing::warn!("cannot read the open-file limit ({err}); keeping --max-connections");
            return max_connections;
        }
    };
    if limit >= needed {
        return max_connections;
    }
    let fit = (limit.saturating_sub(FILES_RESERVED) / FILES_PER_CONNECTION).max(1);
    tracing::warn!(
        "the open-file limit is {limit}: serving at most {fit} connections, not {max_connections} \
         (raise `ulimit -n` to {needed} for all of them)"
    );
    fit
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets requests in progress
/// finish for at most [`Limits::shutdown_timeout`] and closes what is left.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let mut builder = auto::Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        // The watchdog times heads; hyper's timer would also cut idle kept-alive connections.
        .header_read_timeout(None)
        .max_buf_size(limits.max_header_bytes.max(MIN_HEADER_BYTES));
    let builder = Arc::new(builder);
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let refusals = Arc::new(Semaphore::new(MAX_REFUSALS));
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut refused = 0_u64;
    let mut last_accept_warning: Option<Instant> = None;

    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(accepted) => accepted,
                    Err(err) => {
                        if !is_connection_error(&err) {
                            // Out of file descriptors or memory: wait a moment rather than spin;
                            // closing connections free them.
                            if last_accept_warning.is_none_or(|t| t.elapsed() > Duration::from_secs(10)) {
                                tracing::warn!("cannot accept connections: {err}");
                                last_accept_warning = Some(Instant::now());
                            }
                            tokio::time::sleep(Duration::from_millis(50)).await;
                        }
                        continue;
                    }
                };
                match slots.clone().try_acquire_owned() {
                    Ok(slot) => {
                        let connection = Connection {
                            router: router.clone(),
                            builder: builder.clone(),
                            limits,
                            peer,
                        };
                        connections.spawn(connection.run(stream, stopping.clone(), slot));
                    }
                    Err(_) => {
                        refused += 1;
                        if refused.is_power_of_two() {
                            tracing::warn!(
                                "{} connections open, the most allowed: refused {refused} so far with 503",
                                limits.max_connections
                            );
                        }
                        refuse(stream, &refusals);
                    }
                }
            }
        }
    }

    drop(listener);
    let open = limits.max_connections.max(1) - slots.available_permits();
    tracing::info!(
        "shutting down: {open} connections open, waiting at most {:?} for them",
        limits.shutdown_timeout
    );
    let _ = stop.send(true);
    let drained = tokio::time::timeout(limits.shutdown_timeout, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            "closing {} connections still open after {:?}",
            connections.len(),
            limits.shutdown_timeout
        );
        connections.shutdown().await;
    }
}

/// Errors of one connection that leave the listener fine.
fn is_connection_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// Answers a connection over the cap with 503 and closes it, without making the accept loop
/// wait: one non-blocking write (a new socket always has room for these few bytes), then a
/// short task reads what the client sent, so closing does not reset the connection before the
/// client has read the answer.
fn refuse(stream: TcpStream, refusals: &Arc<Semaphore>) {
    let _ = stream.try_write(BUSY);
    let Ok(permit) = refusals.clone().try_acquire_owned() else {
        // Too many at once: take what has already come, then close at once.
        let mut sink = [0_u8; 2048];
        while matches!(stream.try_read(&mut sink), Ok(n) if n > 0) {}
        return;
    };
    tokio::spawn(async move {
        let _permit = permit;
        let mut stream = stream;
        let _ = tokio::time::timeout(REFUSAL_LINGER, async {
            let _ = stream.shutdown().await;
            let mut sink = [0_u8; 2048];
            while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
        })
        .await;
    });
}

/// One accepted connection and what serving it needs.
struct Connection {
    router: Router,
    builder: Arc<auto::Builder<TokioExecutor>>,
    limits: Limits,
    peer: SocketAddr,
}

impl Connection {
    async fn run(
        self,
        stream: TcpStream,
        mut stopping: watch::Receiver<bool>,
        _slot: OwnedSemaphorePermit,
    ) {
        let activity = Arc::new(Activity::new(Instant::now()));
        let io = TokioIo::new(Watched {
            inner: stream,
            activity: activity.clone(),
        });
        let service = ConnectionService {
            router: self.router,
            peer: self.peer,
            activity: activity.clone(),
            body_timeout: self.limits.body_timeout,
        };
        let served = self.builder.serve_connection(io, service);
        tokio::pin!(served);
        let mut stop_asked = *stopping.borrow();
        if stop_asked {
            served.as_mut().graceful_shutdown();
        }
        loop {
            tokio::select! {
                result = served.as_mut() => {
                    if let Err(err) = result {
                        tracing::debug!("connection ended: {err}");
                    }
                    return;
                }
                // Dropping the connection closes the socket.
                () = activity.expired(&self.limits) => return,
                changed = stopping.changed(), if !stop_asked => {
                    stop_asked = true;
                    if changed.is_ok() {
                        // Finishes the request in progress, then closes; idle ones close now.
                        served.as_mut().graceful_shutdown();
                    }
                }
            }
        }
    }
}

/// What one connection is doing, for its watchdog: updated by its socket (bytes moving) and by
/// its requests (one begins, its response ends).
#[derive(Debug)]
struct Activity(Mutex<ActivityState>);

#[derive(Debug)]
struct ActivityState {
    /// The last time a byte moved either way.
    last_progress: Instant,
    /// Requests begun and not yet answered to the end.
    in_flight: usize,
    /// When the connection last became idle (no request in progress).
    idle_since: Instant,
    /// When the head now being received started: the connection's start, or the first byte
    /// after an idle spell. `None` while idle with nothing received.
    head_started: Option<Instant>,
}

impl Activity {
    fn new(now: Instant) -> Activity {
        Activity(Mutex::new(ActivityState {
            last_progress: now,
            in_flight: 0,
            idle_since: now,
            head_started: Some(now),
        }))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, ActivityState> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn read(&self, bytes: usize) {
        if bytes == 0 {
            return;
        }
        let now = Instant::now();
        let mut state = self.state();
        state.last_progress = now;
        if state.in_flight == 0 && state.head_started.is_none() {
            state.head_started = Some(now);
        }
    }

    fn wrote(&self, bytes: usize) {
        if bytes > 0 {
            self.state().last_progress = Instant::now();
        }
    }

    fn request_began(&self) {
        let mut state = self.state();
        state.in_flight += 1;
        state.head_started = None;
    }

    fn request_ended(&self) {
        let mut state = self.state();
        state.in_flight = state.in_flight.saturating_sub(1);
        if state.in_flight == 0 {
            state.idle_since = Instant::now();
        }
    }

    /// When the connection is to be closed if nothing changes before then.
    fn deadline(&self, limits: &Limits) -> Instant {
        let state = self.state();
        if state.in_flight > 0 {
            // A request in progress: its body has its own deadline; here, a response that
            // does not move (a client that stopped reading).
            return state.last_progress + limits.idle_timeout;
        }
        match state.head_started {
            Some(started) => started + limits.header_timeout,
            None => state.idle_since.max(state.last_progress) + limits.idle_timeout,
        }
    }

    /// Resolves once the connection has been quiet, or slow to send a head, for too long.
    async fn expired(&self, limits: &Limits) {
        loop {
            let deadline = self.deadline(limits);
            if deadline <= Instant::now() {
                return;
            }
            sleep_until(deadline).await;
        }
    }
}

/// The connection's socket, telling its [`Activity`] when bytes move.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            self.activity.read(buf.filled().len() - before);
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = polled {
            self.activity.wrote(n);
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if let Poll::Ready(Ok(n)) = polled {
            self.activity.wrote(n);
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Each request of one connection: checked, given the client's address and a body deadline,
/// then answered by the router.
#[derive(Clone)]
struct ConnectionService {
    router: Router,
    peer: SocketAddr,
    activity: Arc<Activity>,
    body_timeout: Duration,
}

impl hyper::service::Service<Request<Incoming>> for ConnectionService {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn call(&self, request: Request<Incoming>) -> Self::Future {
        let in_flight = InFlight::begin(self.activity.clone());
        // HTTP/1.1 requires exactly one Host header (RFC 9112, section 3.2).
        if request.version() == Version::HTTP_11
            && request.headers().get_all(header::HOST).iter().count() != 1
        {
            let response = plain(
                StatusCode::BAD_REQUEST,
                "The request has no valid Host header.",
            );
            return Box::pin(std::future::ready(Ok(in_flight.guard(response))));
        }
        let (mut parts, body) = request.into_parts();
        parts.extensions.insert(ConnectInfo(self.peer));
        // A request with no body (most: every GET) has nothing to time.
        let (body, timed_out) = if body.is_end_stream() {
            (Body::new(body), None)
        } else {
            let timed_out = Arc::new(AtomicBool::new(false));
            let body = Body::new(BodyWithDeadline {
                inner: body,
                deadline: Box::pin(tokio::time::sleep(self.body_timeout)),
                timed_out: timed_out.clone(),
            });
            (body, Some(timed_out))
        };
        let router = self.router.clone();
        Box::pin(async move {
            let response = match router.oneshot(Request::from_parts(parts, body)).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            let response = if timed_out.is_some_and(|t| t.load(Ordering::Relaxed)) {
                plain(
                    StatusCode::REQUEST_TIMEOUT,
                    "The request took too long to arrive. Please try again.",
                )
            } else {
                response
            };
            Ok(in_flight.guard(response))
        })
    }
}

/// A short plain-text answer from the serving layer itself; the connection closes after it.
fn plain(status: StatusCode, message: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(format!("{message}\n")));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CONNECTION, "close"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Marks a request in progress on its connection until its response has been sent to the end
/// (or dropped).
struct InFlight(Arc<Activity>);

impl InFlight {
    fn begin(activity: Arc<Activity>) -> InFlight {
        activity.request_began();
        InFlight(activity)
    }

    /// The response, holding this mark until its body is done.
    fn guard(self, response: Response<Body>) -> Response<Body> {
        response.map(|inner| {
            Body::new(Guarded {
                inner,
                _in_flight: self,
            })
        })
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.request_ended();
    }
}

/// A response body that keeps its request marked in progress.
struct Guarded {
    inner: Body,
    _in_flight: InFlight,
}

impl HttpBody for Guarded {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The request body is late: the time for it ran out.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimedOut;

/// A request body that fails once its time is up, and says so in `timed_out`.
struct BodyWithDeadline {
    inner: Incoming,
    deadline: Pin<Box<tokio::time::Sleep>>,
    timed_out: Arc<AtomicBool>,
}

impl HttpBody for BodyWithDeadline {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        // What has arrived is taken even at the deadline.
        if let Poll::Ready(frame) = Pin::new(&mut self.inner).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        if self.deadline.as_mut().poll(cx).is_ready() {
            self.timed_out.store(true, Ordering::Relaxed);
            return Poll::Ready(Some(Err(BodyTimedOut.into())));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
