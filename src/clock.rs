//! Time as herald sees it: the system clock in production, a clock the test moves by hand.
//!
//! Everything that stamps or compares instants (ingest, expiry, the inbox, the outbox) reads
//! one [`Clock`], so a test can say "ingest, advance past the batch window, dispatch" with no
//! sleeps. Timers that only pace background work (how long an idle worker waits before it
//! looks again) stay on tokio's time: they decide when to look, never what is due.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use jiff::Timestamp;

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// `None`: the system clock. `Some`: milliseconds set by a [`ManualClock`].
    manual: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Self {
        Self::default()
    }

    pub fn now(&self) -> Timestamp {
        match &self.manual {
            None => Timestamp::now(),
            Some(ms) => {
                Timestamp::from_millisecond(ms.load(Ordering::SeqCst)).unwrap_or(Timestamp::UNIX_EPOCH)
            }
        }
    }

    /// Milliseconds since the epoch, as the store keeps instants.
    pub fn now_ms(&self) -> i64 {
        match &self.manual {
            None => Timestamp::now().as_millisecond(),
            Some(ms) => ms.load(Ordering::SeqCst),
        }
    }

    /// Whether a test drives this clock (and so also drives the outbox, see `app::start`).
    pub fn is_manual(&self) -> bool {
        self.manual.is_some()
    }
}

/// The hand of a clock that moves only when told to.
#[derive(Clone, Debug)]
pub struct ManualClock {
    ms: Arc<AtomicI64>,
}

impl ManualClock {
    pub fn starting_at(start: Timestamp) -> Self {
        Self {
            ms: Arc::new(AtomicI64::new(start.as_millisecond())),
        }
    }

    /// The clock this hand moves, to give to herald.
    pub fn clock(&self) -> Clock {
        Clock {
            manual: Some(self.ms.clone()),
        }
    }

    pub fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.ms.fetch_add(by, Ordering::SeqCst);
    }

    pub fn set(&self, to: Timestamp) {
        self.ms.store(to.as_millisecond(), Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = Timestamp::from_second(1_800_000_000).expect("valid");
        let hand = ManualClock::starting_at(start);
        let clock = hand.clock();
        assert_eq!(clock.now(), start);
        hand.advance(Duration::from_millis(1500));
        assert_eq!(clock.now_ms(), start.as_millisecond() + 1500);
        assert!(clock.is_manual() && !Clock::system().is_manual());
    }
}
