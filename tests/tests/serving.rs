#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The socket side on a real loopback socket with short limits: what a slow or hostile client
//! gets. (`scripts/abuse` runs the same scenarios, and more, against the release binary.)

use std::time::{Duration, Instant};

use linkages_server::{
    app,
    serve::{bind, serve, Limits},
};
use linkages_tests::test_state;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    sync::oneshot,
};

const SHORT: Limits = Limits {
    header_timeout: Duration::from_millis(400),
    idle_timeout: Duration::from_millis(600),
    body_timeout: Duration::from_millis(400),
    max_header_bytes: 16 * 1024,
    max_connections: 8,
    shutdown_timeout: Duration::from_millis(500),
};

struct Server {
    addr: std::net::SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    done: tokio::task::JoinHandle<()>,
}

async fn start(limits: Limits) -> Server {
    let listener = bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let done = tokio::spawn(serve(listener, app(test_state()), limits, async {
        let _ = stopped.await;
    }));
    Server {
        addr,
        stop: Some(stop),
        done,
    }
}

/// Sends `request` and reads until the server closes the connection (or `wait` passes).
async fn exchange(server: &Server, request: &[u8], wait: Duration) -> (String, Duration) {
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let started = Instant::now();
    stream.write_all(request).await.unwrap();
    let answer = read_to_close(&mut stream, wait).await;
    (answer, started.elapsed())
}

async fn read_to_close(stream: &mut TcpStream, wait: Duration) -> String {
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(wait, async {
        let mut buf = [0_u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    String::from_utf8_lossy(&answer).into_owned()
}

fn status(answer: &str) -> &str {
    answer.get(9..12).unwrap_or("")
}

#[tokio::test]
async fn http_1_1_needs_a_host_and_1_0_does_not() {
    let server = start(SHORT).await;
    let wait = Duration::from_secs(2);
    let (ok, _) = exchange(
        &server,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        wait,
    )
    .await;
    assert_eq!(status(&ok), "200", "{ok}");
    let (no_host, _) = exchange(
        &server,
        b"GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n",
        wait,
    )
    .await;
    assert_eq!(status(&no_host), "400", "{no_host}");
    let (two_hosts, _) = exchange(
        &server,
        b"GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n",
        wait,
    )
    .await;
    assert_eq!(status(&two_hosts), "400", "{two_hosts}");
    let (old, _) = exchange(&server, b"GET /healthz HTTP/1.0\r\n\r\n", wait).await;
    assert_eq!(status(&old), "200", "{old}");
}

#[tokio::test]
async fn a_head_over_the_limit_gets_431() {
    let server = start(SHORT).await;
    let request = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(20 * 1024)
    );
    let (answer, _) = exchange(&server, request.as_bytes(), Duration::from_secs(2)).await;
    assert_eq!(status(&answer), "431", "{answer}");
    // Just under the limit is served.
    let request = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: {}\r\n\r\n",
        "a".repeat(12 * 1024)
    );
    let (answer, _) = exchange(&server, request.as_bytes(), Duration::from_secs(2)).await;
    assert_eq!(status(&answer), "200", "{answer}");
}

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed_in_time() {
    let server = start(SHORT).await;
    let wait = Duration::from_secs(3);
    // Nothing at all, and half a request line: closed after the header timeout.
    for request in [&b""[..], b"GET /en/fi"] {
        let (answer, took) = exchange(&server, request, wait).await;
        assert!(answer.is_empty(), "{answer}");
        assert!(
            took >= Duration::from_millis(350) && took < Duration::from_millis(1500),
            "{took:?}"
        );
    }
    // A header line now and then never finishes the head in time.
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let started = Instant::now();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut closed = false;
    for i in 0..20 {
        tokio::time::sleep(Duration::from_millis(150)).await;
        if stream
            .write_all(format!("X-{i}: y\r\n").as_bytes())
            .await
            .is_err()
        {
            closed = true;
            break;
        }
        let mut probe = [0_u8; 1];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await
        {
            closed = true;
            break;
        }
    }
    assert!(closed, "a slow head was still open after 3 s");
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );

    // Kept alive after an answer, then idle: closed after the idle timeout.
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0_u8; 1024];
    let n = stream.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let idle = Instant::now();
    let rest = read_to_close(&mut stream, wait).await;
    assert!(rest.is_empty(), "{rest}");
    let took = idle.elapsed();
    assert!(
        took >= Duration::from_millis(550) && took < Duration::from_millis(1500),
        "{took:?}"
    );
}

