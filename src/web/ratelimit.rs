//! Per-client limits on public submissions, kept in memory (governor) and
//! keyed by a keyed hash of the client address, so no address is kept even
//! there. Each instance limits on its own: behind several instances the
//! limit is per instance, which degrades gracefully.

use std::net::IpAddr;
use std::num::NonZeroU32;

use actix_web::HttpRequest;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

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
/// the nearest address in X-Forwarded-For that is not one.
pub fn client_ip(req: &HttpRequest, trusted: &[IpRange]) -> Option<IpAddr> {
    let peer = req.peer_addr().map(|a| a.ip())?;
    if !any_contains(trusted, peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|ip| !any_contains(trusted, *ip))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let trusted: IpRange = "10.0.0.1".parse().unwrap();
        let req = TestRequest::default()
            .peer_addr("10.0.0.1:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "6.6.6.6, 203.0.113.9"))
            .to_http_request();
        assert_eq!(
            client_ip(&req, &[trusted]),
            Some("203.0.113.9".parse().unwrap())
        );
        assert_eq!(client_ip(&req, &[]), Some(proxy));
        let direct = TestRequest::default()
            .peer_addr("198.51.100.7:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "1.2.3.4"))
            .to_http_request();
        assert_eq!(
            client_ip(&direct, &[trusted]),
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
            client_ip(&req, &trusted),
            Some("203.0.113.9".parse().unwrap())
        );
        // Nothing but trusted proxies: the peer stands for the client.
        let only_proxies = TestRequest::default()
            .peer_addr("10.9.9.9:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "10.2.2.2"))
            .to_http_request();
        assert_eq!(
            client_ip(&only_proxies, &trusted),
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
