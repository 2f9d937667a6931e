//! Email against a real SMTP server on loopback: MIME and headers, languages, outages,
//! bounces, digests, caps, preferences and one-click unsubscribe.

use std::time::Duration;

use fluent_bundle::FluentArgs;
use herald::i18n::Localizer;
use mail_parser::{Message, MessageParser};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, fixture, spawn_on_clock, spawn_with};
use crate::smtp::{ClosedPort, Sink};

/// A herald mailing to `port`, with quick retries; `email` adds `[email]` settings (the batch
/// window is 0 unless given).
async fn app_with_sink(port: u16, email: &str) -> TestApp {
    spawn_with(&mailing_to(port, email)).await
}

/// The same on a manual clock: the test moves time and dispatches the outbox itself.
async fn app_on_clock_with_sink(port: u16, email: &str) -> TestApp {
    spawn_on_clock(&mailing_to(port, email)).await
}

pub fn mailing_to(port: u16, email: &str) -> String {
    let window = if email.contains("batch_window") {
        ""
    } else {
        "batch_window = '0s'"
    };
    format!(
        "smtp_url = 'smtp://127.0.0.1:{port}'\npublic_url = 'https://herald.example.com'\n\
         [email]\nretry_base = '100ms'\nretry_max = '200ms'\n{window}\n{email}"
    )
}