#[tokio::test]
async fn a_slow_body_gets_408() {
    let server = start(SHORT).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(
            b"POST /api/v1/screening HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        )
        .await
        .unwrap();
    let started = Instant::now();
    let answer = read_to_close(&mut stream, Duration::from_secs(3)).await;
    assert_eq!(status(&answer), "408", "{answer}");
    assert!(
        started.elapsed() < Duration::from_millis(1200),
        "{:?}",
        started.elapsed()
    );
    // A body that arrives in time is answered as before.
    let body = r#"{"answers": {"dcfs_case": "yes"}}"#;
    let request = format!(
        "POST /api/v1/screening HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let (answer, _) = exchange(&server, request.as_bytes(), Duration::from_secs(2)).await;
    assert_eq!(status(&answer), "200", "{answer}");
}

#[tokio::test]
async fn connections_over_the_cap_get_503_at_once_and_the_rest_are_served() {
    let limits = Limits {
        // The held connections must outlive the test's steps.
        header_timeout: Duration::from_secs(10),
        ..SHORT
    };
    let server = start(limits).await;
    let mut held = Vec::new();
    for _ in 0..limits.max_connections {
        held.push(TcpStream::connect(server.addr).await.unwrap());
    }
    // Let the server take them all.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (answer, took) = exchange(
        &server,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        Duration::from_secs(2),
    )
    .await;
    assert_eq!(status(&answer), "503", "{answer}");
    assert!(answer.contains("retry-after: 5"), "{answer}");
    assert!(took < Duration::from_millis(300), "{took:?}");
    drop(held);
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (answer, _) = exchange(
        &server,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(2),
    )
    .await;
    assert_eq!(status(&answer), "200", "{answer}");
}

/// A burst of new visitors larger than the default listen queue (128), arriving while the
/// server takes none: each one's handshake still completes at once, so none waits for the
/// kernel to retry it (1 s, then 3 s, 7 s...) once the server catches up.
#[tokio::test]
async fn a_burst_of_new_connections_is_queued_not_dropped() {
    let listener = bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut queued = Vec::new();
    for n in 0..600 {
        match tokio::time::timeout(Duration::from_millis(500), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => queued.push(stream),
            other => panic!("connection {n} waited or failed: {other:?}"),
        }
    }
    drop(listener);
}

#[tokio::test]
async fn shutdown_waits_for_stuck_clients_no_longer_than_its_deadline() {
    let limits = Limits {
        // Long enough that only the shutdown deadline can end the stuck requests.
        header_timeout: Duration::from_secs(30),
        body_timeout: Duration::from_secs(30),
        idle_timeout: Duration::from_secs(30),
        ..SHORT
    };
    let mut server = start(limits).await;
    // A request whose body never comes, and a head never finished.
    let mut stuck_body = TcpStream::connect(server.addr).await.unwrap();
    stuck_body
        .write_all(b"POST /en/screening HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\na")
        .await
        .unwrap();
    let mut stuck_head = TcpStream::connect(server.addr).await.unwrap();
    stuck_head
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;

    let started = Instant::now();
    server.stop.take().unwrap().send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(5), &mut server.done)
        .await
        .expect("the server stopped")
        .unwrap();
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(450) && took < Duration::from_millis(1500),
        "{took:?}"
    );
    // Both were closed, and nothing listens any more.
    assert!(read_to_close(&mut stuck_head, Duration::from_secs(1))
        .await
        .is_empty());
    let _ = read_to_close(&mut stuck_body, Duration::from_secs(1)).await;
    assert!(TcpStream::connect(server.addr).await.is_err());
}
