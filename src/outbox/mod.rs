//! The outbox worker: claims due deliveries with a lease, decides each one ([`plan`]), sends
//! one email per user (a digest when several are due together, [`compose`]) outside any
//! transaction, and records every outcome with its reason.
//!
//! Sending is at-least-once: an email whose outcome could not be recorded is sent again after
//! its lease, with the same Message-ID. Transient failures retry with exponential backoff and
//! jitter until `email.give_up_after`; SMTP 5xx ends the delivery as `dead` and suppresses the
//! address for that user. On shutdown the worker finishes the round it is in.

mod compose;
pub mod plan;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use rand::Rng;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::app::{App, AppState};
use crate::email::SendError;
use crate::store::outbox::{Claimed, EmailNotification, Outcome};
use plan::{Fate, HOUR, Recipient};

/// However far the next due delivery is, look again this often (deliveries written by other
/// processes, clock changes).
const POLL: Duration = Duration::from_secs(5);

pub async fn run(app: AppState, wake: Arc<Notify>, stop: CancellationToken) {
    let worker = format!("worker-{}", uuid::Uuid::now_v7());
    while !stop.is_cancelled() {
        match round(&app, &worker).await {
            Ok(0) => {}
            Ok(_) => continue,
            Err(error) => tracing::error!(%error, "outbox round failed"),
        }
        let wait = match app.db.next_delivery_due().await {
            Ok(Some(due)) => Duration::from_millis(u64::try_from(due - now()).unwrap_or(0)).min(POLL),
            Ok(None) => POLL,
            Err(error) => {
                tracing::warn!(%error, "cannot read the outbox");
                POLL
            }
        };
        tokio::select! {
            () = stop.cancelled() => break,
            () = wake.notified() => {}
            () = tokio::time::sleep(wait) => {}
        }
    }
}

