//! Rate limits (`[rate_limit]`), GCRA by `governor`: per operator API key, per user for
//! requests with that user's inbox token, and per client IP for requests without a valid
//! credential (public routes, and any request whose key, token or signature is refused).
//! Over a limit: `429 rate-limited` with `Retry-After` and the `RateLimit-Policy` and
//! `RateLimit` headers. Health checks never meet a limit: they carry no credential and pass
//! no check here.
//!
//! The client IP is the TCP peer's: behind a reverse proxy it is the proxy's, so there the
//! proxy should limit per client itself (README, Deployment).

use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::problem::{Limited, Problem};
use crate::config::{Rate, RateLimit};

/// The three limiters; one per process (instances sharing a database limit separately).
#[derive(Clone)]
pub struct RateLimits(Arc<Limiters>);

struct Limiters {
    /// Token and anonymous checks so far: every [`SHRINK_EVERY`] the maps forget clients that
    /// are quiet again. Key checks do not count: only valid keys reach that map, a handful, so
    /// the operators' requests (the bulk of ingest) touch no shared counter.
    checks: AtomicU64,
    /// Keyed by a hash of the key id or user id: no allocation per request, and a collision
    /// (two ids sharing one budget) as likely as a 64-bit hash colliding.
    per_key: Limiter<u64>,
    per_user: Limiter<u64>,
    per_ip: Limiter<IpAddr>,
}

const SHRINK_EVERY: u64 = 1 << 16;

/// Whose budget an address draws on: an IPv4 address, or an IPv6 address's /64, which one
/// subscriber usually holds whole (per address, it would hand out 2^64 budgets).
fn network(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
    }
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(id)
}

struct Limiter<K: Hash + Eq + Clone> {
    policy: &'static str,
    rate: Rate,
    cells: DefaultKeyedRateLimiter<K>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    fn new(policy: &'static str, rate: Rate) -> Self {
        // `count` per `per`: one cell every `per / count`.
        let period = rate.per / rate.count.get();
        let quota = Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MAX))
            .allow_burst(rate.burst);
        Self {
            policy,
            rate,
            cells: DefaultKeyedRateLimiter::keyed(quota),
        }
    }

    fn check(&self, key: &K) -> Result<(), Problem> {
        self.cells.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            Problem::rate_limited(Limited {
                policy: self.policy,
                quota: self.rate.count.get(),
                window_secs: self.rate.per.as_secs(),
                retry_secs: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
            })
        })
    }
}

impl RateLimits {
    pub fn new(config: &RateLimit) -> Self {
        Self(Arc::new(Limiters {
            checks: AtomicU64::new(1),
            per_key: Limiter::new("per-key", config.per_key),
            per_user: Limiter::new("per-user", config.per_user),
            per_ip: Limiter::new("per-ip", config.per_ip),
        }))
    }

    /// A request with this valid API key (by its id).
    pub fn key(&self, key_id: &str) -> Result<(), Problem> {
        self.0.per_key.check(&id_hash(key_id))
    }

    /// A request with this user's valid inbox token.
    pub fn user(&self, user: &str) -> Result<(), Problem> {
        self.counted();
        self.0.per_user.check(&id_hash(user))
    }

    /// A request without a valid credential, from `client`.
    pub fn anonymous(&self, client: ClientIp) -> Result<(), Problem> {
        self.counted();
        match client.0 {
            Some(ip) => self.0.per_ip.check(&network(ip)),
            None => Ok(()),
        }
    }

    fn counted(&self) {
        if self
            .0
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(SHRINK_EVERY)
        {
            self.shrink();
        }
    }

    /// Forgets keys whose cells are full again, so that the maps do not grow with every
    /// client ever seen.
    fn shrink(&self) {
        self.0.per_key.cells.retain_recent();
        self.0.per_user.cells.retain_recent();
        self.0.per_ip.cells.retain_recent();
        self.0.per_key.cells.shrink_to_fit();
        self.0.per_user.cells.shrink_to_fit();
        self.0.per_ip.cells.shrink_to_fit();
    }
}

/// The client's IP: the TCP peer (none for requests that did not come over a socket).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<IpAddr>);

impl ClientIp {
    pub fn of(parts: &Parts) -> Self {
        Self(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(peer)| peer.ip()),
        )
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::of(parts))
    }
}

#[cfg(test)]
mod tests {
    use super::network;

    #[test]
    fn an_ipv6_subscriber_is_one_client() {
        let a: std::net::IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: std::net::IpAddr = "2001:db8:1:2:ffff::9".parse().expect("ip");
        let other: std::net::IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert_eq!(network(a), network(b));
        assert_ne!(network(a), network(other));
        let v4: std::net::IpAddr = "192.0.2.7".parse().expect("ip");
        assert_eq!(network(v4), v4);
    }
}