/// The title of the user's notification of `kind`, as their inbox renders it (in their
/// language, as their emails do).
async fn title_in_inbox(app: &TestApp, user: &str, kind: &str) -> String {
    let inbox = app.inbox(user, "").await;
    inbox["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["kind"] == kind))
        .and_then(|item| item["title"].as_str())
        .unwrap_or_else(|| panic!("no {kind} in {inbox}"))
        .to_owned()
}

async fn deliveries(app: &TestApp, user: &str) -> Vec<Value> {
    let page = app.get_json(&format!("/v1/deliveries?user={user}")).await;
    page["items"].as_array().expect("items").clone()
}

/// Waits until every delivery of the user has left `pending`/`sending`, or matches `until`.
async fn settle(app: &TestApp, user: &str, until: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    for _ in 0..300 {
        let items = deliveries(app, user).await;
        if until(&items) {
            return items;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "deliveries of {user} did not settle: {:#?}",
        deliveries(app, user).await
    );
}

/// The first delivery failed at least twice and waits for its next attempt.
fn retried_twice(items: &[Value]) -> bool {
    items
        .first()
        .is_some_and(|d| d["attempts"].as_i64() >= Some(2) && d["status"] == "pending")
}

fn all(status: &'static str, count: usize) -> impl Fn(&[Value]) -> bool {
    move |items| items.len() == count && items.iter().all(|d| d["status"] == status)
}

#[tokio::test]
async fn an_email_has_both_parts_the_headers_and_the_users_language() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    app.put_user(
        "alice",
        json!({"email": "alice@example.com", "name": "Alice", "locale": "fr"}),
    )
    .await;
    let response = app.ingest("alice", &fixture("facebook-auth-161.json")).await;
    assert_eq!(response["notifications"][0]["email"], true);

    let raw = sink.wait_for(1).await.remove(0);
    let message = MessageParser::default().parse(&raw).expect("RFC 5322");
    let l10n = Localizer::load("en", None).expect("locales");
    let fr = l10n.negotiate(["fr"]);
    // The title as the inbox renders it in the user's language.
    let title = title_in_inbox(&app, "alice", "account-disconnected").await;
    let mut subject = FluentArgs::new();
    subject.set("severity", "action_required");
    subject.set("title", title.clone());
    assert_eq!(
        message.subject(),
        Some(l10n.text(&fr, "email-subject", Some(&subject)).as_str())
    );

    let header = |name: &str| message.header_raw(name).map(str::trim).map(str::to_owned);
    assert!(header("Content-Type").is_some_and(|t| t.starts_with("multipart/alternative")));
    let text_at = raw
        .windows(10)
        .position(|w| w == b"text/plain")
        .expect("text part");
    let html_at = raw.windows(9).position(|w| w == b"text/html").expect("html part");
    assert!(text_at < html_at, "the plain-text part comes first");
    assert_eq!(header("Auto-Submitted").as_deref(), Some("auto-generated"));
    assert_eq!(
        header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(
        header("List-Unsubscribe")
            .is_some_and(|u| u.starts_with("<https://herald.example.com/unsubscribe?token="))
    );
    assert!(header("Date").is_some());
    assert_eq!(header("Content-Language").as_deref(), Some("fr"));
    let delivery = &settle(&app, "alice", all("sent", 1)).await[0];
    assert_eq!(
        message.message_id(),
        Some(
            format!(
                "{}@herald.example.com",
                delivery["email_id"].as_str().expect("email id")
            )
            .as_str()
        ),
        "the Message-ID comes from the delivery, so a resend has the same one"
    );

    let text = message.body_text(0).expect("text");
    let html = message.body_html(0).expect("html");
    assert!(text.contains(&title) && html.contains(&title));
    assert!(text.contains("Alice"));
    assert!(
        text.contains("\u{202f}: https://herald.example.com/unsubscribe?token="),
        "French puts a space before a colon: {text}"
    );
    // The upstream message (English) under the email's heading, without the inbox's label.
    let heading = l10n.text(&fr, "email-details-heading", None);
    let heading_line = format!("{heading}\u{202f}:");
    assert!(text.lines().any(|line| line.trim_end() == heading_line), "{text}");
    assert!(
        !text.contains(&format!("{heading}\u{202f}: ")),
        "the label is not said twice: {text}"
    );
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(
        html.contains("https://app.example.com/connections/facebook"),
        "the action button"
    );
}

/// The plain-text line that shows the crop writes its ratios as the body does: `1,91:1` in
/// German, not `1.91:1`.
#[tokio::test]
async fn the_crop_line_writes_ratios_in_the_users_language() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    app.put_user("hans", json!({"email": "hans@example.com", "locale": "de"}))
        .await;
    let wide = fixture("instagram-aspect-ratio-138.json").replace("1440/2158", "2000/1000");
    app.ingest("hans", &wide).await;
    let raw = sink.wait_for(1).await.remove(0);
    let message = MessageParser::default().parse(&raw).expect("RFC 5322");
    let text = message.body_text(0).expect("text");
    let line = text
        .lines()
        .find(|line| line.starts_with("2000 × 1000"))
        .unwrap_or_else(|| panic!("no crop line: {text}"));
    assert!(line.ends_with("(1,91:1)"), "{line}");
    let html = message.body_html(0).expect("html");
    assert!(html.contains("(1,91:1)</p>"), "{html}");
}

#[tokio::test]
async fn html_is_escaped_and_arabic_is_right_to_left() {
    let (sink, addr) = Sink::start();
    // A failed post is a warning, which would wait for the inbox first.
    let app = app_with_sink(addr.port(), "unseen_delay = '0s'").await;
    app.put_user("u", json!({"email": "u@example.com", "name": "<b>Mallory</b>"}))
        .await;
    let hostile = json!({"status": "error", "id": "p", "errors": [{"code": 9999, "platform": "reddit",
        "message": "<script>alert(1)</script> & <img src=x onerror=alert(2)>"}], "post": "<i>hi</i>"});
    app.post_result_with("u", &hostile.to_string(), &[("translate-error-message", "ar")])
        .await;
    let raw = sink.wait_for(1).await.remove(0);
    let message = MessageParser::default().parse(&raw).expect("parse");
    let html = message.body_html(0).expect("html");
    assert!(
        !html.contains("<script>") && !html.contains("<img src=x") && !html.contains("<b>Mallory"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains(r#"lang="ar" dir="rtl""#));
    assert!(
        message.body_text(0).expect("text").contains("<script>"),
        "plain text stays plain"
    );
}

#[tokio::test]
async fn an_outage_loses_nothing_and_sends_once() {
    let server = ClosedPort::new();
    let app = app_on_clock_with_sink(server.port(), "").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    // The server is down: each attempt fails, and the next waits for the retry delay.
    for attempt in 1..=2 {
        assert_eq!(app.dispatch().await, 1, "attempt {attempt} is made");
        assert_eq!(app.dispatch().await, 0, "no attempt before the retry delay");
        app.advance(Duration::from_secs(1));
    }
    let items = deliveries(&app, "u").await;
    assert!(retried_twice(&items), "{items:?}");
    assert!(
        items[0]["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("trying again"),
        "{items:?}"
    );

    let sink = server.open();
    assert_eq!(app.dispatch().await, 1);
    assert!(all("sent", 1)(&deliveries(&app, "u").await));
    app.advance(Duration::from_secs(3600));
    assert_eq!(app.dispatch().await, 0, "nothing is left to send");
    assert_eq!(sink.received().len(), 1, "sent exactly once");
}

#[tokio::test]
async fn a_permanent_failure_is_dead_and_suppresses_the_address_until_it_changes() {
    let (sink, addr) = Sink::start();
    sink.refuse_recipients(550);
    let app = app_with_sink(addr.port(), "hourly_cap = 100").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    let items = settle(&app, "u", all("dead", 1)).await;
    assert!(
        items[0]["reason"].as_str().unwrap_or_default().contains("550"),
        "{items:?}"
    );
    let dead_id = items[0]["id"].as_str().expect("id").to_owned();

    sink.refuse_recipients(0);
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    let items = settle(&app, "u", |items| {
        items.len() == 2 && items[0]["status"] == "suppressed"
    })
    .await;
    assert!(
        items[0]["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("bounced"),
        "{items:?}"
    );
    assert!(sink.received().is_empty());

    // A new address is not suppressed.
    app.put_user("u", json!({"email": "u2@example.com"})).await;
    app.ingest("u", &fixture("x-oauth-permissions-417.json")).await;
    settle(&app, "u", |items| {
        items.len() == 3 && items[0]["status"] == "sent"
    })
    .await;

    // An operator's retry of the dead one lifts the suppression and sends it.
    let retried = app.post(&format!("/v1/deliveries/{dead_id}/retry")).await;
    assert_eq!(retried.status(), StatusCode::ACCEPTED);
    settle(&app, "u", |items| {
        items.iter().filter(|d| d["status"] == "sent").count() == 2
    })
    .await;
    let again = app.post(&format!("/v1/deliveries/{dead_id}/retry")).await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "a sent delivery is not retried"
    );
}

#[tokio::test]
async fn a_refusal_of_our_credentials_is_retried_and_suppresses_nobody() {
    let (sink, addr) = Sink::start();
    sink.refuse_recipients(535);
    let app = app_with_sink(addr.port(), "").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    let items = settle(&app, "u", retried_twice).await;
    assert!(
        items[0]["reason"].as_str().unwrap_or_default().contains("535"),
        "{items:?}"
    );

    // Once the settings are fixed, the same delivery goes out: the address was never suppressed.
    sink.refuse_recipients(0);
    settle(&app, "u", all("sent", 1)).await;
    assert_eq!(sink.received().len(), 1);
}

#[tokio::test]
async fn what_comes_within_the_window_is_one_digest() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "batch_window = '10m'").await;
    app.put_user("u", json!({"email": "u@example.com", "locale": "de"}))
        .await;
    for fixture_name in [
        "facebook-auth-161.json",
        "x-credits-depleted-416.json",
        "instagram-aspect-ratio-138.json",
    ] {
        app.ingest("u", &fixture(fixture_name)).await;
        app.advance(Duration::from_secs(60));
    }
    assert_eq!(app.dispatch().await, 0, "nothing is due within the window");
    app.advance(Duration::from_secs(600));
    app.dispatch().await;
    let items = deliveries(&app, "u").await;
    assert!(all("sent", 3)(&items), "{items:#?}");
    let email_ids: std::collections::HashSet<&str> =
        items.iter().filter_map(|d| d["email_id"].as_str()).collect();
    assert_eq!(email_ids.len(), 1, "one email for the three");
    app.advance(Duration::from_secs(3600));
    assert_eq!(app.dispatch().await, 0, "nothing is left to send");
    assert_eq!(sink.received().len(), 1);
    let raw = sink.received().remove(0);
    let message = MessageParser::default().parse(&raw).expect("parse");
    let l10n = Localizer::load("en", None).expect("locales");
    let de = l10n.negotiate(["de"]);
    let mut count = FluentArgs::new();
    count.set("count", 3);
    assert_eq!(
        message.subject(),
        Some(l10n.text(&de, "email-subject-digest", Some(&count)).as_str())
    );
    let text = message.body_text(0).expect("text");
    let html = message.body_html(0).expect("html");
    let mut titles = Vec::new();
    for kind in ["account-disconnected", "x-credits-depleted", "media-aspect-ratio"] {
        let title = title_in_inbox(&app, "u", kind).await;
        assert!(text.contains(&title), "{kind} in {text}");
        titles.push(title);
    }
    // The preheader names the titles one after the other, not as one sentence with "und".
    let separated = titles
        .iter()
        .filter(|t| html.contains(&format!("{t} · ")))
        .count();
    assert_eq!(
        separated, 2,
        "two of three titles are followed by the separator: {html}"
    );
}

/// Inbox first: a warning's email waits 15 minutes (its kind's `email_after`) for the inbox.
/// Seen there by then, it is not sent, and the delivery says why; unseen, it goes out.
#[tokio::test]
async fn a_warning_seen_in_the_inbox_is_not_emailed() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "").await;
    for user in ["ann", "bob"] {
        app.put_user(user, json!({"email": format!("{user}@example.com")}))
            .await;
        app.ingest(user, &fixture("instagram-processing-timeout-436.json"))
            .await;
    }
    app.advance(Duration::from_secs(14 * 60));
    assert_eq!(app.dispatch().await, 0, "nothing is due before the wait is over");
    app.post_json("/v1/users/ann/inbox/seen-all").await;
    app.advance(Duration::from_secs(61));
    assert_eq!(app.dispatch().await, 2);
    let ann = deliveries(&app, "ann").await;
    assert_eq!(ann[0]["status"], "suppressed", "{ann:#?}");
    assert_eq!(ann[0]["reason"], "seen in the inbox");
    assert!(all("sent", 1)(&deliveries(&app, "bob").await));
    let received = sink.received();
    assert_eq!(received.len(), 1);
    assert!(String::from_utf8_lossy(&received[0]).contains("bob@example.com"));
}

/// `[email] unseen_delay` holds every emailing kind, even one that needs action at once; "0s"
/// sends warnings at once.
#[tokio::test]
async fn unseen_delay_overrides_every_kinds_wait() {
    let (_sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "unseen_delay = '5m'").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    app.advance(Duration::from_secs(4 * 60));
    assert_eq!(app.dispatch().await, 0);
    app.inbox("u", "").await;
    app.post_json("/v1/users/u/inbox/seen-all").await;
    app.advance(Duration::from_secs(60));
    app.dispatch().await;
    assert_eq!(deliveries(&app, "u").await[0]["reason"], "seen in the inbox");

    let at_once = app_on_clock_with_sink(addr.port(), "unseen_delay = '0s'").await;
    at_once.put_user("u", json!({"email": "u@example.com"})).await;
    at_once
        .ingest("u", &fixture("instagram-processing-timeout-436.json"))
        .await;
    assert_eq!(at_once.dispatch().await, 1, "a warning goes out at once");
    assert!(all("sent", 1)(&deliveries(&at_once, "u").await));
}

/// A reconnect deadline emails a week before it (at once when less remains), and not at all
/// once the account is linked again.
#[tokio::test]
async fn a_refresh_deadline_emails_a_week_ahead_unless_relinked_first() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "").await;
    let refresh = |days: i64| {
        let deadline = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * days);
        json!({"action": "social", "type": "refresh", "platform": "instagram",
            "refreshBy": deadline.to_string(), "source": "system"})
        .to_string()
    };
    for user in ["soon", "later", "relinked"] {
        app.put_user(user, json!({"email": format!("{user}@example.com")}))
            .await;
    }
    app.ingest("soon", &refresh(2)).await;
    app.ingest("later", &refresh(10)).await;
    app.ingest("relinked", &refresh(10)).await;
    assert_eq!(app.dispatch().await, 1, "two days left: at once");
    let later = deliveries(&app, "later").await;
    assert_eq!(
        later[0]["reason"], "waiting to remind shortly before the deadline",
        "{later:#?}"
    );

    let link = json!({"action": "social", "type": "link", "platform": "instagram"}).to_string();
    app.ingest("relinked", &link).await;
    app.advance(Duration::from_secs(3 * 24 * 3600 - 3600));
    assert_eq!(app.dispatch().await, 0, "more than a week left");
    app.advance(Duration::from_secs(2 * 3600));
    assert_eq!(app.dispatch().await, 2);
    assert!(all("sent", 1)(&deliveries(&app, "later").await));
    let relinked = deliveries(&app, "relinked").await;
    assert_eq!(
        relinked[0]["reason"], "resolved before the email went out",
        "{relinked:#?}"
    );
    assert_eq!(sink.received().len(), 2);
}