fn now() -> i64 {
    Timestamp::now().as_millisecond()
}

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// One claim-decide-send-record round; returns how many deliveries it handled.
async fn round(app: &App, worker: &str) -> anyhow::Result<usize> {
    let config = &app.config.email;
    let started = now();
    // Claiming writes; a read first keeps an idle worker from taking the write lock.
    let due = app.db.next_delivery_due().await?;
    if due.is_none_or(|due| due > started) {
        return Ok(0);
    }
    let claimed = app
        .db
        .claim_deliveries(started, started + ms(config.lease), worker, config.connections)
        .await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let mut by_user: BTreeMap<&str, Vec<&Claimed>> = BTreeMap::new();
    for delivery in &claimed {
        by_user
            .entry(delivery.user_id.as_str())
            .or_default()
            .push(delivery);
    }
    let users: Vec<&str> = by_user.keys().copied().collect();
    let ids: Vec<&str> = claimed.iter().map(|d| d.notification_id.as_str()).collect();
    let recipients = app.db.recipients(&users, started - HOUR).await?;
    let notifications = app.db.email_notifications(&ids).await?;
    let notifications: HashMap<&str, &EmailNotification> =
        notifications.iter().map(|n| (n.id.as_str(), n)).collect();

    let mut outcomes: Vec<Outcome> = Vec::with_capacity(claimed.len());
    let mut sends = Vec::new();
    for (user_id, deliveries) in &by_user {
        let recipient = Recipient {
            user: recipients.users.iter().find(|u| u.id == *user_id),
            muted: recipients
                .muted
                .iter()
                .filter(|(u, _)| u == user_id)
                .map(|(_, c)| c.as_str())
                .collect(),
            suppressed: recipients
                .suppressed
                .iter()
                .find(|(u, _, _)| u == user_id)
                .map(|(_, address, reason)| (address.as_str(), reason.as_str())),
            recent: recipients
                .recent
                .iter()
                .find(|(u, _, _)| u == user_id)
                .map(|(_, n, oldest)| (*n, *oldest)),
        };
        let fates = plan::decide(deliveries, &recipient, &notifications, config.hourly_cap, started);
        let mut to_send: Vec<&Claimed> = Vec::new();
        for (delivery, fate) in deliveries.iter().zip(fates) {
            match fate {
                Fate::Send => to_send.push(delivery),
                Fate::Suppress(reason) => outcomes.push(outcome(delivery, "suppressed", reason)),
                Fate::Defer { until, reason } => outcomes.push(Outcome {
                    run_at: Some(until),
                    ..outcome(delivery, "pending", reason)
                }),
            }
        }
        if let (Some(user), false) = (recipient.user, to_send.is_empty()) {
            let address = user.email.clone().unwrap_or_default();
            let email_id = to_send
                .iter()
                .map(|d| d.id.as_str())
                .min()
                .unwrap_or_default()
                .to_owned();
            let shown: Vec<&EmailNotification> = to_send
                .iter()
                .filter_map(|d| notifications.get(d.notification_id.as_str()).copied())
                .collect();
            match compose::compose(app, user, &address, &to_send, &shown, &email_id, Timestamp::now()) {
                Ok(message) => sends.push(async move {
                    let result = app.mailer.send(message).await;
                    (to_send, address, email_id, result)
                }),
                Err(error) => {
                    tracing::error!(%error, user = %user_id, "cannot compose an email");
                    outcomes.extend(to_send.iter().map(|d| Outcome {
                        error: Some(error.to_string()),
                        ..outcome(d, "dead", format!("the email could not be built: {error}"))
                    }));
                }
            }
        }
    }

    let mut suppress = Vec::new();
    for (deliveries, address, email_id, result) in futures_util::future::join_all(sends).await {
        let finished = now();
        if let (Err(SendError::Permanent(error)), Some(first)) = (&result, deliveries.first()) {
            suppress.push((first.user_id.clone(), address.clone(), error.clone()));
        }
        for delivery in deliveries {
            let mut done = match &result {
                Ok(()) => Outcome {
                    email_id: Some(email_id.clone()),
                    sent_at: Some(finished),
                    ..outcome(
                        delivery,
                        "sent",
                        if email_id == delivery.id {
                            "sent"
                        } else {
                            "sent in a digest"
                        },
                    )
                },
                Err(SendError::Permanent(error)) => Outcome {
                    error: Some(error.clone()),
                    ..outcome(delivery, "dead", format!("the mail server refused it: {error}"))
                },
                Err(SendError::Transient(error)) => retry_or_give_up(app, delivery, error, finished),
            };
            done.recipient = Some(address.clone());
            outcomes.push(done);
        }
    }
    app.db
        .record_outcomes(worker, &outcomes, &suppress, now())
        .await?;
    tracing::debug!(
        deliveries = claimed.len(),
        elapsed_ms = now() - started,
        "outbox round"
    );
    Ok(claimed.len())
}

fn outcome(delivery: &Claimed, status: &'static str, reason: impl Into<String>) -> Outcome {
    Outcome {
        id: delivery.id.clone(),
        status,
        reason: reason.into(),
        run_at: None,
        error: None,
        recipient: None,
        email_id: None,
        sent_at: None,
    }
}

fn retry_or_give_up(app: &App, delivery: &Claimed, error: &str, now: i64) -> Outcome {
    let config = &app.config.email;
    if now - delivery.created_at >= ms(config.give_up_after) {
        return Outcome {
            error: Some(error.to_owned()),
            ..outcome(
                delivery,
                "dead",
                format!("gave up after {} attempts: {error}", delivery.attempts),
            )
        };
    }
    let delay = plan::backoff(
        delivery.attempts,
        ms(config.retry_base),
        ms(config.retry_max),
        rand::rng().random(),
    );
    Outcome {
        run_at: Some(now + delay),
        error: Some(error.to_owned()),
        ..outcome(
            delivery,
            "pending",
            format!("attempt {} failed, trying again: {error}", delivery.attempts),
        )
    }
}
