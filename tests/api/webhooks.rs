//! Ayrshare's webhooks through real HTTP: signatures in every accepted form, routing by refId,
//! deliveries kept until a user claims their refId, replays, every action, bad input; and
//! Standard Webhooks signatures on `POST /v1/users/{id}/results`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::Sha256;

use crate::helpers::{TestApp, assert_problem, spawn_with};

/// Request headers, as a test sends them.
type Headers = Vec<(&'static str, String)>;
/// How a case signs its body.
type Signing = Box<dyn Fn(&str) -> Headers>;

const OLD: &str = "ayrshare-old-secret";
const NEW: &str = "ayrshare-new-secret";
const REF: &str = "140b8700bd6ade089b242d845e268fb886130c53";

async fn app() -> TestApp {
    spawn_with(&format!("[webhooks]\nayrshare_secrets = '{OLD}, {NEW}'\n")).await
}

fn mac(secret: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("key");
    parts.iter().for_each(|part| mac.update(part));
    mac.finalize().into_bytes().to_vec()
}

pub fn hex_signature(secret: &str, body: &str) -> String {
    hex::encode(mac(secret.as_bytes(), &[body.as_bytes()]))
}

/// POSTs a webhook body with exactly these headers (no API key).
async fn deliver(app: &TestApp, body: &str, headers: &[(&str, String)]) -> reqwest::Response {
    app.post_unauthenticated("/v1/webhooks/ayrshare", body, headers)
        .await
}

/// POSTs a webhook signed the way Ayrshare does (hex HMAC of the body with the new secret).
async fn signed(app: &TestApp, body: &Value, extra: &[(&str, String)]) -> reqwest::Response {
    let body = body.to_string();
    let mut headers = vec![("x-authorization-content-sha256", hex_signature(NEW, &body))];
    headers.extend(extra.iter().cloned());
    deliver(app, &body, &headers).await
}

async fn signed_ok(app: &TestApp, body: &Value) -> Value {
    let response = signed(app, body, &[]).await;
    assert_eq!(response.status(), StatusCode::OK, "{body}");
    response.json().await.expect("json")
}

async fn unrouted(app: &TestApp, query: &str) -> Value {
    app.get_json(&format!("/v1/webhooks/ayrshare/unrouted{query}"))
        .await
}

async fn claim(app: &TestApp, user: &str, ref_ids: &[&str]) -> reqwest::Response {
    app.put_json(
        &format!("/v1/users/{user}"),
        &json!({"timezone": "Europe/Paris", "locale": "fr", "ayrshare_ref_ids": ref_ids}),
    )
    .await
}

fn items(inbox: &Value) -> Vec<Value> {
    inbox["items"].as_array().expect("items").clone()
}

fn social(kind: &str, platform: &str, hook: &str) -> Value {
    json!({"action": "social", "type": kind, "source": "system", "platform": platform,
           "refId": REF, "hookId": hook, "created": "2026-12-02T10:00:00Z", "code": 200,
           "details": {"status": "error", "code": 349, "message": "Account locked"},
           "displayName": "Acme", "title": "Acme Client"})
}

#[tokio::test]
async fn signatures_are_checked_in_every_form_ayrshare_uses() {
    let app = app().await;
    let body = |n: usize| json!({"action": "feed", "refId": "nobody", "hookId": format!("h{n}")}).to_string();
    let cases: Vec<(&str, Signing, StatusCode)> = vec![
        (
            "hex, new secret",
            Box::new(|b: &str| vec![("x-authorization-content-sha256", hex_signature(NEW, b))]),
            StatusCode::OK,
        ),
        (
            "hex, old secret during a rotation",
            Box::new(|b: &str| vec![("x-authorization-content-sha256", hex_signature(OLD, b))]),
            StatusCode::OK,
        ),
        (
            "base64",
            Box::new(|b: &str| {
                vec![(
                    "x-authorization-content-sha256",
                    STANDARD.encode(mac(NEW.as_bytes(), &[b.as_bytes()])),
                )]
            }),
            StatusCode::OK,
        ),
        (
            "V2 list, second entry matches",
            Box::new(|b: &str| {
                vec![(
                    "x-authorization-content-sha256-v2",
                    format!("v1={},v1={}", hex_signature("retired", b), hex_signature(OLD, b)),
                )]
            }),
            StatusCode::OK,
        ),
        (
            "V2 list, nothing matches",
            Box::new(|b: &str| {
                vec![(
                    "x-authorization-content-sha256-v2",
                    format!("v1={}", hex_signature("retired", b)),
                )]
            }),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "a secret herald does not hold",
            Box::new(|b: &str| vec![("x-authorization-content-sha256", hex_signature("someone-else", b))]),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "the signature of another body",
            Box::new(|_: &str| vec![("x-authorization-content-sha256", hex_signature(NEW, "{}"))]),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "no signature",
            Box::new(|_: &str| vec![]),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "garbage",
            Box::new(|_: &str| vec![("x-authorization-content-sha256", "not a signature".to_owned())]),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "an API key is no signature",
            Box::new(|_: &str| vec![("authorization", "Bearer hk_x".to_owned())]),
            StatusCode::UNAUTHORIZED,
        ),
    ];
    let mut accepted = 0;
    for (n, (name, headers, status)) in cases.iter().enumerate() {
        let body = body(n);
        let response = deliver(&app, &body, &headers(&body)).await;
        if *status == StatusCode::OK {
            assert_eq!(response.status(), StatusCode::OK, "{name}");
            accepted += 1;
        } else {
            let problem = assert_problem(response, *status).await;
            assert_eq!(problem["type"], "urn:herald:problem:unauthorized", "{name}");
        }
        let kept = unrouted(&app, "").await;
        assert_eq!(
            kept["items"].as_array().expect("items").len(),
            accepted,
            "{name}: only signed deliveries are kept"
        );
    }
}

#[tokio::test]
async fn without_a_secret_the_route_says_how_to_configure_it() {
    let app = spawn_with("").await;
    let body = json!({"action": "social"}).to_string();
    let response = deliver(
        &app,
        &body,
        &[("x-authorization-content-sha256", hex_signature(NEW, &body))],
    )
    .await;
    let problem = assert_problem(response, StatusCode::FORBIDDEN).await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("HERALD_WEBHOOKS__AYRSHARE_SECRETS"),
        "{problem}"
    );
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    let app = app().await;
    let cases: [(&str, &str, StatusCode, &str); 5] = [
        ("empty", "", StatusCode::BAD_REQUEST, "invalid-json"),
        (
            "not JSON",
            "action=social",
            StatusCode::BAD_REQUEST,
            "invalid-json",
        ),
        (
            "JSON without an action",
            r#"{"refId":"r","type":"link"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-webhook",
        ),
        (
            "an array",
            r#"[{"action":"social"}]"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-webhook",
        ),
        (
            "an action that is no text",
            r#"{"action":{"a":1}}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-webhook",
        ),
    ];
    for (name, body, status, kind) in cases {
        let response = deliver(
            &app,
            body,
            &[("x-authorization-content-sha256", hex_signature(NEW, body))],
        )
        .await;
        let problem = assert_problem(response, status).await;
        assert_eq!(problem["type"], format!("urn:herald:problem:{kind}"), "{name}");
    }
    assert_eq!(unrouted(&app, "").await["items"], json!([]));
    // An action herald does not know is no bad input.
    let later = signed_ok(&app, &json!({"action": "aiSummaries", "refId": "r"})).await;
    assert_eq!(later["routed"], false);
}

