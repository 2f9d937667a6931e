//! The outbox worker: claims due deliveries with a lease, decides each one ([`plan`]), sends
//! one email per user (a digest when several are due together, [`compose`]) outside any
//! transaction, and records every outcome with its reason.
//!
//! At most `email.connections` emails are in flight. Each conversation with the mail server
//! runs on its own, so one slow or hanging server never holds up the others; outcomes are
//! written in groups ([`recorder`]), and under load claims wait briefly until a quarter of the
//! connections is free, so that one claim serves several emails.
//!
//! Sending is at-least-once: an email whose outcome could not be recorded is sent again after
//! its lease, with the same Message-ID. Transient failures retry with exponential backoff and
//! jitter until `email.give_up_after`; SMTP 5xx ends the delivery as `dead` and suppresses the
//! address for that user. On shutdown the worker stops claiming and finishes the emails in
//! flight.

mod compose;
pub mod plan;
mod recorder;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use rand::Rng;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::app::{App, AppState};
use crate::email::SendError;
use crate::store::outbox::{Claimed, EmailNotification, Outcome};
use crate::store::{Db, PgStore};
use plan::{Fate, HOUR, Recipient};
use recorder::{Recorder, Suppression};

/// However far the next due delivery is, look again this often (deliveries written by other
/// processes, clock changes).
const POLL: Duration = Duration::from_secs(5);

/// With fewer than a quarter of the connections free, the worker waits this long for more to
/// free up before it claims anyway.
const GATHER: Duration = Duration::from_millis(20);

pub async fn run(app: AppState, wake: Arc<Notify>, stop: CancellationToken) {
    let worker: Arc<str> = format!("worker-{}", uuid::Uuid::now_v7()).into();
    if let Db::Postgres(store) = &app.db {
        tokio::spawn(forward_notifications(store.clone(), wake.clone(), stop.clone()));
    }
    let connections = app.config.email.connections;
    let group = (connections / 4).max(1);
    let slots = Arc::new(Semaphore::new(connections as usize));
    let (recorder, recording) = Recorder::start(app.db.clone(), worker.clone());
    let mut in_flight: JoinSet<()> = JoinSet::new();
    let mut gathered = false;
    while !stop.is_cancelled() {
        while in_flight.try_join_next().is_some() {}
        let free = u32::try_from(slots.available_permits()).unwrap_or(0);
        let wait = if free >= group || (free > 0 && gathered) {
            // Claiming writes; a read first keeps an idle worker from taking the write lock.
            match app.db.next_delivery_due().await {
                Ok(Some(due)) if due <= now() => {
                    match dispatch(&app, &worker, &recorder, &slots, free, &mut in_flight).await {
                        Ok(0) => GATHER,
                        Ok(_) => continue,
                        Err(error) => {
                            tracing::error!(%error, "claiming deliveries failed");
                            POLL
                        }
                    }
                }
                Ok(Some(due)) => Duration::from_millis(u64::try_from(due - now()).unwrap_or(0)).min(POLL),
                Ok(None) => POLL,
                Err(error) => {
                    tracing::warn!(%error, "cannot read the outbox");
                    POLL
                }
            }
        } else {
            GATHER
        };
        gathered = false;
        tokio::select! {
            () = stop.cancelled() => break,
            () = wake.notified() => {}
            () = tokio::time::sleep(wait) => gathered = true,
            Some(_) = in_flight.join_next(), if !in_flight.is_empty() => {}
        }
    }
    while in_flight.join_next().await.is_some() {}
    drop(recorder);
    let _ = recording.await;
}

/// Turns `NOTIFY`s from any instance's ingest into wake-ups of this worker. The listener
/// reconnects by itself; the worker's polling covers what is missed meanwhile.
async fn forward_notifications(store: PgStore, wake: Arc<Notify>, stop: CancellationToken) {
    while !stop.is_cancelled() {
        match store.listener().await {
            Ok(mut listener) => loop {
                tokio::select! {
                    () = stop.cancelled() => return,
                    notification = listener.recv() => match notification {
                        Ok(_) => wake.notify_one(),
                        Err(error) => {
                            tracing::warn!(%error, "lost the outbox notifications");
                            break;
                        }
                    },
                }
            },
            Err(error) => tracing::warn!(%error, "cannot listen for outbox notifications"),
        }
        tokio::select! {
            () = stop.cancelled() => return,
            () = tokio::time::sleep(POLL) => {}
        }
    }
}

