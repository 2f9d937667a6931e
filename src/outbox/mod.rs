//! The outbox worker: claims due deliveries with a lease, decides each one ([`plan`]), sends
//! one email per user (a digest when several are due together, [`compose`]) outside any
//! transaction, and records every outcome with its reason.
//!
//! At most `email.connections` emails talk to the mail server at once (the mailer's pool);
//! claims come in batches of up to [`claim_capacity`] emails, because each claim is one write
//! transaction, and under load a claim waits briefly until a quarter of that capacity is free.
//! Each conversation with the mail server runs on its own, so one slow or hanging server
//! never holds up the others; outcomes are written in groups ([`recorder`]). Every send ends
//! before its lease does (`email.timeout` bounds it, and it does not start once the lease
//! could not cover it), so no other worker can claim a delivery that is still being sent.
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

use rand::Rng;
use tokio::sync::{Notify, Semaphore};
use tokio::task::{JoinHandle, JoinSet};
use tokio_util::sync::CancellationToken;
use tracing::Instrument as _;

use crate::clock::Clock;
use crate::config;
use crate::domain::state::DeliveryStatus;
use crate::email::{Mailer, SendError};
use crate::present::time_zone;
use crate::store::outbox::{Claimed, EmailNotification, Outcome};
use crate::store::{Db, PgStore};
pub use compose::Composer;
use plan::{Fate, HOUR, Recipient};
use recorder::{Recorder, Suppression};

/// However far the next due delivery is, look again this often (deliveries written by other
/// processes, clock changes).
const POLL: Duration = Duration::from_secs(5);

/// With less than a quarter of the claim capacity free, the worker waits this long for more to
/// free up before it claims anyway.
const GATHER: Duration = Duration::from_millis(20);

/// Emails claimed and not yet answered by the server, at least (twice the connections when
/// that is more): each claim is one write transaction, so claims come in large batches, and
/// an email that waited for a connection longer than its lease covers is not sent (the mailer's
/// `start_by`) but left for the next claim.
const MIN_CLAIMS: usize = 256;

fn claim_capacity(connections: u32) -> usize {
    (2 * connections as usize).max(MIN_CLAIMS)
}

/// The email worker: what it needs, built once. Cheap to clone (every email in flight holds
/// one).
#[derive(Clone)]
pub struct Outbox(Arc<Parts>);

struct Parts {
    db: Db,
    mailer: Mailer,
    composer: Composer,
    clock: Clock,
    settings: config::Email,
    rules: plan::Rules,
    /// Poked when deliveries become due now (ingest, a retry by hand).
    wake: Arc<Notify>,
    /// This process's name on the leases it takes.
    worker: Arc<str>,
}

/// The emails of one pass: the connections they may use, those on their way, and the task
/// that records their outcomes.
struct Pass {
    recorder: Recorder,
    recording: JoinHandle<()>,
    /// Emails claimed and not yet answered by the server ([`claim_capacity`]).
    slots: Arc<Semaphore>,
    in_flight: JoinSet<()>,
}

impl Pass {
    /// Waits for the emails in flight and for their outcomes to be written.
    async fn finish(mut self) {
        while self.in_flight.join_next().await.is_some() {}
        drop(self.recorder);
        let _ = self.recording.await;
    }
}

impl Outbox {
    pub fn new(
        db: Db,
        mailer: Mailer,
        composer: Composer,
        clock: Clock,
        settings: config::Email,
        wake: Arc<Notify>,
    ) -> Self {
        Self(Arc::new(Parts {
            db,
            mailer,
            rules: plan::Rules::new(composer.texts.catalog(), &settings),
            composer,
            clock,
            settings,
            wake,
            worker: format!("worker-{}", uuid::Uuid::now_v7()).into(),
        }))
    }

    /// Sends everything that is due now and records every outcome, then returns how many
    /// deliveries it claimed: one pass of the worker, run to completion. Tests drive the
    /// outbox with it on a manual clock.
    pub async fn dispatch_due(&self) -> anyhow::Result<usize> {
        let mut pass = self.pass();
        let claims = u32::try_from(claim_capacity(self.0.settings.connections)).unwrap_or(u32::MAX);
        let mut claimed = 0;
        let outcome = loop {
            match self.dispatch(&mut pass, claims).await {
                Ok(0) => break Ok(claimed),
                Ok(n) => claimed += n,
                Err(error) => break Err(error),
            }
        };
        pass.finish().await;
        outcome
    }

