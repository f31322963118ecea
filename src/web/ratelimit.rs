//! Per-client limits on public submissions, kept in memory (governor) and
//! keyed by a keyed hash of the client address, so no address is kept even
//! there. Each instance limits on its own: behind several instances the
//! limit is per instance, which degrades gracefully.

use std::net::IpAddr;
use std::num::NonZeroU32;

use actix_web::HttpRequest;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::ProxyHeader;
use crate::domain::ip_range::{any_contains, IpRange};

pub struct Limiter(DefaultKeyedRateLimiter<String>);

impl Limiter {
    /// `None` when `per_minute` is 0 (limits off).
    pub fn per_minute(per_minute: u32) -> Option<Limiter> {
        NonZeroU32::new(per_minute).map(|n| Limiter(RateLimiter::keyed(Quota::per_minute(n))))
    }

    /// Counts one request for `key`; false when over the limit.
    pub fn allow(&self, key: String) -> bool {
        let ok = self.0.check_key(&key).is_ok();
        if self.0.len() > 100_000 {
            self.0.retain_recent();
        }
        ok
    }
}

/// The client's address: the peer, or when the peer is a trusted proxy,
/// the rightmost hop of the proxies' header that is not a trusted proxy
/// itself. A hop that does not read as an address (after ports and
/// brackets are stripped) is the client's own doing: the peer stands for
/// it then, so nobody picks their own key.
pub fn client_ip(req: &HttpRequest, trusted: &[IpRange], header: ProxyHeader) -> Option<IpAddr> {
    let peer = req.peer_addr().map(|a| a.ip())?;
    if !any_contains(trusted, peer) {
        return Some(peer);
    }
    // Read lossily: a byte the client put in its own part of the line
    // must not make the part the proxy appended unreadable.
    let values: Vec<String> = req
        .headers()
        .get_all(match header {
            ProxyHeader::XForwardedFor => "x-forwarded-for",
            ProxyHeader::Forwarded => "forwarded",
        })
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect();
    let elements = values.iter().flat_map(|v| v.split(','));
    let hops: Vec<&str> = match header {
        ProxyHeader::XForwardedFor => elements.collect(),
        ProxyHeader::Forwarded => elements
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.split_once('='))
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
                    .map_or("", |(_, v)| v)
            })
            .collect(),
    };
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(ip) if any_contains(trusted, ip) => continue,
            Some(ip) => return Some(ip),
            None => return Some(peer),
        }
    }
    Some(peer)
}

/// The key every per-client limit counts this request under: the
/// client's address as the settings say to read it, IPv6 by its /64
/// (empty when there is no peer address).
pub fn client_key(req: &HttpRequest, settings: &crate::config::Settings) -> String {
    client_ip(req, &settings.trusted_proxies, settings.proxy_header)
        .map(limit_key)
        .unwrap_or_default()
}

/// One hop: `203.0.113.9`, `203.0.113.9:4711`, `2001:db8::1`,
/// `[2001:db8::1]:4711`, or any of these in quotes.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim().trim_matches('"');
    if let Ok(ip) = hop.parse() {
        return Some(ip);
    }
    if let Some(rest) = hop.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, port) = hop.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// The key limits count a client under: its address, or for IPv6 its /64