#[tokio::test]
async fn every_action_produces_what_it_means() {
    let app = app().await;
    // (name, body, kinds in the inbox afterwards)
    let cases: Vec<(&str, Value, Vec<&str>)> = vec![
        (
            "scheduled, an error",
            json!({"action": "scheduled", "status": "error", "id": "p1",
            "errors": [{"code": 138, "platform": "instagram",
                "message": "Instagram Error: The image with aspect ratio ('1440/2158',) cannot be published."}]}),
            vec!["media-aspect-ratio"],
        ),
        (
            "scheduled, a partial success",
            json!({"action": "scheduled", "status": "error", "id": "p2",
            "errors": [{"code": 441, "platform": "twitter", "message": "Caption enhancement failed for twitter"}],
            "postIds": [{"status": "success", "platform": "facebook", "id": "f1"}]}),
            vec!["caption-enhancement-failed"],
        ),
        (
            "scheduled, TikTok published",
            json!({"action": "scheduled", "subAction": "tikTokPublished",
            "status": "success", "id": "p3", "errors": [],
            "postIds": [{"status": "success", "platform": "tiktok", "id": "t1"}]}),
            vec!["post-published"],
        ),
        (
            "social, Ayrshare unlinked",
            social("unlink", "tiktok", "s1"),
            vec!["account-disconnected"],
        ),
        (
            "social, the user unlinked",
            json!({"action": "social", "type": "unlink", "source": "user",
            "platform": "tiktok", "refId": REF}),
            vec![],
        ),
        (
            "social, a refresh is due",
            json!({"action": "social", "type": "refresh", "platform": "instagram",
            "refreshBy": "2030-12-20T12:00:00Z", "refId": REF}),
            vec!["account-refresh-due"],
        ),
        (
            "messages",
            json!({"action": "messages", "subAction": "messageCreated", "refId": REF,
            "message": {"text": "hi", "platform": "facebook"}}),
            vec![],
        ),
        (
            "comments",
            json!({"action": "comments", "refId": REF, "postId": "p", "text": "nice"}),
            vec![],
        ),
        (
            "an action Ayrshare adds later",
            json!({"action": "somethingNew", "refId": REF}),
            vec![],
        ),
    ];
    for (n, (name, mut body, expected)) in cases.into_iter().enumerate() {
        let user = format!("u{n}");
        let ref_id = format!("ref-{n}");
        body["refId"] = json!(ref_id);
        assert_eq!(claim(&app, &user, &[&ref_id]).await.status(), StatusCode::CREATED);
        let answer = signed_ok(&app, &body).await;
        assert_eq!(answer["routed"], true, "{name}");
        assert_eq!(answer["user_id"], user.as_str(), "{name}");
        assert!(
            answer["event_id"].is_string(),
            "{name}: stored as an event: {answer}"
        );
        let kinds: Vec<String> = items(&app.inbox(&user, "").await)
            .iter()
            .map(|i| i["kind"].as_str().expect("kind").to_owned())
            .collect();
        assert_eq!(kinds, expected, "{name}");
    }
    // What the user reads: Ayrshare's reason, and the deadline on their clock, in their language.
    let unlinked = &items(&app.inbox("u3", "").await)[0];
    assert!(
        unlinked["details"]
            .as_str()
            .expect("details")
            .contains("Account locked"),
        "{unlinked}"
    );
    let refresh = &items(&app.inbox("u5", "").await)[0];
    let title = refresh["title"].as_str().expect("title");
    assert!(title.starts_with("Reconnectez Instagram avant le"), "{title}");
    assert!(
        title.contains("2030") && title.contains("13:00"),
        "12:00 UTC is 13:00 in Paris: {title}"
    );
    assert_eq!(refresh["category"], "account");
    assert_eq!(refresh["severity"], "action_required");
}

