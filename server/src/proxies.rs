//! The client's address behind reverse proxies, for the rate limits only.
//!
//! Without `--trusted-proxies` the client is the connection's peer. With it, a request whose
//! peer is in one of those networks has its client read from the one forwarding header the
//! proxies write (`X-Forwarded-For` by default, or RFC 7239 `Forwarded`), walking the hops from
//! the right and taking the first address that is not a trusted proxy: every hop to the right
//! of it was appended by a proxy we trust, everything to its left was written by the client and
//! proves nothing.
//!
//! The other header is never read: a proxy that writes one passes the other through as the
//! client sent it, so reading both would let a client name its own address.
//!
//! A hop that cannot be read (an RFC 7239 `unknown` or obfuscated node, an element without
//! `for=`, text that is not an address) ends the walk: the request counts as from the last
//! address that could be read, the trusted proxy that passed the hop on. Whatever a client
//! writes, it can never pick a bucket of its own; at worst it shares its proxy's.
//!
//! The address found ([`ClientResolver::client_of`]) is only counted, never kept or logged.

use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    str::FromStr,
};

use axum::{
    extract::{ConnectInfo, Request},
    http::{header, HeaderMap},
};
use ipnet::IpNet;

/// The networks of the reverse proxies in front of the server, from `--trusted-proxies`:
/// CIDR blocks (`10.0.0.0/8`, `2001:db8::/32`) or single addresses, separated by commas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// No proxy is trusted: the client is always the connection's peer.
    pub fn none() -> TrustedProxies {
        TrustedProxies(Vec::new())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `ip` is one of the proxies (an IPv4 peer of a dual-stack socket, `::ffff:a.b.c.d`,
    /// is matched as `a.b.c.d`).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = unmapped(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client of a request that came from `peer` with `headers`: `peer` itself unless it
    /// is a trusted proxy; then the rightmost untrusted hop of `source`'s header (see the
    /// module's documentation for hops that cannot be read).
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap, source: ForwardedHeader) -> IpAddr {
        let peer = unmapped(peer);
        if !self.contains(peer) {
            return peer;
        }
        // Several header lines are one list, in order (RFC 9110, section 5.3).
        let values = headers.get_all(source.name());
        let mut hops: Vec<Option<IpAddr>> = Vec::new();
        for value in values {
            let Ok(text) = value.to_str() else {
                // Not ASCII: nothing in it can be read, and nothing to its left either.
                hops.push(None);
                continue;
            };
            match source {
                ForwardedHeader::XForwardedFor => {
                    hops.extend(text.split(',').map(|hop| node_address(hop.trim())));
                }
                ForwardedHeader::Forwarded => hops.extend(forwarded_for(text)),
            }
        }
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            match hop {
                Some(ip) if self.contains(ip) => client = ip,
                Some(ip) => return ip,
                None => return client,
            }
        }
        client
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// `10.0.0.0/8, 192.0.2.7, 2001:db8::/32`: an empty text trusts no proxy. A network with
    /// host bits set (`10.0.0.1/8`) is refused rather than guessed at.
    fn from_str(text: &str) -> Result<TrustedProxies, String> {
        let mut networks = Vec::new();
        for item in text
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
        {
            let net = match item.parse::<IpNet>() {
                Ok(net) => net,
                Err(_) => match item.parse::<IpAddr>() {
                    Ok(ip) => IpNet::from(ip),
                    Err(_) => {
                        return Err(format!(
                            "`{item}` is not an address or a network \
                             (give CIDR blocks such as 10.0.0.0/8 or 2001:db8::/32, separated by commas)"
                        ))
                    }
                },
            };
            if net.trunc() != net {
                return Err(format!(
                    "`{item}` has bits set past its prefix length: did you mean {}?",
                    net.trunc()
                ));
            }
            // A mapped network (`::ffff:10.0.0.0/104`) is matched as the IPv4 one it names.
            let net = match net {
                IpNet::V6(v6) if v6.prefix_len() >= 96 => match v6.addr().to_ipv4_mapped() {
                    Some(v4) => {
                        ipnet::Ipv4Net::new(v4, v6.prefix_len() - 96).map_or(net, IpNet::V4)
                    }
                    None => net,
                },
                _ => net,
            };
            networks.push(net);
        }
        Ok(TrustedProxies(networks))
    }
}