/// A rate limit that is over before its (inbox-first) email would go out sends nothing.
#[tokio::test]
async fn a_rate_limit_over_before_its_email_is_not_sent() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    let short = fixture("instagram-rate-limit-435.json").replace("Retry-After: 3600", "Retry-After: 600");
    app.ingest("u", &short).await;
    app.advance(Duration::from_secs(16 * 60));
    assert_eq!(app.dispatch().await, 1);
    let items = deliveries(&app, "u").await;
    assert_eq!(
        items[0]["reason"], "expired before the email went out",
        "{items:#?}"
    );
    assert!(sink.received().is_empty());
}

/// A quiet-hours window on UTC's clock from `from` to `to` hours away from now, `HH:MM` each.
fn window(from: i64, to: i64) -> (String, String) {
    let hh_mm = |hours: i64| {
        let at = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(hours);
        let time = at.to_zoned_datetime(jiff::tz::TimeZone::UTC).time();
        format!("{:02}:{:02}", time.hour(), time.minute())
    };
    (hh_mm(from), hh_mm(to))
}

/// Quiet hours: what comes due inside them waits until they end, says so, and then goes out
/// as one digest. A user's own window replaces the configured default.
#[tokio::test]
async fn quiet_hours_hold_email_until_they_end_then_send_one_digest() {
    let (sink, addr) = Sink::start();
    let (start, end) = window(-1, 2);
    let app = app_on_clock_with_sink(addr.port(), &format!("quiet_hours = '{start}-{end}'")).await;
    app.put_user("night", json!({"email": "night@example.com", "timezone": "UTC"}))
        .await;
    // Their own window is twelve hours away: the default does not apply to them.
    let (own_start, own_end) = window(12, 13);
    let own = json!({"start": own_start, "end": own_end});
    app.put_user("own", json!({"email": "own@example.com", "quiet_hours": own}))
        .await;
    for fixture_name in ["facebook-auth-161.json", "x-credits-depleted-416.json"] {
        app.ingest("night", &fixture(fixture_name)).await;
    }
    app.ingest("own", &fixture("facebook-auth-161.json")).await;
    // Batches are stamped a millisecond apart (the writer's clock never repeats).
    app.advance(Duration::from_secs(1));
    app.dispatch().await;
    let held = deliveries(&app, "night").await;
    assert!(
        held.iter()
            .all(|d| d["status"] == "pending" && d["reason"] == format!("quiet hours until {end}")),
        "{held:#?}"
    );
    let own = deliveries(&app, "own").await;
    assert!(all("sent", 1)(&own), "their own window is not now: {own:#?}");
    app.advance(Duration::from_secs(2 * 3600 + 60));
    app.dispatch().await;
    let sent = deliveries(&app, "night").await;
    assert!(all("sent", 2)(&sent), "{sent:#?}");
    let email_ids: std::collections::HashSet<&str> =
        sent.iter().filter_map(|d| d["email_id"].as_str()).collect();
    assert_eq!(email_ids.len(), 1, "one digest for what waited");
    assert!(
        sink.received()
            .iter()
            .any(|raw| String::from_utf8_lossy(raw).contains("night@example.com"))
    );
}