/// (one subscriber's network: the rest of the bits are theirs to vary).
pub fn limit_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    const XFF: ProxyHeader = ProxyHeader::XForwardedFor;

    fn behind_proxy(header: &str, value: &str) -> HttpRequest {
        TestRequest::default()
            .peer_addr("10.0.0.1:5000".parse().unwrap())
            .insert_header((header, value))
            .to_http_request()
    }

    #[test]
    fn ports_and_brackets_are_stripped_and_junk_means_the_peer() {
        let trusted: Vec<IpRange> = vec!["10.0.0.0/8".parse().unwrap()];
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        let xff = |v: &str| client_ip(&behind_proxy("x-forwarded-for", v), &trusted, XFF);
        assert_eq!(xff("6.6.6.6, 203.0.113.9:4711"), ip("203.0.113.9"));
        assert_eq!(xff("6.6.6.6, [2001:db8::7]:4711"), ip("2001:db8::7"));
        assert_eq!(xff("2001:db8::7"), ip("2001:db8::7"));
        // Whatever the client wrote on the left is never read past a hop
        // that does not parse: the proxy stands for it.
        assert_eq!(xff("6.6.6.6, garbage"), ip("10.0.0.1"));
        assert_eq!(xff("6.6.6.6, 203.0.113.9:port"), ip("10.0.0.1"));
        assert_eq!(xff("6.6.6.6, 10.2.3.4, unknown"), ip("10.0.0.1"));
        // A byte that is not text in the client's part leaves the proxy's
        // part readable.
        let req = TestRequest::default()
            .peer_addr("10.0.0.1:5000".parse().unwrap())
            .insert_header((
                "x-forwarded-for",
                actix_web::http::header::HeaderValue::from_bytes(b"6.6.6.\xff, 203.0.113.9")
                    .unwrap(),
            ))
            .to_http_request();
        assert_eq!(client_ip(&req, &trusted, XFF), ip("203.0.113.9"));
        let fwd = |v: &str| {
            client_ip(
                &behind_proxy("forwarded", v),
                &trusted,
                ProxyHeader::Forwarded,
            )
        };
        assert_eq!(
            fwd("for=6.6.6.6, for=\"[2001:db8::9]:4711\";proto=https"),
            ip("2001:db8::9")
        );
        assert_eq!(
            fwd("for=203.0.113.5;by=10.0.0.1, For=10.0.0.3"),
            ip("203.0.113.5")
        );
        assert_eq!(fwd("for=_hidden"), ip("10.0.0.1"));
        assert_eq!(fwd("proto=https"), ip("10.0.0.1"));
        // Only the configured header is read.
        let both = TestRequest::default()
            .peer_addr("10.0.0.1:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "198.51.100.1"))
            .insert_header(("forwarded", "for=6.6.6.6"))
            .to_http_request();
        assert_eq!(client_ip(&both, &trusted, XFF), ip("198.51.100.1"));
        assert_eq!(
            client_ip(&both, &trusted, ProxyHeader::Forwarded),
            ip("6.6.6.6")
        );
    }

    #[test]
    fn ipv6_clients_are_limited_by_their_64() {
        let key = |s: &str| limit_key(s.parse().unwrap());
        assert_eq!(key("2001:db8:1:2:aaaa::1"), key("2001:db8:1:2:bbbb::9"));
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_eq!(key("::ffff:192.0.2.1"), "192.0.2.1");
        assert_eq!(key("192.0.2.1"), "192.0.2.1");
    }

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let trusted: IpRange = "10.0.0.1".parse().unwrap();
        let req = TestRequest::default()
            .peer_addr("10.0.0.1:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "6.6.6.6, 203.0.113.9"))
            .to_http_request();
        assert_eq!(
            client_ip(&req, &[trusted], XFF),
            Some("203.0.113.9".parse().unwrap())
        );
        assert_eq!(client_ip(&req, &[], XFF), Some(proxy));
        let direct = TestRequest::default()
            .peer_addr("198.51.100.7:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "1.2.3.4"))
            .to_http_request();
        assert_eq!(
            client_ip(&direct, &[trusted], XFF),
            Some("198.51.100.7".parse().unwrap())
        );
    }

    #[test]
    fn proxies_in_a_trusted_range_are_skipped() {
        let trusted: Vec<IpRange> = ["10.0.0.0/8", "fd00::/8"]
            .iter()
            .map(|r| r.parse().unwrap())
            .collect();
        // Client → 10.1.1.1 → fd00::2 (peer): the first untrusted hop from
        // the right is the client.
        let req = TestRequest::default()
            .peer_addr("[fd00::2]:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "6.6.6.6, 203.0.113.9, 10.1.1.1"))
            .to_http_request();
        assert_eq!(
            client_ip(&req, &trusted, XFF),
            Some("203.0.113.9".parse().unwrap())
        );
        // Nothing but trusted proxies: the peer stands for the client.
        let only_proxies = TestRequest::default()
            .peer_addr("10.9.9.9:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "10.2.2.2"))
            .to_http_request();
        assert_eq!(
            client_ip(&only_proxies, &trusted, XFF),
            Some("10.9.9.9".parse().unwrap())
        );
    }

    #[test]
    fn limits_per_key() {
        let l = Limiter::per_minute(2).unwrap();
        assert!(l.allow("a".into()));
        assert!(l.allow("a".into()));
        assert!(!l.allow("a".into()));
        assert!(l.allow("b".into()));
        assert!(Limiter::per_minute(0).is_none());
    }
}