/// Which header the trusted proxies write the client's address in. Only that one is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (HAProxy's `option forwardfor`, nginx's
    /// `$proxy_add_x_forwarded_for`, most load balancers and CDNs).
    #[default]
    #[value(name = "x-forwarded-for")]
    XForwardedFor,
    /// `Forwarded: for=client, for=proxy1` (RFC 7239).
    #[value(name = "forwarded")]
    Forwarded,
}

impl ForwardedHeader {
    fn name(self) -> header::HeaderName {
        match self {
            ForwardedHeader::XForwardedFor => header::HeaderName::from_static("x-forwarded-for"),
            ForwardedHeader::Forwarded => header::FORWARDED,
        }
    }
}

/// How the server finds a request's client: which proxies it trusts and which header they
/// write. Read by the rate limits ([`crate::limits::RateLimits`]).
#[derive(Clone, Debug, Default)]
pub struct ClientResolver {
    pub proxies: TrustedProxies,
    pub header: ForwardedHeader,
}

impl ClientResolver {
    /// The client `request` is counted as: the connection's peer ([`ConnectInfo`]) or, when
    /// that is a trusted proxy, the hop its forwarding header names ([`TrustedProxies::client`]).
    /// A request without a peer (a test calling the router) is the unspecified address.
    pub fn client_of(&self, request: &Request) -> IpAddr {
        match request.extensions().get::<ConnectInfo<SocketAddr>>() {
            Some(ConnectInfo(peer)) => {
                self.proxies
                    .client(peer.ip(), request.headers(), self.header)
            }
            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        }
    }
}

/// `::ffff:a.b.c.d` as `a.b.c.d`; any other address as it is.
fn unmapped(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// The `for=` node of each element of one `Forwarded` field value (RFC 7239, section 4):
/// `None` for an element without exactly one `for`, or whose node is not an address. A value
/// with a quoted-string left open is one unreadable element: where its quotes end is not
/// known, so neither is where the last element begins (a proxy that appends its element to
/// the client's line could otherwise have it swallowed).
fn forwarded_for(value: &str) -> Vec<Option<IpAddr>> {
    let Some(elements) = split_outside_quotes(value, ',') else {
        return vec![None];
    };
    elements
        .into_iter()
        .map(|element| {
            let mut found = None;
            let mut count = 0;
            for pair in split_outside_quotes(element, ';')? {
                let Some((name, value)) = pair.split_once('=') else {
                    if pair.trim().is_empty() {
                        continue;
                    }
                    return None;
                };
                if name.trim().eq_ignore_ascii_case("for") {
                    count += 1;
                    found = unquote(value.trim()).and_then(|node| node_address(&node));
                }
            }
            if count == 1 {
                found
            } else {
                None
            }
        })
        .collect()
}

/// Splits at `separator`s that are not inside a quoted-string (RFC 9110, section 5.6.4);
/// `None` when a quoted-string is left open.
fn split_outside_quotes(text: &str, separator: char) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            parts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    (!quoted).then_some(parts)
}

/// A token as it is, or a quoted-string without its quotes and escapes; `None` for a quote
/// left open.
fn unquote(value: &str) -> Option<String> {
    let Some(inner) = value.strip_prefix('"') else {
        return (!value.contains('"')).then(|| value.to_string());
    };
    let inner = inner.strip_suffix('"')?;
    let mut text = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => text.push(chars.next()?),
            '"' => return None,
            c => text.push(c),
        }
    }
    Some(text)
}

/// The address of one node (RFC 7239, section 6): `192.0.2.43`, `192.0.2.43:47011`,
/// `[2001:db8::1]`, `[2001:db8::1]:4711`; a bare IPv6 address is read too, as X-Forwarded-For
/// writes it. `unknown` and obfuscated identifiers (`_hidden`) are no address.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Some(rest) = node.strip_prefix('[') {
        let (ip, after) = rest.split_once(']')?;
        let ip: Ipv6Addr = ip.parse().ok()?;
        return (after.is_empty() || after.strip_prefix(':').is_some_and(is_port))
            .then_some(unmapped(IpAddr::V6(ip)));
    }
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(unmapped(ip));
    }
    let (ip, port) = node.split_once(':')?;
    let ip: std::net::Ipv4Addr = ip.parse().ok()?;
    is_port(port).then_some(IpAddr::V4(ip))
}

