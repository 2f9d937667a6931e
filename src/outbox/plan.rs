//! What happens to each claimed delivery: sent, suppressed (and why), or deferred. Pure, so
//! every rule is tested without a mail server.

use std::collections::{HashMap, HashSet};

use jiff::tz::TimeZone;

use crate::config;
use crate::domain::catalog::{Catalog, KindSpec};
use crate::domain::quiet_hours::{QuietHours, hh_mm};
use crate::domain::state::NotificationState;
use crate::present::millis;
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
    /// Their quiet hours (their own, or the default) and their clock.
    pub quiet: Option<(QuietHours, TimeZone)>,
}

/// What applies to every recipient alike.
pub struct Rules {
    pub hourly_cap: u32,
    /// Kinds whose email waited for the inbox (`email_after`, `[email] unseen_delay`): one
    /// seen there by the time it is due is not sent.
    pub inbox_first: HashSet<String>,
    /// Kinds that are sent even during quiet hours.
    pub urgent: HashSet<String>,
}

impl Rules {
    pub fn new(catalog: &Catalog, settings: &config::Email) -> Self {
        // A deadline's reminder is the point of its kind: seeing it weeks earlier does not
        // cancel it.
        let waits = |kind: &KindSpec| {
            kind.email_before_deadline.is_none()
                && settings
                    .unseen_delay
                    .or(kind.email_after)
                    .is_some_and(|d| !d.is_zero())
        };
        Self {
            hourly_cap: settings.hourly_cap,
            inbox_first: catalog
                .kinds()
                .iter()
                .filter(|kind| waits(kind))
                .map(|kind| kind.name.clone())
                .collect(),
            urgent: catalog
                .kinds()
                .iter()
                .filter(|kind| kind.urgent)
                .map(|kind| kind.name.clone())
                .collect(),
        }
    }
}