/// The bodies Ayrshare's documentation shows, verbatim, byte for byte as signed.
#[tokio::test]
async fn the_documented_bodies_are_understood() {
    let app = app().await;
    claim(&app, "u", &[REF]).await;
    let fixture = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/webhooks")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    // Instagram in trouble first, so that the documented link has something to resolve.
    signed_ok(&app, &social("unlink", "instagram", "before")).await;
    for (name, published, resolved) in [
        ("scheduled-tiktok-published.json", true, false),
        ("social-link.json", false, true),
    ] {
        let body = fixture(name);
        let response = deliver(
            &app,
            &body,
            &[("x-authorization-content-sha256", hex_signature(NEW, &body))],
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK, "{name}");
        let answer: Value = response.json().await.expect("json");
        assert_eq!(answer["routed"], true, "{name}");
        let kinds: Vec<&str> = answer["notifications"]
            .as_array()
            .expect("notifications")
            .iter()
            .map(|n| n["kind"].as_str().expect("kind"))
            .collect();
        assert_eq!(kinds == ["post-published"], published, "{name}: {answer}");
        assert_eq!(
            answer["resolved"].as_array().is_some_and(|r| r.len() == 1),
            resolved,
            "{name}: {answer}"
        );
    }
    let again = fixture("social-link.json");
    let replay = deliver(
        &app,
        &again,
        &[("x-authorization-content-sha256", hex_signature(OLD, &again))],
    )
    .await;
    assert_eq!(
        replay.headers()["idempotent-replayed"],
        "true",
        "its hookId identifies it"
    );
}