fn now() -> i64 {
    Timestamp::now().as_millisecond()
}

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Claims what is due for up to `users` users, records every delivery that is not to be sent,
/// and starts one task per email; returns how many deliveries it claimed.
async fn dispatch(
    app: &AppState,
    worker: &Arc<str>,
    recorder: &Recorder,
    slots: &Arc<Semaphore>,
    users: u32,
    in_flight: &mut JoinSet<()>,
) -> anyhow::Result<usize> {
    let config = &app.config.email;
    let started = now();
    let claimed = app
        .db
        .claim_deliveries(started, started + ms(config.lease), worker, users)
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
    let user_ids: Vec<&str> = by_user.keys().copied().collect();
    let ids: Vec<&str> = claimed.iter().map(|d| d.notification_id.as_str()).collect();
    let recipients = app.db.recipients(&user_ids, started - HOUR).await?;
    let notifications = app.db.email_notifications(&ids).await?;
    let notifications: HashMap<&str, &EmailNotification> =
        notifications.iter().map(|n| (n.id.as_str(), n)).collect();

    let mut decided: Vec<Outcome> = Vec::new();
    for (user_id, deliveries) in &by_user {
        let user = recipients.users.iter().find(|u| u.id == *user_id);
        let address = user.and_then(|u| u.email.as_deref()).unwrap_or_default();
        let recipient = Recipient {
            user,
            muted: recipients
                .muted
                .iter()
                .filter(|(u, _)| u == user_id)
                .map(|(_, c)| c.as_str())
                .collect(),
            suppressed: recipients
                .suppressed
                .iter()
                // A user may have bounced at several addresses; only the current one counts.
                .find(|(u, a, _)| u == user_id && a.eq_ignore_ascii_case(address))
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
                Fate::Suppress(reason) => decided.push(outcome(delivery, "suppressed", reason)),
                Fate::Defer { until, reason } => decided.push(Outcome {
                    run_at: Some(until),
                    ..outcome(delivery, "pending", reason)
                }),
            }
        }
        let Some(user) = recipient.user.filter(|_| !to_send.is_empty()) else {
            continue;
        };
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
            Ok(message) => {
                let slot = slots.clone().acquire_owned().await?;
                let email = Email {
                    deliveries: to_send.into_iter().cloned().collect(),
                    address,
                    email_id,
                };
                let (app, recorder) = (app.clone(), recorder.clone());
                in_flight.spawn(async move {
                    let result = app.mailer.send(message).await;
                    let (outcomes, suppress) = email.outcomes(&app, &result);
                    recorder.record(outcomes, suppress).await;
                    drop(slot);
                });
            }
            Err(error) => {
                tracing::error!(%error, user = %user_id, "cannot compose an email");
                decided.extend(to_send.iter().map(|d| Outcome {
                    error: Some(error.to_string()),
                    ..outcome(d, "dead", format!("the email could not be built: {error}"))
                }));
            }
        }
    }
    if !decided.is_empty() {
        app.db.record_outcomes(worker, &decided, &[], now()).await?;
    }
    Ok(claimed.len())
}

/// One email on its way: the deliveries it carries.
struct Email {
    deliveries: Vec<Claimed>,
    address: String,
    email_id: String,
}

impl Email {
    /// Every delivery's outcome, and the address to suppress after a permanent failure.
    fn outcomes(&self, app: &App, result: &Result<(), SendError>) -> (Vec<Outcome>, Vec<Suppression>) {
        let finished = now();
        let mut suppress = Vec::new();
        if let (Err(SendError::Permanent(error)), Some(first)) = (result, self.deliveries.first()) {
            suppress.push((first.user_id.clone(), self.address.clone(), error.clone()));
        }
        let outcomes = self
            .deliveries
            .iter()
            .map(|delivery| {
                let done = match result {
                    Ok(()) => Outcome {
                        email_id: Some(self.email_id.clone()),
                        sent_at: Some(finished),
                        ..outcome(
                            delivery,
                            "sent",
                            if self.email_id == delivery.id {
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
                Outcome {
                    recipient: Some(self.address.clone()),
                    ..done
                }
            })
            .collect();
        (outcomes, suppress)
    }
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