pub fn decide(
    deliveries: &[&Claimed],
    recipient: &Recipient<'_>,
    notifications: &HashMap<&str, &EmailNotification>,
    rules: &Rules,
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
            if notification.seen && rules.inbox_first.contains(&notification.kind) {
                return Fate::Suppress("seen in the inbox".into());
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
    let quiet = recipient
        .quiet
        .as_ref()
        .and_then(|(hours, zone)| Some((hours.until(millis(now), zone)?, hours.end)));
    if let Some((until, end)) = quiet {
        for (fate, delivery) in fates.iter_mut().zip(deliveries) {
            let urgent = notifications
                .get(delivery.notification_id.as_str())
                .is_some_and(|n| rules.urgent.contains(&n.kind));
            if *fate == Fate::Send && !urgent {
                *fate = Fate::Defer {
                    until: until.as_millisecond(),
                    reason: format!("quiet hours until {}", hh_mm::format(end)),
                };
            }
        }
    }
    if let Some((count, oldest)) = recipient.recent
        && count >= i64::from(rules.hourly_cap)
    {
        for fate in fates.iter_mut().filter(|f| **f == Fate::Send) {
            *fate = Fate::Defer {
                until: oldest + HOUR,
                reason: format!(
                    "{count} emails in the last hour (the cap is {}); joins the next digest",
                    rules.hourly_cap
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
            first_tried_at: 0,
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
            seen: false,
        }
    }

    fn rules() -> Rules {
        Rules {
            hourly_cap: 4,
            inbox_first: HashSet::from(["post-failed".to_owned()]),
            urgent: HashSet::new(),
        }
    }

    fn user(email: Option<&str>) -> UserRow {
        UserRow {
            id: "u".into(),
            email: email.map(str::to_owned),
            name: None,
            locale: None,
            timezone: None,
            quiet_hours: None,
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
            quiet: None,
        };
        let refs: Vec<&Claimed> = deliveries.iter().collect();
        let fates = decide(&refs, &recipient, &by_id, &rules(), 10);
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
        let fates = decide(&refs[..1], &capped, &by_id, &rules(), 10);
        assert!(matches!(&fates[0], Fate::Defer { until, .. } if *until == 5 + HOUR));

        let bounced = Recipient {
            user: Some(&alice),
            muted: HashSet::new(),
            suppressed: Some(("Alice@Example.com", "550 no such user")),
            recent: None,
            quiet: None,
        };
        assert!(
            matches!(&decide(&refs[..1], &bounced, &by_id, &rules(), 10)[0], Fate::Suppress(r) if r.contains("550"))
        );
        let nobody = user(None);
        let no_address = Recipient {
            user: Some(&nobody),
            muted: HashSet::new(),
            suppressed: None,
            recent: None,
            quiet: None,
        };
        assert!(
            matches!(&decide(&refs[..1], &no_address, &by_id, &rules(), 10)[0], Fate::Suppress(r) if r.contains("no email"))
        );
    }

    /// Only kinds that waited for the inbox give way to it; a seen problem that needs action
    /// at once is still emailed.
    #[test]
    fn a_seen_item_of_an_inbox_first_kind_is_not_emailed() {
        let deliveries = [
            claimed("a", "publish"),
            claimed("b", "publish"),
            claimed("c", "account"),
        ];
        let seen = |id: &str, kind: &str, seen: bool| EmailNotification {
            kind: kind.into(),
            seen,
            ..notification(id, NotificationState::Open)
        };
        let notes = [
            seen("a", "post-failed", true),
            seen("b", "post-failed", false),
            seen("c", "account-disconnected", true),
        ];
        let by_id: HashMap<&str, &EmailNotification> = notes.iter().map(|n| (n.id.as_str(), n)).collect();
        let alice = user(Some("alice@example.com"));
        let recipient = Recipient {
            user: Some(&alice),
            muted: HashSet::new(),
            suppressed: None,
            recent: None,
            quiet: None,
        };
        let refs: Vec<&Claimed> = deliveries.iter().collect();
        let fates = decide(&refs, &recipient, &by_id, &rules(), 10);
        assert_eq!(fates[0], Fate::Suppress("seen in the inbox".into()));
        assert_eq!(fates[1..], [Fate::Send, Fate::Send]);
    }

    /// Inside quiet hours an email waits for their end and says so; an urgent kind does not.
    #[test]
    fn quiet_hours_defer_all_but_urgent_kinds() {
        let deliveries = [claimed("a", "account"), claimed("b", "publish")];
        let notes = [
            notification("a", NotificationState::Open),
            EmailNotification {
                kind: "post-failed".into(),
                ..notification("b", NotificationState::Open)
            },
        ];
        let by_id: HashMap<&str, &EmailNotification> = notes.iter().map(|n| (n.id.as_str(), n)).collect();
        let alice = user(Some("alice@example.com"));
        let zone = TimeZone::get("Asia/Tokyo").expect("zone");
        let now: jiff::Timestamp = "2026-12-06T14:00:00Z".parse().expect("time"); // 23:00 in Tokyo
        let recipient = Recipient {
            user: Some(&alice),
            muted: HashSet::new(),
            suppressed: None,
            recent: None,
            quiet: Some(("22:00-07:00".parse().expect("window"), zone)),
        };
        let urgent = Rules {
            urgent: HashSet::from(["post-failed".to_owned()]),
            inbox_first: HashSet::new(),
            ..rules()
        };
        let refs: Vec<&Claimed> = deliveries.iter().collect();
        let fates = decide(&refs, &recipient, &by_id, &urgent, now.as_millisecond());
        let morning: jiff::Timestamp = "2026-12-06T22:00:00Z".parse().expect("time"); // 07:00 in Tokyo
        assert_eq!(
            fates[0],
            Fate::Defer {
                until: morning.as_millisecond(),
                reason: "quiet hours until 07:00".into()
            }
        );
        assert_eq!(fates[1], Fate::Send, "urgent");
        let daytime = decide(&refs[..1], &recipient, &by_id, &urgent, morning.as_millisecond());
        assert_eq!(daytime[0], Fate::Send);
    }

    #[test]
    fn inbox_first_kinds_come_from_the_catalog_unless_unseen_delay_says_otherwise() {
        let catalog = Catalog::embedded().expect("catalog");
        let config = |toml: &str| crate::config::Config::from_toml(toml).expect("config").email;
        let by_catalog = Rules::new(&catalog, &config(""));
        assert!(by_catalog.inbox_first.contains("post-failed"));
        assert!(!by_catalog.inbox_first.contains("account-disconnected"));
        let everything = Rules::new(&catalog, &config("[email]\nunseen_delay = '5m'"));
        assert!(everything.inbox_first.contains("account-disconnected"));
        assert!(
            !everything.inbox_first.contains("account-refresh-due"),
            "a deadline's reminder is never cancelled by a view"
        );
        let nothing = Rules::new(&catalog, &config("[email]\nunseen_delay = '0s'"));
        assert!(nothing.inbox_first.is_empty());
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