#[tokio::test]
async fn a_link_resolves_account_problems_and_only_a_link_resolves_a_refresh() {
    let app = app().await;
    claim(&app, "u", &[REF]).await;
    signed_ok(&app, &social("unlink", "tiktok", "a")).await;
    signed_ok(
        &app,
        &json!({"action": "social", "type": "refresh", "platform": "instagram",
        "refreshBy": "2030-12-20T12:00:00Z", "refId": REF, "hookId": "b"}),
    )
    .await;
    // Publishing on Instagram does not renew the connection.
    signed_ok(
        &app,
        &json!({"action": "scheduled", "status": "success", "id": "p", "refId": REF,
        "postIds": [{"status": "success", "platform": "instagram", "id": "i"}]}),
    )
    .await;
    let state = |inbox: &Value, kind: &str| {
        items(inbox)
            .into_iter()
            .find(|i| i["kind"] == kind)
            .map(|i| i["state"].as_str().expect("state").to_owned())
    };
    let inbox = app.inbox("u", "").await;
    assert_eq!(state(&inbox, "account-disconnected").as_deref(), Some("open"));
    assert_eq!(state(&inbox, "account-refresh-due").as_deref(), Some("open"));
    signed_ok(&app, &social("link", "tiktok", "c")).await;
    signed_ok(&app, &social("link", "instagram", "d")).await;
    let inbox = app.inbox("u", "").await;
    assert_eq!(state(&inbox, "account-disconnected").as_deref(), Some("resolved"));
    assert_eq!(state(&inbox, "account-refresh-due").as_deref(), Some("resolved"));
}