/// A node-port: 1 to 5 digits, or an obfuscated port `_` followed by letters, digits, `.`,
/// `_` or `-` (RFC 7239, section 6).
fn is_port(port: &str) -> bool {
    let digits = !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    let obfuscated = port.len() > 1
        && port.starts_with('_')
        && port[1..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    digits || obfuscated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED))
    }

    #[test]
    fn nodes_of_rfc_7239_section_6() {
        assert_eq!(node_address("192.0.2.43"), Some(ip("192.0.2.43")));
        assert_eq!(node_address("192.0.2.43:47011"), Some(ip("192.0.2.43")));
        assert_eq!(node_address("192.0.2.43:_port-1"), Some(ip("192.0.2.43")));
        assert_eq!(
            node_address("[2001:db8:cafe::17]"),
            Some(ip("2001:db8:cafe::17"))
        );
        assert_eq!(
            node_address("[2001:db8:cafe::17]:4711"),
            Some(ip("2001:db8:cafe::17"))
        );
        assert_eq!(node_address("2001:db8::1"), Some(ip("2001:db8::1")));
        assert_eq!(node_address("::ffff:192.0.2.1"), Some(ip("192.0.2.1")));
        for bad in [
            "unknown",
            "_hidden",
            "_SEVKISEK",
            "",
            "[2001:db8::1",
            "[2001:db8::1]x",
            "[192.0.2.1]",
            "192.0.2.1:",
            "192.0.2.1:123456",
            "192.0.2.1:_",
            "192.0.2.256",
            "fe80::1%eth0",
            "example.com",
        ] {
            assert_eq!(node_address(bad), None, "{bad}");
        }
    }

    #[test]
    fn forwarded_elements_and_quoted_strings() {
        assert_eq!(
            forwarded_for(r#"for="_gazonk""#),
            vec![None],
            "an obfuscated identifier is no address"
        );
        assert_eq!(
            forwarded_for(r#"For="[2001:db8:cafe::17]:4711""#),
            vec![Some(ip("2001:db8:cafe::17"))]
        );
        assert_eq!(
            forwarded_for("for=192.0.2.60;proto=http;by=203.0.113.43"),
            vec![Some(ip("192.0.2.60"))]
        );
        assert_eq!(
            forwarded_for("for=192.0.2.43, for=198.51.100.17"),
            vec![Some(ip("192.0.2.43")), Some(ip("198.51.100.17"))]
        );
        // A comma or a semicolon inside quotes does not split.
        assert_eq!(
            forwarded_for(r#"by="a,b;c";for=192.0.2.1, for=192.0.2.2"#),
            vec![Some(ip("192.0.2.1")), Some(ip("192.0.2.2"))]
        );
        assert_eq!(forwarded_for("proto=https"), vec![None], "no for=");
        assert_eq!(
            forwarded_for("for=192.0.2.1;for=192.0.2.2"),
            vec![None],
            "two for= in one element"
        );
        assert_eq!(forwarded_for(r#"for="192.0.2.1"#), vec![None], "open quote");
        // A quote the client left open would swallow a proxy's element appended to its line.
        assert_eq!(
            forwarded_for(r#"for=198.51.100.9;x=", for="[2001:db8::1]:4711""#),
            vec![None]
        );
        assert_eq!(forwarded_for("garbage"), vec![None]);
    }

    #[test]
    fn proxies_parse_with_errors_that_name_the_value() {
        let proxies: TrustedProxies = "10.0.0.0/8, 192.0.2.7,2001:db8::/32"
            .parse()
            .unwrap_or_default();
        assert!(proxies.contains(ip("10.1.2.3")));
        assert!(proxies.contains(ip("192.0.2.7")));
        assert!(!proxies.contains(ip("192.0.2.8")));
        assert!(proxies.contains(ip("2001:db8:ffff::1")));
        assert!(proxies.contains(ip("::ffff:10.0.0.1")), "a mapped peer");
        assert_eq!("".parse::<TrustedProxies>(), Ok(TrustedProxies::none()));
        let mapped: TrustedProxies = "::ffff:10.0.0.0/104".parse().unwrap_or_default();
        assert!(mapped.contains(ip("10.9.9.9")));
        for (bad, named) in [
            ("10.0.0/8", "`10.0.0/8`"),
            ("10.0.0.0/33", "`10.0.0.0/33`"),
            ("10.0.0.0/8,proxy.local", "`proxy.local`"),
            ("10.0.0.1/8", "did you mean 10.0.0.0/8"),
        ] {
            let err = bad.parse::<TrustedProxies>().err().unwrap_or_default();
            assert!(err.contains(named), "{bad}: {err}");
        }
    }
}
