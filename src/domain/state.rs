//! Where a notification and an email delivery stand, and the one rule for expiry.

super::words! {
    /// A notification's lifecycle. `open` until a later success resolves it or its time is up;
    /// while open, a repeat of the same condition bumps it instead of adding another.
    pub enum NotificationState {
        Open = "open",
        Resolved = "resolved",
        Expired = "expired",
    }
}

super::words! {
    /// Where an email delivery stands; `reason` on the row always says why.
    pub enum DeliveryStatus {
        /// Waiting for its batch window, a retry or the hourly cap.
        Pending = "pending",
        /// Leased by a worker that is sending it.
        Sending = "sending",
        Sent = "sent",
        /// Decided not to send (resolved, expired, opted out, bounced address...).
        Suppressed = "suppressed",
        /// Failed for good.
        Dead = "dead",
    }
}

/// The state a notification is in at `now` (milliseconds): an open one whose expiry has passed
/// is expired, whether or not the sweep has written that yet. The writer's sweep stores the
/// same rule (`expires_at <= now`) and is the authority for what is stored; this is what
/// everyone who reads a notification shows or acts on in the meantime.
pub fn effective_state(state: NotificationState, expires_at: Option<i64>, now: i64) -> NotificationState {
    match state {
        NotificationState::Open if expires_at.is_some_and(|at| at <= now) => NotificationState::Expired,
        state => state,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_notification_expires_at_its_instant() {
        use NotificationState::{Expired, Open, Resolved};
        assert_eq!(effective_state(Open, None, i64::MAX), Open);
        assert_eq!(effective_state(Open, Some(10), 9), Open);
        assert_eq!(effective_state(Open, Some(10), 10), Expired);
        assert_eq!(effective_state(Resolved, Some(10), 11), Resolved);
        assert_eq!(effective_state(Expired, Some(10), 0), Expired);
    }

    #[test]
    fn words_round_trip_through_json() {
        for state in NotificationState::ALL {
            let json = serde_json::to_string(&state).expect("json");
            assert_eq!(json, format!("\"{state}\""));
            assert_eq!(serde_json::from_str::<NotificationState>(&json).ok(), Some(state));
        }
        let unknown = serde_json::from_str::<DeliveryStatus>("\"lost\"").expect_err("unknown");
        assert!(unknown.to_string().contains("pending"), "{unknown}");
    }
}