#[tokio::test]
async fn a_repeated_delivery_returns_the_first_answer_and_changes_nothing() {
    let app = app().await;
    claim(&app, "u", &[REF]).await;
    let attempt = |id: &str, n: &str| {
        vec![
            ("x-ayrshare-delivery-id", id.to_owned()),
            ("x-ayrshare-delivery-attempt", n.to_owned()),
        ]
    };
    // (how the repeat is recognised, the body, the headers of the first and the second attempt)
    let mut failed = social("unlink", "tiktok", "hook-1");
    // The delivery headers are not signed: a new value does not make a captured body new.
    let new_header = (failed.clone(), attempt("d-1", "1"), attempt("d-forged", "2"));
    failed["hookId"] = json!("hook-2");
    let by_hook_id = (failed.clone(), vec![], vec![]);
    failed.as_object_mut().expect("object").remove("hookId");
    failed["platform"] = json!("facebook");
    let by_body = (failed, vec![], vec![]);
    for (name, (body, first, second)) in [
        ("hookId, whatever the headers", new_header),
        ("hookId", by_hook_id),
        ("body hash", by_body),
    ] {
        let answer = signed(&app, &body, &first).await;
        assert_eq!(answer.status(), StatusCode::OK, "{name}");
        assert!(answer.headers().get("idempotent-replayed").is_none(), "{name}");
        let answer: Value = answer.json().await.expect("json");
        let again = signed(&app, &body, &second).await;
        assert_eq!(again.headers()["idempotent-replayed"], "true", "{name}");
        assert_eq!(again.json::<Value>().await.expect("json"), answer, "{name}");
    }
    // Concurrent repeats, routed and kept alike.
    for (ref_id, hook) in [(REF, "burst-routed"), ("nobody-yet", "burst-kept")] {
        let mut body = social("unlink", "linkedin", hook);
        body["refId"] = json!(ref_id);
        let answers = futures::future::join_all((0..8).map(|_| signed(&app, &body, &[]))).await;
        let mut bodies = Vec::new();
        for answer in answers {
            assert_eq!(answer.status(), StatusCode::OK);
            bodies.push(answer.json::<Value>().await.expect("json"));
        }
        assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{hook}: {bodies:#?}");
    }
    // A hookId already delivered with another body, routed or kept: refused, nothing changes.
    for ref_id in [REF, "nobody-yet"] {
        let mut other = social(
            "unlink",
            "pinterest",
            if ref_id == REF {
                "burst-routed"
            } else {
                "burst-kept"
            },
        );
        other["refId"] = json!(ref_id);
        let problem = assert_problem(signed(&app, &other, &[]).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(
            problem["type"], "urn:herald:problem:idempotency-key-reused",
            "{ref_id}"
        );
    }
    let inbox = items(&app.inbox("u", "").await);
    assert_eq!(inbox.len(), 3, "tiktok, facebook, linkedin: {inbox:#?}");
    assert!(
        inbox
            .iter()
            .all(|i| i["occurrences"] == 2 || i["occurrences"] == 1)
    );
    let tiktok = inbox
        .iter()
        .find(|i| i["platforms"] == json!(["tiktok"]))
        .expect("tiktok");
    assert_eq!(
        tiktok["occurrences"], 2,
        "two deliveries (hook-1, hook-2), each counted once"
    );
    assert_eq!(
        unrouted(&app, "").await["items"].as_array().expect("items").len(),
        1
    );
}

#[tokio::test]
async fn an_unrouted_delivery_is_kept_listed_and_delivered_in_order_once_claimed() {
    let app = app().await;
    let unlink = social("unlink", "tiktok", "k1");
    let link = social("link", "tiktok", "k2");
    for body in [&unlink, &link] {
        let answer = signed_ok(&app, body).await;
        assert_eq!(answer["routed"], false);
        assert_eq!(answer["ref_id"], REF);
    }
    let first = unrouted(&app, "?limit=1").await;
    assert_eq!(first["items"][0]["body"], unlink, "verbatim, oldest first");
    assert_eq!(first["items"][0]["action"], "social");
    let cursor = first["next"].as_str().expect("a next page");
    let second = unrouted(&app, &format!("?limit=1&after={cursor}")).await;
    assert_eq!(second["items"][0]["body"], link);
    assert!(second.get("next").is_none(), "{second}");
    let response = app.get("/v1/webhooks/ayrshare/unrouted?after=zzz").await;
    assert_problem(response, StatusCode::BAD_REQUEST).await;

    assert_eq!(
        claim(&app, "owner", &[REF, "another-profile"]).await.status(),
        StatusCode::CREATED
    );
    let mut delivered = Vec::new();
    for _ in 0..200 {
        // Deliveries are forgotten once all of them were ingested, so the inbox read after
        // the list came back empty shows what every one of them did.
        if unrouted(&app, "").await["items"] == json!([]) {
            delivered = items(&app.inbox("owner", "").await);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert_eq!(delivered.len(), 1, "{delivered:#?}");
    assert_eq!(delivered[0]["kind"], "account-disconnected");
    assert_eq!(
        delivered[0]["state"], "resolved",
        "the link came after the unlink"
    );
    assert_eq!(unrouted(&app, "").await["items"], json!([]));
    // Ayrshare retrying a delivery that was kept: now it is the user's, and still one event.
    let again = signed(&app, &unlink, &[]).await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.expect("json")["routed"], true);
    assert_eq!(items(&app.inbox("owner", "").await).len(), 1);
}

#[tokio::test]
async fn a_delivery_after_the_claim_waits_behind_the_kept_ones() {
    let app = app().await;
    // Unlink, link, unlink, … ending with an unlink: ingested in order, TikTok is disconnected.
    for n in 0..61 {
        let kind = if n % 2 == 0 { "unlink" } else { "link" };
        signed_ok(&app, &social(kind, "tiktok", &format!("old-{n}"))).await;
    }
    assert_eq!(claim(&app, "owner", &[REF]).await.status(), StatusCode::CREATED);
    // Newer than all of them, arriving while they are being delivered: it must come last.
    let answer = signed_ok(&app, &social("link", "tiktok", "new")).await;
    let mut state = Value::Null;
    for _ in 0..400 {
        let settled = unrouted(&app, "").await["items"] == json!([]);
        state = items(&app.inbox("owner", "").await)
            .first()
            .map_or(Value::Null, |i| i["state"].clone());
        if settled {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert_eq!(
        state, "resolved",
        "the newest delivery, a link, was applied last ({answer})"
    );
}

#[tokio::test]
async fn a_ref_id_belongs_to_one_user_at_a_time() {
    let app = app().await;
    assert_eq!(claim(&app, "a", &[REF]).await.status(), StatusCode::CREATED);
    let user = app.get_json("/v1/users/a").await;
    assert_eq!(user["ayrshare_ref_ids"], json!([REF]));
    let taken = assert_problem(claim(&app, "b", &["other", REF]).await, StatusCode::CONFLICT).await;
    assert_eq!(taken["type"], "urn:herald:problem:ref-id-taken");
    assert!(
        taken["detail"].as_str().expect("detail").contains("`a`"),
        "{taken}"
    );
    assert_problem(app.get("/v1/users/b").await, StatusCode::NOT_FOUND).await;
    // Released by a PUT without it, then free to claim.
    assert_eq!(claim(&app, "a", &[]).await.status(), StatusCode::OK);
    assert_eq!(app.get_json("/v1/users/a").await["ayrshare_ref_ids"], json!([]));
    assert_eq!(claim(&app, "b", &[REF]).await.status(), StatusCode::CREATED);
    // A PUT without the field leaves the refIds as they are.
    let address_only = app
        .put_json("/v1/users/b", &json!({"email": "b@example.com"}))
        .await;
    assert_eq!(address_only.status(), StatusCode::OK);
    assert_eq!(
        app.get_json("/v1/users/b").await["ayrshare_ref_ids"],
        json!([REF])
    );
    let bad = app
        .put_json("/v1/users/c", &json!({"ayrshare_ref_ids": ["has space"]}))
        .await;
    assert_problem(bad, StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn explain_reads_webhook_bodies() {
    let app = app().await;
    let refresh = json!({"action": "social", "type": "refresh", "platform": "instagram",
        "refreshBy": "2030-12-20T12:00:00Z", "refId": REF});
    let explained: Value = app
        .post_body("/v1/explain?locale=en", &refresh.to_string(), &[])
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(explained["notifications"][0]["kind"], "account-refresh-due");
    assert!(
        explained["notifications"][0]["action"]["label"]
            .as_str()
            .expect("label")
            .starts_with("Reconnect before"),
        "{explained}"
    );
    let messages = json!({"action": "messages", "subAction": "messageCreated"});
    let response = app.post_body("/v1/explain", &messages.to_string(), &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<Value>().await.expect("json")["notifications"],
        json!([])
    );
}

mod standard {
    //! `POST /v1/users/{id}/results` signed the Standard Webhooks way.

    use super::*;

    const FIRST: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const SECOND: &str = "whsec_c2Vjb25kLXNlY3JldC1mb3ItaGVyYWxkLXRlc3Rz";

    fn key(secret: &str) -> Vec<u8> {
        STANDARD
            .decode(secret.trim_start_matches("whsec_"))
            .expect("base64")
    }

    fn sign(secret: &str, id: &str, ts: i64, body: &str) -> Headers {
        let ts = ts.to_string();
        let sig = STANDARD.encode(mac(
            &key(secret),
            &[id.as_bytes(), b".", ts.as_bytes(), b".", body.as_bytes()],
        ));
        vec![
            ("webhook-id", id.to_owned()),
            ("webhook-timestamp", ts),
            ("webhook-signature", format!("v1,{sig}")),
        ]
    }

    async fn post(app: &TestApp, body: &str, headers: &[(&str, String)]) -> reqwest::Response {
        app.post_unauthenticated("/v1/users/svc/results", body, headers)
            .await
    }

    #[tokio::test]
    async fn a_signed_result_needs_no_key() {
        let app = spawn_with(&format!("[ingest]\nsigning_secrets = '{FIRST},{SECOND}'\n")).await;
        let now = jiff::Timestamp::now().as_second();
        let body = crate::helpers::fixture("facebook-auth-161.json");
        let cases: Vec<(&str, Headers, StatusCode)> = vec![
            (
                "signed with the first secret",
                sign(FIRST, "msg_1", now, &body),
                StatusCode::ACCEPTED,
            ),
            (
                "signed with the second secret",
                sign(SECOND, "msg_2", now, &body),
                StatusCode::ACCEPTED,
            ),
            (
                "an unknown secret",
                sign("whsec_dW5rbm93bi1zZWNyZXQ=", "msg_3", now, &body),
                StatusCode::UNAUTHORIZED,
            ),
            (
                "another body",
                sign(FIRST, "msg_4", now, "{}"),
                StatusCode::UNAUTHORIZED,
            ),
            (
                "six minutes old",
                sign(FIRST, "msg_5", now - 360, &body),
                StatusCode::UNAUTHORIZED,
            ),
            (
                "six minutes ahead",
                sign(FIRST, "msg_6", now + 360, &body),
                StatusCode::UNAUTHORIZED,
            ),
            ("nothing at all", vec![], StatusCode::UNAUTHORIZED),
        ];
        for (name, headers, status) in &cases {
            let response = post(&app, &body, headers).await;
            assert_eq!(response.status(), *status, "{name}");
        }
        // webhook-id is the idempotency key; an unsigned Idempotency-Key cannot make it new.
        let mut again = sign(FIRST, "msg_1", now, &body);
        again.push(("idempotency-key", "fresh-key".to_owned()));
        let replay = post(&app, &body, &again).await;
        assert_eq!(replay.status(), StatusCode::ACCEPTED);
        assert_eq!(replay.headers()["idempotent-replayed"], "true");
        // A valid API key still works, whatever the signature headers say.
        let mut with_key = sign("whsec_dW5rbm93bi1zZWNyZXQ=", "msg_7", now, &body);
        with_key.push(("authorization", format!("Bearer {}", app.key)));
        assert_eq!(post(&app, &body, &with_key).await.status(), StatusCode::ACCEPTED);
        let inbox = items(&app.inbox("svc", "").await);
        assert_eq!(inbox.len(), 1);
        assert_eq!(
            inbox[0]["occurrences"], 3,
            "msg_1, msg_2, msg_7; the replay is not counted"
        );
    }
}