    fn pass(&self) -> Pass {
        let (recorder, recording) =
            Recorder::start(self.0.db.clone(), self.0.worker.clone(), self.0.clock.clone());
        Pass {
            recorder,
            recording,
            slots: Arc::new(Semaphore::new(claim_capacity(self.0.settings.connections))),
            in_flight: JoinSet::new(),
        }
    }

    /// Runs until `stop`: claims what is due whenever it is due or the worker is woken, keeps
    /// up to [`claim_capacity`] emails in flight, then finishes those in flight.
    pub async fn run(self, stop: CancellationToken) {
        let parts = &self.0;
        if let Db::Postgres(store) = &parts.db {
            tokio::spawn(forward_notifications(
                store.clone(),
                parts.wake.clone(),
                stop.clone(),
            ));
        }
        let capacity = claim_capacity(parts.settings.connections);
        let group = u32::try_from(capacity / 4).unwrap_or(1).max(1);
        let mut pass = self.pass();
        let mut gathered = false;
        while !stop.is_cancelled() {
            while pass.in_flight.try_join_next().is_some() {}
            // Emails sent but not yet recorded count too, up to as many again.
            let unrecorded = (2 * capacity).saturating_sub(pass.in_flight.len());
            let free = u32::try_from(pass.slots.available_permits().min(unrecorded)).unwrap_or(0);
            let wait = if free >= group || (free > 0 && gathered) {
                // Claiming writes; a read first keeps an idle worker from taking the write lock.
                let now = parts.clock.now_ms();
                match parts.db.next_delivery_due().await {
                    Ok(Some(due)) if due <= now => match self.dispatch(&mut pass, free).await {
                        Ok(0) => GATHER,
                        Ok(_) => continue,
                        Err(error) => {
                            tracing::error!(%error, "claiming deliveries failed");
                            POLL
                        }
                    },
                    Ok(Some(due)) => Duration::from_millis(u64::try_from(due - now).unwrap_or(0)).min(POLL),
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
                () = parts.wake.notified() => {}
                () = tokio::time::sleep(wait) => gathered = true,
                Some(_) = pass.in_flight.join_next(), if !pass.in_flight.is_empty() => {}
            }
        }
        pass.finish().await;
    }

    /// Claims what is due for up to `users` users, records every delivery that is not to be
    /// sent, and starts one task per email; returns how many deliveries it claimed.
    async fn dispatch(&self, pass: &mut Pass, users: u32) -> anyhow::Result<usize> {
        let parts = &self.0;
        let settings = &parts.settings;
        let started = parts.clock.now_ms();
        // A send must end before the lease does, with a timeout's worth of time left to record
        // it (the lease exceeds twice the timeout).
        let start_by = std::time::Instant::now() + settings.lease.saturating_sub(settings.timeout * 2);
        let claimed = parts
            .db
            .claim_deliveries(
                started,
                started + ms(settings.lease),
                &parts.worker,
                users,
                ms(settings.batch_window),
            )
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
        let recipients = parts.db.recipients(&user_ids, started - HOUR).await?;
        let notifications = parts.db.email_notifications(&ids).await?;
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
                quiet: user
                    .and_then(|u| u.quiet_hours.as_deref()?.parse().ok())
                    .or(settings.quiet_hours)
                    .map(|hours| (hours, time_zone(user.and_then(|u| u.timezone.as_deref())))),
            };
            let fates = plan::decide(deliveries, &recipient, &notifications, &parts.rules, started);
            let mut to_send: Vec<&Claimed> = Vec::new();
            for (delivery, fate) in deliveries.iter().zip(fates) {
                match fate {
                    Fate::Send => to_send.push(delivery),
                    Fate::Suppress(reason) => {
                        decided.push(outcome(delivery, DeliveryStatus::Suppressed, reason))
                    }
                    Fate::Defer { until, reason } => decided.push(Outcome {
                        run_at: Some(until),
                        ..outcome(delivery, DeliveryStatus::Pending, reason)
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
            // Deliveries that waited long (a deadline, quiet hours) may include several for the
            // same notification (it re-notified meanwhile): the email shows it once.
            let mut shown: Vec<&EmailNotification> = Vec::with_capacity(to_send.len());
            for delivery in &to_send {
                if let Some(notification) = notifications.get(delivery.notification_id.as_str())
                    && !shown.iter().any(|n| n.id == notification.id)
                {
                    shown.push(notification);
                }
            }
            let composed =
                parts
                    .composer
                    .compose(user, &address, &to_send, &shown, &email_id, parts.clock.now());
            match composed {
                Ok(message) => {
                    let slot = pass.slots.clone().acquire_owned().await?;
                    let email = Email {
                        deliveries: to_send.into_iter().cloned().collect(),
                        address,
                        email_id,
                    };
                    // The notification ids are those of the ingest's `202`: a log can be
                    // followed from the result to the SMTP answer.
                    let span = tracing::info_span!(
                        "outbox_send",
                        email_id = %email.email_id,
                        user = %user_id,
                        notifications = ?shown.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
                    );
                    let (outbox, recorder) = (self.clone(), pass.recorder.clone());
                    pass.in_flight.spawn(
                        async move {
                            let result = outbox.0.mailer.send(message, start_by).await;
                            // The connection is free once the server answered; writing the
                            // outcome (batched with others, one commit) need not hold it.
                            drop(slot);
                            match &result {
                                Ok(()) => tracing::info!("email accepted by the SMTP server"),
                                Err(error) => tracing::warn!(%error, "email not sent"),
                            }
                            let (outcomes, suppress) = email.outcomes(&outbox, &result);
                            recorder.record(outcomes, suppress).await;
                        }
                        .instrument(span),
                    );
                }
                Err(error) => {
                    tracing::error!(%error, user = %user_id, "cannot compose an email");
                    decided.extend(to_send.iter().map(|d| Outcome {
                        error: Some(error.to_string()),
                        ..outcome(
                            d,
                            DeliveryStatus::Dead,
                            format!("the email could not be built: {error}"),
                        )
                    }));
                }
            }
        }
        if !decided.is_empty() {
            parts
                .db
                .record_outcomes(&parts.worker, &decided, &[], parts.clock.now_ms())
                .await?;
        }
        Ok(claimed.len())
    }

    fn retry_or_give_up(&self, delivery: &Claimed, error: &str, now: i64) -> Outcome {
        let settings = &self.0.settings;
        if now - delivery.first_tried_at >= ms(settings.give_up_after) {
            return Outcome {
                error: Some(error.to_owned()),
                ..outcome(
                    delivery,
                    DeliveryStatus::Dead,
                    format!("gave up after {} attempts: {error}", delivery.attempts),
                )
            };
        }
        let delay = plan::backoff(
            delivery.attempts,
            ms(settings.retry_base),
            ms(settings.retry_max),
            rand::rng().random(),
        );
        Outcome {
            run_at: Some(now + delay),
            error: Some(error.to_owned()),
            ..outcome(
                delivery,
                DeliveryStatus::Pending,
                format!("attempt {} failed, trying again: {error}", delivery.attempts),
            )
        }
    }
}

/// Turns `NOTIFY`s from any instance's ingest into wake-ups of this worker. The listener
/// reconnects by itself; the worker's polling covers what is missed meanwhile.
async fn forward_notifications(store: Arc<PgStore>, wake: Arc<Notify>, stop: CancellationToken) {
    while !stop.is_cancelled() {
        match store.listener(crate::store::postgres::CHANNEL).await {
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

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// One email on its way: the deliveries it carries.
struct Email {
    deliveries: Vec<Claimed>,
    address: String,
    email_id: String,
}

impl Email {
    /// Every delivery's outcome, and the address to suppress after a permanent failure.
    fn outcomes(&self, outbox: &Outbox, result: &Result<(), SendError>) -> (Vec<Outcome>, Vec<Suppression>) {
        let finished = outbox.0.clock.now_ms();
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
                            DeliveryStatus::Sent,
                            if self.email_id == delivery.id {
                                "sent"
                            } else {
                                "sent in a digest"
                            },
                        )
                    },
                    Err(SendError::Permanent(error)) => Outcome {
                        error: Some(error.clone()),
                        ..outcome(
                            delivery,
                            DeliveryStatus::Dead,
                            format!("the mail server refused it: {error}"),
                        )
                    },
                    Err(SendError::Transient(error)) => outbox.retry_or_give_up(delivery, error, finished),
                    // Not a failure: due again at once, for the next claim.
                    Err(SendError::NotStarted(reason)) => Outcome {
                        run_at: Some(finished),
                        ..outcome(delivery, DeliveryStatus::Pending, reason.clone())
                    },
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

fn outcome(delivery: &Claimed, status: DeliveryStatus, reason: impl Into<String>) -> Outcome {
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
