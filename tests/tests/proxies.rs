#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The rate limits behind reverse proxies (`--trusted-proxies`): the client is the rightmost
//! hop of the forwarding header that is not a trusted proxy, read only when the connection
//! comes from one; a spoofed or unreadable header never gives a client a bucket of its own.

use std::net::{IpAddr, SocketAddr};

use axum::{body::Body, extract::ConnectInfo, http::Request, Router};
use http::HeaderMap;
use linkages_server::proxies::{ForwardedHeader, TrustedProxies};
use linkages_tests::{send_to, test_state};
use proptest::prelude::*;

const API: &str = "/api/v1/nearest?zip=90020";

/// The site with one API request a minute per client, behind `proxies`.
fn limited_app(proxies: &str, header: ForwardedHeader) -> Router {
    linkages_server::app(
        test_state()
            .with_api_rate_limit(1, 1)
            .with_trusted_proxies(proxies.parse().unwrap(), header),
    )
}

/// The status of `GET API` from the connection `peer` with `headers`.
async fn status_from(app: &Router, peer: &str, headers: &[(&str, &str)]) -> u16 {
    let peer: SocketAddr = peer.parse().unwrap();
    let mut request = Request::get(API).extension(ConnectInfo(peer));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send_to(app.clone(), request.body(Body::empty()).unwrap())
        .await
        .status
        .as_u16()
}

#[tokio::test]
async fn a_spoofed_header_from_an_untrusted_peer_does_not_change_its_bucket() {
    let app = limited_app("10.0.0.0/8", ForwardedHeader::XForwardedFor);
    let peer = "198.51.100.7:5000";
    assert_eq!(
        status_from(&app, peer, &[("x-forwarded-for", "192.0.2.1")]).await,
        200
    );
    for spoof in [
        ("x-forwarded-for", "192.0.2.2"),
        ("x-forwarded-for", "10.0.0.1"),
        ("forwarded", "for=192.0.2.3"),
        ("x-real-ip", "192.0.2.4"),
    ] {
        assert_eq!(status_from(&app, peer, &[spoof]).await, 429, "{spoof:?}");
    }
    // Without --trusted-proxies no peer is a proxy.
    let app = limited_app("", ForwardedHeader::XForwardedFor);
    assert_eq!(
        status_from(&app, "10.0.0.1:1", &[("x-forwarded-for", "192.0.2.1")]).await,
        200
    );
    assert_eq!(
        status_from(&app, "10.0.0.1:2", &[("x-forwarded-for", "192.0.2.2")]).await,
        429
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_bucket() {
    let app = limited_app("127.0.0.1/32", ForwardedHeader::XForwardedFor);
    let proxy = "127.0.0.1:40000";
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "192.0.2.1")]).await,
        200
    );
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "192.0.2.1")]).await,
        429
    );
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "192.0.2.2")]).await,
        200
    );
    // What the client wrote itself, left of what the proxy appended, changes nothing.
    assert_eq!(
        status_from(
            &app,
            proxy,
            &[("x-forwarded-for", "203.0.113.9, 192.0.2.1")]
        )
        .await,
        429
    );
    // The proxy's own requests (its health checks) have no header: they count as the proxy.
    assert_eq!(status_from(&app, proxy, &[]).await, 200);
    assert_eq!(status_from(&app, proxy, &[]).await, 429);
}

#[tokio::test]
async fn a_chain_of_trusted_hops_is_walked_from_the_right() {
    let app = limited_app(
        "10.0.0.0/8, 2001:db8:ffff::/48",
        ForwardedHeader::XForwardedFor,
    );
    // CDN edge 10.1.1.1, then load balancer 10.2.2.2, then the peer 10.3.3.3.
    let chain = "203.0.113.5, 192.0.2.1, 10.1.1.1, 10.2.2.2";
    assert_eq!(
        status_from(&app, "10.3.3.3:1", &[("x-forwarded-for", chain)]).await,
        200
    );
    // Two header lines are one list; ports as some proxies write them; an IPv6 hop.
    let same_client: &[(&str, &str)] = &[
        ("x-forwarded-for", "192.0.2.1:61000"),
        ("x-forwarded-for", "[2001:db8:ffff::1]:443, 10.2.2.2"),
    ];
    assert_eq!(
        status_from(&app, "[::ffff:10.3.3.3]:1", same_client).await,
        429
    );
    // Every hop trusted: the leftmost is the client.
    assert_eq!(
        status_from(
            &app,
            "10.3.3.3:1",
            &[("x-forwarded-for", "10.9.9.9, 10.1.1.1")]
        )
        .await,
        200
    );
    assert_eq!(
        status_from(&app, "10.3.3.3:2", &[("x-forwarded-for", "10.9.9.9")]).await,
        429
    );
}