/// A digest lists 20 notifications at most: the rest are counted, with a link to the
/// dashboard, so that neither the email nor the work to build it grows with a backlog.
#[tokio::test]
async fn a_long_digest_lists_twenty_and_counts_the_rest() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "batch_window = '10m'").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    let errors: Vec<Value> = (0..25)
        .map(|n| json!({"code": 161, "platform": format!("net{n}"), "message": "auth"}))
        .collect();
    let result = json!({"status": "error", "errors": errors}).to_string();
    assert_eq!(
        app.ingest("u", &result).await["notifications"]
            .as_array()
            .map(Vec::len),
        Some(25)
    );
    app.advance(Duration::from_secs(660));
    app.dispatch().await;
    assert_eq!(sink.received().len(), 1, "one digest");
    let raw = sink.received().remove(0);
    let message = MessageParser::default().parse(&raw).expect("parse");
    let l10n = Localizer::load("en", None).expect("locales");
    let en = l10n.negotiate(["en"]);
    let mut count = FluentArgs::new();
    count.set("count", 25);
    assert_eq!(
        message.subject(),
        Some(l10n.text(&en, "email-subject-digest", Some(&count)).as_str()),
        "the subject counts them all"
    );
    let text = message.body_text(0).expect("text");
    let listed = (0..25)
        .filter(|n| text.contains(&format!("== Reconnect Net{n} ==")))
        .count();
    assert_eq!(listed, 20, "{text}");
    let mut more = FluentArgs::new();
    more.set("count", 5);
    more.set("product", "your app");
    let more = l10n.text(&en, "email-more", Some(&more));
    assert!(
        text.contains(&more[..more.find("your app").unwrap_or(more.len())]),
        "{text}"
    );
    let html = message.body_html(0).expect("html");
    assert_eq!(
        (0..25)
            .filter(|n| html.contains(&format!("Reconnect Net{n}<")))
            .count(),
        20
    );
}

