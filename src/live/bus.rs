//! The change bus between instances sharing one PostgreSQL database. Triggers (migration
//! 0006) send the new inbox versions on [`CHANNEL`] once per statement that changes
//! notifications, preferences or a profile, as `user version` lines, delivered on commit;
//! every instance listens and publishes them into its [`Live`] map.
//!
//! Notifications sent while a listener is disconnected are lost. So the map is distrusted
//! while the listener is down and, once it listens again, emptied and every waiter woken to
//! read the database ([`Live::reset`]): nothing is missed, at the price of one query per
//! inbox after a reconnect.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::Live;
use crate::store::PgStore;

/// The channel the triggers notify on.
pub const CHANNEL: &str = "herald_inbox";

/// Listens until `stop`; reconnects with backoff (up to 5 s) when the connection is lost.
pub async fn listen(store: std::sync::Arc<PgStore>, live: Live, stop: CancellationToken) {
    let mut backoff = Duration::from_millis(100);
    loop {
        live.distrust();
        let mut listener = match store.listener(CHANNEL).await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for inbox changes; retrying");
                tokio::select! {
                    () = stop.cancelled() => return,
                    () = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(Duration::from_secs(5));
                continue;
            }
        };
        backoff = Duration::from_millis(100);
        // Listening from here on: whatever the map lacks now, the database has.
        live.reset();
        loop {
            let received = tokio::select! {
                () = stop.cancelled() => return,
                received = listener.try_recv() => received,
            };
            match received {
                Ok(Some(notification)) => live.publish(parse(notification.payload())),
                // sqlx reconnected (and listens again) before returning: start over from the
                // database.
                Ok(None) => live.reset(),
                Err(error) => {
                    tracing::warn!(%error, "lost the inbox change listener; reconnecting");
                    break;
                }
            }
        }
    }
}

/// `user version` lines; anything else (which herald never sends) is skipped.
fn parse(payload: &str) -> impl Iterator<Item = (&str, i64)> {
    payload.lines().filter_map(|line| {
        let (user, version) = line.rsplit_once(' ')?;
        Some((user, version.parse().ok()?))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn payload_lines() {
        let parsed: Vec<_> = super::parse("alice 3\nbob@x.io -1\n\nbroken\ncarol x").collect();
        assert_eq!(parsed, [("alice", 3), ("bob@x.io", -1)]);
    }
}