#[tokio::test]
async fn rfc_7239_forwarded_with_ipv6_ports_and_quoted_strings() {
    let app = limited_app("::1, 127.0.0.0/8", ForwardedHeader::Forwarded);
    let proxy = "[::1]:40000";
    let first = r#"for="[2001:db8::1]:4711";proto=https;by="[::1]""#;
    assert_eq!(status_from(&app, proxy, &[("forwarded", first)]).await, 200);
    // The same /64, through a second trusted hop, with upper-case parameter names.
    let again = r#"For="[2001:db8::2]", for=127.0.0.1"#;
    assert_eq!(status_from(&app, proxy, &[("forwarded", again)]).await, 429);
    // Another network is another client; X-Forwarded-For is not read in this mode.
    let other = &[
        ("forwarded", "for=192.0.2.60"),
        ("x-forwarded-for", "2001:db8::1"),
    ];
    assert_eq!(status_from(&app, proxy, other).await, 200);
    // ...and Forwarded is not read in the X-Forwarded-For mode (HAProxy passes it through).
    let app = limited_app("::1", ForwardedHeader::XForwardedFor);
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "192.0.2.1")]).await,
        200
    );
    let spoof = &[
        ("x-forwarded-for", "192.0.2.1"),
        ("forwarded", "for=192.0.2.77"),
    ];
    assert_eq!(status_from(&app, proxy, spoof).await, 429);
}

#[tokio::test]
async fn unreadable_hops_count_as_the_proxy_that_passed_them_on() {
    let app = limited_app("10.0.0.0/8", ForwardedHeader::Forwarded);
    let proxy = "10.0.0.1:1";
    assert_eq!(
        status_from(&app, proxy, &[("forwarded", "for=_hidden")]).await,
        200
    );
    // Obfuscated, unknown, garbage, no for=: each one the same bucket, the proxy's.
    for unreadable in [
        "for=_other",
        "for=unknown",
        "for=\"_x:_y\"",
        "proto=https",
        "for=\"[2001:db8::1\"",
        "for=192.0.2.1;for=192.0.2.2",
        "garbage",
        "for=\"192.0.2.1",
    ] {
        assert_eq!(
            status_from(&app, proxy, &[("forwarded", unreadable)]).await,
            429,
            "{unreadable}"
        );
    }
    // An unreadable hop left of a readable untrusted one is never reached.
    let app = limited_app("10.0.0.0/8", ForwardedHeader::XForwardedFor);
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "garbage, 192.0.2.1")]).await,
        200
    );
    // Behind a second trusted hop, garbage counts as that hop.
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "garbage, 10.5.5.5")]).await,
        200
    );
    assert_eq!(
        status_from(&app, proxy, &[("x-forwarded-for", "other, 10.5.5.5")]).await,
        429
    );
}

fn ip(text: &str) -> IpAddr {
    text.parse().unwrap()
}

fn headers(name: &'static str, value: &str) -> Option<HeaderMap> {
    let value = http::HeaderValue::from_str(value).ok()?;
    let mut map = HeaderMap::new();
    map.insert(name, value);
    Some(map)
}

fn any_ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(IpAddr::from),
        any::<[u16; 8]>().prop_map(IpAddr::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// From an untrusted peer, whatever the headers say, the client is the peer.
    #[test]
    fn an_untrusted_peer_is_always_its_own_client(
        value in "[ -~]{0,80}",
        octets in any::<[u8; 4]>(),
    ) {
        let proxies: TrustedProxies = "10.0.0.0/8".parse().unwrap();
        let peer = IpAddr::from(octets);
        prop_assume!(!proxies.contains(peer));
        for (name, source) in [
            ("x-forwarded-for", ForwardedHeader::XForwardedFor),
            ("forwarded", ForwardedHeader::Forwarded),
        ] {
            if let Some(map) = headers(name, &value) {
                prop_assert_eq!(proxies.client(peer, &map, source), peer);
            }
        }
    }

    /// Behind a trusted proxy that appends the client's address to the client's own line, what
    /// the client wrote to its left never matters (X-Forwarded-For), or at worst makes it count
    /// as the proxy (Forwarded with a quote left open): never as anyone else.
    #[test]
    fn a_client_behind_a_proxy_cannot_pick_another_address(
        spoof in "[ -~]{0,80}",
        real in any_ip(),
    ) {
        let proxies: TrustedProxies = "127.0.0.1, ::1".parse().unwrap();
        prop_assume!(!proxies.contains(real));
        let peer = ip("127.0.0.1");
        let real_text = match real {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]:4711"),
        };
        let real = match real {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(real, IpAddr::V4),
            v4 => v4,
        };
        if let Some(map) = headers("x-forwarded-for", &format!("{spoof}, {real_text}")) {
            prop_assert_eq!(proxies.client(peer, &map, ForwardedHeader::XForwardedFor), real);
        }
        if let Some(map) = headers("forwarded", &format!("{spoof}, for=\"{real_text}\"")) {
            let client = proxies.client(peer, &map, ForwardedHeader::Forwarded);
            prop_assert!(client == real || client == peer, "{client}");
        }
    }

    /// Any bytes from a trusted proxy are read without a panic, and text that holds no
    /// address (no digit, no colon) counts as the proxy.
    #[test]
    fn any_bytes_from_a_proxy_are_read_safely(value in proptest::collection::vec(any::<u8>(), 0..120)) {
        let proxies: TrustedProxies = "127.0.0.1".parse().unwrap();
        let peer = ip("127.0.0.1");
        let Ok(value) = http::HeaderValue::from_bytes(&value) else { return Ok(()) };
        let holds_no_address = !value.as_bytes().iter().any(|b| b.is_ascii_digit() || *b == b':');
        for (name, source) in [
            ("x-forwarded-for", ForwardedHeader::XForwardedFor),
            ("forwarded", ForwardedHeader::Forwarded),
        ] {
            let mut map = HeaderMap::new();
            map.insert(name, value.clone());
            let client = proxies.client(peer, &map, source);
            if holds_no_address {
                prop_assert_eq!(client, peer);
            }
        }
    }
}