#[tokio::test]
async fn no_floods_renotify_interval_hourly_cap_and_silent_kinds() {
    let (sink, addr) = Sink::start();
    let app = app_on_clock_with_sink(addr.port(), "hourly_cap = 1\nrenotify_after = '6h'").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    let first = app.ingest("u", &fixture("facebook-auth-161.json")).await;
    assert_eq!(first["notifications"][0]["email"], true);
    app.dispatch().await;
    assert!(all("sent", 1)(&deliveries(&app, "u").await));

    // The same open problem again: bumped, no second email within the re-notify interval.
    let repeat = json!({"status": "error", "id": "other", "errors": [{"code": 161, "platform": "facebook"}]});
    let second = app.ingest("u", &repeat.to_string()).await;
    assert_eq!(second["notifications"][0]["outcome"], "bumped");
    assert_eq!(second["notifications"][0]["email"], false);
    // A kind that never emails.
    let analytics = app
        .ingest("u", &fixture("facebook-analytics-rate-limit-444.json"))
        .await;
    assert_eq!(analytics["notifications"][0]["email"], false);
    assert_eq!(deliveries(&app, "u").await.len(), 1);

    // Over the hourly cap: deferred into the next digest, with the reason.
    app.advance(Duration::from_secs(60));
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    app.dispatch().await;
    let items = deliveries(&app, "u").await;
    assert!(
        items.len() == 2 && items[0]["status"] == "pending" && items[0]["attempts"] == 1,
        "{items:#?}"
    );
    assert!(
        items[0]["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("last hour"),
        "{items:?}"
    );
    assert_eq!(sink.received().len(), 1);

    // Once the hour has passed, it goes out; the same problem again after the re-notify
    // interval emails again.
    app.advance(Duration::from_secs(3600));
    app.dispatch().await;
    assert_eq!(sink.received().len(), 2);
    app.advance(Duration::from_secs(6 * 3600));
    let later = json!({"status": "error", "id": "later", "errors": [{"code": 161, "platform": "facebook"}]});
    let third = app.ingest("u", &later.to_string()).await;
    assert_eq!(third["notifications"][0]["outcome"], "bumped");
    assert_eq!(third["notifications"][0]["email"], true, "{third}");
    app.dispatch().await;
    assert_eq!(sink.received().len(), 3);
}

#[tokio::test]
async fn preferences_mute_email_and_inbox_per_category() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    app.put_user("u", json!({"email": "u@example.com"})).await;
    let prefs = json!({"email": {"account": false}, "inbox": {"analytics": false}});
    let put = app.put_json("/v1/users/u/preferences", &prefs).await;
    assert_eq!(put.status(), StatusCode::OK);
    let shown = app.get_json("/v1/users/u/preferences").await;
    assert_eq!(shown["email"]["account"], false);
    assert_eq!(shown["email"]["billing"], true);
    assert_eq!(shown["inbox"]["analytics"], false);

    app.ingest("u", &fixture("facebook-auth-161.json")).await;
    let items = settle(&app, "u", all("suppressed", 1)).await;
    assert!(
        items[0]["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("turned off email about account")
    );
    app.ingest("u", &fixture("facebook-analytics-rate-limit-444.json"))
        .await;
    let inbox = app.inbox("u", "").await;
    assert!(
        inbox["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|i| i["category"] != "analytics")
    );
    assert_eq!(inbox["counts"]["total"], 1);
    assert!(sink.received().is_empty());

    let bad = json!({"email": {"nonsense": false}});
    let response = app.put_json("/v1/users/u/preferences", &bad).await;
    crate::helpers::assert_problem(response, StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn one_click_unsubscribe_and_the_confirmation_page() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    app.put_user("u", json!({"email": "u@example.com", "locale": "es"}))
        .await;
    app.ingest("u", &fixture("x-credits-depleted-416.json")).await;
    let raw = sink.wait_for(1).await.remove(0);
    let message = MessageParser::default().parse(&raw).expect("parse");
    let local = unsubscribe_link(&message, &app);

    let page = app.client.get(&local).send().await.expect("page");
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/html")
    );
    let html = page.text().await.expect("html");
    assert!(html.contains(r#"lang="es""#) && html.contains("<form method=\"post\""));
    let shown = app.get_json("/v1/users/u/preferences").await;
    assert_eq!(
        shown["email"]["billing"], true,
        "showing the page changes nothing"
    );

    for _ in 0..2 {
        let one_click = app
            .client
            .post(&local)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("post");
        assert_eq!(one_click.status(), StatusCode::OK, "idempotent");
    }
    let shown = app.get_json("/v1/users/u/preferences").await;
    assert_eq!(shown["email"]["billing"], false);
    assert_eq!(shown["email"]["account"], true, "only the email's category");

    let (prefix, token) = local.split_once("token=").expect("token");
    let tampered = format!(
        "{prefix}token={}x{}",
        &token[..token.len() / 2],
        &token[token.len() / 2 + 1..]
    );
    let refused = app
        .client
        .post(&tampered)
        .header("accept-language", "de")
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.expect("html").contains(r#"lang="de""#));
    let missing = app.client.get(app.url("/unsubscribe")).send().await.expect("get");
    assert_eq!(missing.status(), StatusCode::BAD_REQUEST);
    let twice = app
        .client
        .get(format!("{local}&token=again"))
        .send()
        .await
        .expect("get");
    assert_eq!(twice.status(), StatusCode::BAD_REQUEST);
    assert!(
        twice.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/html")
    );
}

/// An old unsubscribe link of a deleted user opens nothing and does not bring the user back,
/// not even once a new user has the same id; revoking a user's tokens retires their links too,
/// and the next email carries a link that works.
#[tokio::test]
async fn unsubscribe_links_stop_working_when_their_user_is_deleted_or_revoked() {
    let (sink, addr) = Sink::start();
    let app = app_with_sink(addr.port(), "").await;
    let link_of = |raw: &[u8]| unsubscribe_link(&MessageParser::default().parse(raw).expect("parse"), &app);
    app.put_user("gone", json!({"email": "gone@example.com"})).await;
    app.ingest("gone", &fixture("x-credits-depleted-416.json")).await;
    let old = link_of(&sink.wait_for(1).await[0]);
    assert_eq!(
        app.client.get(&old).send().await.expect("get").status(),
        StatusCode::OK
    );

    let revoked = app.post("/v1/users/gone/revoke-tokens").await;
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    for answer in [
        app.client.get(&old).send().await.expect("get"),
        app.client.post(&old).send().await.expect("post"),
    ] {
        assert_eq!(
            answer.status(),
            StatusCode::BAD_REQUEST,
            "a revoked link is invalid"
        );
    }
    assert_eq!(
        app.get_json("/v1/users/gone/preferences").await["email"]["billing"],
        true,
        "the revoked link changed nothing"
    );
    app.ingest("gone", &fixture("facebook-auth-161.json")).await;
    let fresh = link_of(&sink.wait_for(2).await[1]);
    assert_eq!(
        app.client.get(&fresh).send().await.expect("get").status(),
        StatusCode::OK
    );

    let deleted = app
        .client
        .delete(app.url("/v1/users/gone"))
        .bearer_auth(&app.key)
        .send()
        .await;
    assert!(deleted.expect("delete").status().is_success());
    let answer = app.client.post(&fresh).send().await.expect("post");
    assert_eq!(
        answer.status(),
        StatusCode::BAD_REQUEST,
        "a deleted user's link is invalid"
    );
    assert_eq!(app.get("/v1/users/gone").await.status(), StatusCode::NOT_FOUND);
    app.put_user("gone", json!({"email": "new@example.com"})).await;
    let answer = app.client.post(&fresh).send().await.expect("post");
    assert_eq!(
        answer.status(),
        StatusCode::BAD_REQUEST,
        "nor does it work for a new user with the same id"
    );
}

/// The message's `List-Unsubscribe` link, pointed at this test's herald instead of the
/// configured public URL.
pub fn unsubscribe_link(message: &Message<'_>, app: &TestApp) -> String {
    let link = message
        .header_raw("List-Unsubscribe")
        .expect("List-Unsubscribe")
        .trim()
        .trim_matches(['<', '>']);
    let path = &link[link.find("/unsubscribe").expect("unsubscribe path")..];
    app.url(path)
}
