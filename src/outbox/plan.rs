//! What happens to each claimed delivery: sent, suppressed (and why), or deferred. Pure, so
//! every rule is tested without a mail server.

use std::collections::{HashMap, HashSet};

use crate::domain::state::NotificationState;
use crate::store::UserRow;
use crate::store::outbox::{Claimed, EmailNotification};

/// One hour, in milliseconds: the window of the hourly cap.
pub const HOUR: i64 = 3_600_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    Send,
    Suppress(String),
    Defer { until: i64, reason: String },
}

/// What is known about one user when their deliveries are decided.
pub struct Recipient<'a> {
    pub user: Option<&'a UserRow>,
    pub muted: HashSet<&'a str>,
    /// `(address, reason)` of a suppressed address.
    pub suppressed: Option<(&'a str, &'a str)>,
    /// Emails sent in the last hour, and the oldest of them.
    pub recent: Option<(i64, i64)>,
}

pub fn decide(
    deliveries: &[&Claimed],
    recipient: &Recipient<'_>,
    notifications: &HashMap<&str, &EmailNotification>,
    hourly_cap: u32,
    now: i64,
) -> Vec<Fate> {
    let address = recipient.user.and_then(|u| u.email.as_deref());
    let mut fates: Vec<Fate> = deliveries
        .iter()
        .map(|delivery| {
            let Some(notification) = notifications.get(delivery.notification_id.as_str()) else {
                return Fate::Suppress("the notification no longer exists".into());
            };
            match notification.effective_state(now) {
                NotificationState::Open => {}
                NotificationState::Resolved => {
                    return Fate::Suppress("resolved before the email went out".into());
                }
                NotificationState::Expired => {
                    return Fate::Suppress("expired before the email went out".into());
                }
            }
            let Some(address) = address else {
                return Fate::Suppress("the user has no email address".into());
            };
            if recipient.muted.contains(delivery.category.as_str()) {
                return Fate::Suppress(format!("the user turned off email about {}", delivery.category));
            }
            if let Some((suppressed, reason)) = recipient
                .suppressed
                .filter(|(a, _)| a.eq_ignore_ascii_case(address))
            {
                return Fate::Suppress(format!("{suppressed} bounced before: {reason}"));
            }
            Fate::Send
        })
        .collect();
    if let Some((count, oldest)) = recipient.recent
        && count >= i64::from(hourly_cap)
    {
        for fate in fates.iter_mut().filter(|f| **f == Fate::Send) {
            *fate = Fate::Defer {
                until: oldest + HOUR,
                reason: format!(
                    "{count} emails in the last hour (the cap is {hourly_cap}); joins the next digest"
                ),
            };
        }
    }
    fates
}

/// When to try a transient failure again: doubling from `base`, at most `max`, ±20 % jitter so
/// that a recovering server is not hit by everything at once.
pub fn backoff(attempts: i64, base_ms: i64, max_ms: i64, jitter: f64) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let delay = base_ms.saturating_mul(1_i64 << doublings).min(max_ms);
    // The factor is within 0.8..=1.2 and the delay within i64: the cast cannot overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let jittered = (delay as f64 * (0.8 + 0.4 * jitter.clamp(0.0, 1.0))) as i64;
    jittered.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Severity;

    fn claimed(id: &str, category: &str) -> Claimed {
        Claimed {
            id: id.into(),
            user_id: "u".into(),
            notification_id: id.into(),
            category: category.into(),
            language: None,
            attempts: 1,
            created_at: 0,
        }
    }

    fn notification(id: &str, state: NotificationState) -> EmailNotification {
        EmailNotification {
            id: id.into(),
            kind: "account-disconnected".into(),
            severity: Severity::ActionRequired,
            state,
            platforms: "[]".into(),
            params: "{}".into(),
            language: None,
            occurrences: 1,
            last_seen_at: 0,
            expires_at: None,
        }
    }

    fn user(email: Option<&str>) -> UserRow {
        UserRow {
            id: "u".into(),
            email: email.map(str::to_owned),
            name: None,
            locale: None,
            timezone: None,
            inbox_version: 0,
            inbox_floor: 0,
            token_generation: 0,
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn suppresses_with_a_reason_and_defers_over_the_cap() {
        let deliveries = [
            claimed("a", "account"),
            claimed("b", "billing"),
            claimed("c", "media"),
            claimed("d", "media"),
            claimed("e", "account"),
        ];
        let notes = [
            notification("a", NotificationState::Open),
            notification("b", NotificationState::Open),
            notification("c", NotificationState::Resolved),
            EmailNotification {
                expires_at: Some(10),
                ..notification("e", NotificationState::Open)
            },
        ];
        let by_id: HashMap<&str, &EmailNotification> = notes.iter().map(|n| (n.id.as_str(), n)).collect();
        let alice = user(Some("alice@example.com"));
        let recipient = Recipient {
            user: Some(&alice),
            muted: HashSet::from(["billing"]),
            suppressed: None,
            recent: None,
        };
        let refs: Vec<&Claimed> = deliveries.iter().collect();
        let fates = decide(&refs, &recipient, &by_id, 4, 10);
        assert_eq!(fates[0], Fate::Send);
        assert!(matches!(&fates[1], Fate::Suppress(r) if r.contains("turned off email about billing")));
        assert!(matches!(&fates[2], Fate::Suppress(r) if r.contains("resolved")));
        assert!(matches!(&fates[3], Fate::Suppress(r) if r.contains("no longer exists")));
        // Due at 10 and decided at 10: expired, though the sweep has not stored it yet.
        assert!(matches!(&fates[4], Fate::Suppress(r) if r.contains("expired")));

        let capped = Recipient {
            recent: Some((4, 5)),
            ..recipient
        };
        let fates = decide(&refs[..1], &capped, &by_id, 4, 10);
        assert!(matches!(&fates[0], Fate::Defer { until, .. } if *until == 5 + HOUR));

        let bounced = Recipient {
            user: Some(&alice),
            muted: HashSet::new(),
            suppressed: Some(("Alice@Example.com", "550 no such user")),
            recent: None,
        };
        assert!(
            matches!(&decide(&refs[..1], &bounced, &by_id, 4, 10)[0], Fate::Suppress(r) if r.contains("550"))
        );
        let nobody = user(None);
        let no_address = Recipient {
            user: Some(&nobody),
            muted: HashSet::new(),
            suppressed: None,
            recent: None,
        };
        assert!(
            matches!(&decide(&refs[..1], &no_address, &by_id, 4, 10)[0], Fate::Suppress(r) if r.contains("no email"))
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum_with_jitter() {
        assert_eq!(backoff(1, 1000, 60_000, 0.5), 1000);
        assert_eq!(backoff(2, 1000, 60_000, 0.5), 2000);
        assert_eq!(backoff(3, 1000, 60_000, 0.5), 4000);
        assert_eq!(backoff(30, 1000, 60_000, 0.5), 60_000);
        assert_eq!(backoff(1, 1000, 60_000, 0.0), 800);
        assert_eq!(backoff(1, 1000, 60_000, 1.0), 1200);
    }
}
