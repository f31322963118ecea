//! Client address ranges in settings: a single address (`10.0.0.1`,
//! `::1`) or a CIDR range (`10.0.0.0/8`, `fd00::/8`).

use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;

/// One address or range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpRange(IpNet);

impl IpRange {
    /// Whether `ip` is in the range. An IPv4 client seen on an IPv6 socket
    /// (`::ffff:10.0.0.1`) counts as its IPv4 address.
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.contains(&ip.to_canonical())
    }
}

impl FromStr for IpRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if let Ok(ip) = s.parse::<IpAddr>() {
            return Ok(IpRange(IpNet::from(ip.to_canonical())));
        }
        s.parse::<IpNet>()
            .map(|net| IpRange(net.trunc()))
            .map_err(|_| format!("{s:?} is neither an IP address nor a CIDR range"))
    }
}

impl std::fmt::Display for IpRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Whether any of `ranges` holds `ip`.
pub fn any_contains(ranges: &[IpRange], ip: IpAddr) -> bool {
    ranges.iter().any(|r| r.contains(ip))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn single_addresses_match_only_themselves() {
        let r: IpRange = "127.0.0.1".parse().unwrap();
        assert!(r.contains(ip("127.0.0.1")));
        assert!(!r.contains(ip("127.0.0.2")));
        let v6: IpRange = "::1".parse().unwrap();
        assert!(v6.contains(ip("::1")));
        assert!(!v6.contains(ip("127.0.0.1")));
    }

    #[test]
    fn cidr_ranges_match_their_members() {
        let r: IpRange = "10.0.0.0/8".parse().unwrap();
        assert!(r.contains(ip("10.1.2.3")));
        assert!(!r.contains(ip("11.0.0.1")));
        let v6: IpRange = "fd00::/8".parse().unwrap();
        assert!(v6.contains(ip("fd12:3456::1")));
        assert!(!v6.contains(ip("fe80::1")));
        // Host bits in the range are ignored, as in `127.0.0.1/8`.
        let loose: IpRange = "127.0.0.1/8".parse().unwrap();
        assert_eq!(loose.to_string(), "127.0.0.0/8");
        assert!(loose.contains(ip("127.9.9.9")));
    }

    #[test]
    fn ipv4_clients_on_ipv6_sockets_count_as_ipv4() {
        let r: IpRange = "10.0.0.0/8".parse().unwrap();
        assert!(r.contains(ip("::ffff:10.0.0.7")));
        let single: IpRange = "::ffff:127.0.0.1".parse().unwrap();
        assert!(single.contains(ip("127.0.0.1")));
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in ["", "10.0.0.0/33", "localhost", "10.0.0.1/", "1.2.3"] {
            assert!(bad.parse::<IpRange>().is_err(), "{bad:?}");
        }
        let list: Vec<IpRange> = "10.0.0.0/8,fd00::/8,127.0.0.1"
            .split(',')
            .map(|s| s.parse().unwrap())
            .collect();
        assert!(any_contains(&list, ip("127.0.0.1")));
        assert!(any_contains(&list, ip("10.200.0.1")));
        assert!(!any_contains(&list, ip("192.0.2.1")));
    }
}
