//! `GET /openapi.json` against what herald really answers: a tour calls every operation, with
//! good input and bad, and checks each answer against the document: its status is documented,
//! its content type is one documented for that status, a JSON body is valid against the
//! documented schema (JSON Schema 2020-12, formats included), and a problem's type is one the
//! status names. The toured operations must be all the document has, so a new route without
//! a tour stop fails here.

use std::collections::BTreeSet;

use mail_parser::MessageParser;
use reqwest::header::{CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use reqwest::{RequestBuilder, StatusCode};
use serde_json::{Value, json};

use crate::email::{mailing_to, unsubscribe_link};
use crate::helpers::{TestApp, fixture, inbox_token, spawn_with};
use crate::smtp::Sink;
use crate::webhooks::hex_signature;

const SECRET: &str = "ayrshare-webhook-secret";
const REF: &str = "140b8700bd6ade089b242d845e268fb886130c53";

/// The document, and the operations the tour has checked answers of.
struct Contract {
    document: Value,
    toured: BTreeSet<String>,
}

/// An answer, read whole (a stream's only to its headers).
struct Answer {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Answer {
    fn header(&self, name: impl reqwest::header::AsHeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

impl Contract {
    async fn of(app: &TestApp) -> Self {
        let response = app.client.get(app.url("/openapi.json")).send().await;
        let document: Value = response.expect("answers").json().await.expect("json");
        assert_eq!(document["openapi"], "3.1.0");
        let mut dangling = Vec::new();
        dangling_refs(&document, &document["components"]["schemas"], &mut dangling);
        assert!(dangling.is_empty(), "references to no schema: {dangling:?}");
        Self {
            document,
            toured: BTreeSet::new(),
        }
    }

    /// Sends `request` to the operation at `template`, checks the answer against the
    /// document, and returns it.
    async fn call(&mut self, template: &str, request: RequestBuilder) -> Answer {
        let (client, request) = request.build_split();
        let request = request.expect("request");
        let method = request.method().as_str().to_ascii_lowercase();
        let response = client.execute(request).await.expect("herald answers");
        let status = response.status();
        let headers = response.headers().clone();
        let essence = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or_default().trim().to_owned());
        let operation = &self.document["paths"][template][&method];
        let id = operation["operationId"]
            .as_str()
            .unwrap_or_else(|| panic!("{method} {template} is not in the document"))
            .to_owned();
        let documented = &operation["responses"][status.as_str()];
        assert!(documented.is_object(), "{id}: {status} is not documented");
        let content = documented["content"].as_object();
        let body = match essence.as_deref() {
            None => {
                let bytes = response.bytes().await.expect("body");
                assert!(bytes.is_empty(), "{id} {status}: a body without a content type");
                assert!(content.is_none_or(|c| c.is_empty()), "{id} {status}: no body");
                Value::Null
            }
            Some(essence) => {
                let schema = content
                    .and_then(|c| c.get(essence))
                    .unwrap_or_else(|| panic!("{id} {status}: {essence} is not documented"))["schema"]
                    .clone();
                if essence == "text/event-stream" {
                    Value::Null
                } else {
                    let bytes = response.bytes().await.expect("body");
                    let body = if essence.ends_with("json") {
                        serde_json::from_slice(&bytes).expect("a JSON body")
                    } else {
                        Value::String(String::from_utf8(bytes.to_vec()).expect("utf-8 text"))
                    };
                    self.validate(&id, status, &schema, &body);
                    body
                }
            }
        };
        if let Some(kind) = body["type"]
            .as_str()
            .and_then(|t| t.strip_prefix("urn:herald:problem:"))
        {
            let named = documented["description"].as_str().unwrap_or_default();
            assert!(
                named.contains(&format!("`{kind}`")),
                "{id} {status}: problem {kind} is not among {named}"
            );
        }
        self.toured.insert(id);
        Answer {
            status,
            headers,
            body,
        }
    }

    fn validate(&self, id: &str, status: StatusCode, schema: &Value, body: &Value) {
        let schema = json!({"components": self.document["components"], "allOf": [schema]});
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{id} {status}: the schema does not compile: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{id} {status}: {errors:#?}\n{body:#}");
    }

    /// Every operation in the document has been toured.
    fn assert_complete(&self) {
        let all: BTreeSet<String> = self.document["paths"]
            .as_object()
            .expect("paths")
            .values()
            .flat_map(|item| item.as_object().expect("path item").values())
            .filter_map(|operation| operation["operationId"].as_str().map(str::to_owned))
            .collect();
        let missing: Vec<_> = all.difference(&self.toured).collect();
        assert!(missing.is_empty(), "operations without a tour stop: {missing:?}");
    }
}

/// Every `$ref` in `value` that names no schema of `schemas`.
fn dangling_refs(value: &Value, schemas: &Value, dangling: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref").and_then(Value::as_str) {
                let name = target.strip_prefix("#/components/schemas/");
                if name.is_none_or(|name| schemas.get(name).is_none()) {
                    dangling.push(target.to_owned());
                }
            }
            map.values().for_each(|v| dangling_refs(v, schemas, dangling));
        }
        Value::Array(items) => items.iter().for_each(|v| dangling_refs(v, schemas, dangling)),
        _ => {}
    }
}

#[tokio::test]
async fn every_operation_answers_as_the_document_says() {
    let (sink, smtp) = Sink::start();
    // `mailing_to` ends in `[email]`: the webhook secret goes in a table of its own.
    let app = spawn_with(&format!(
        "{}\n[webhooks]\nayrshare_secrets = '{SECRET}'\n",
        mailing_to(smtp.port(), "")
    ))
    .await;
    let mut api = Contract::of(&app).await;
    let c = &app.client;
    let url = |path: &str| app.url(path);
    let key = app.key.as_str();

    // Operations.
    for (template, path) in [("/healthz", "/healthz"), ("/readyz", "/readyz")] {
        assert_eq!(api.call(template, c.get(url(path))).await.status, StatusCode::OK);
    }
    let metrics = api
        .call("/metrics", c.get(url("/metrics")).bearer_auth(key))
        .await;
    assert_eq!(metrics.status, StatusCode::OK);
    let refused = api
        .call("/metrics", c.get(url("/metrics")).bearer_auth("wrong"))
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    api.call("/openapi.json", c.get(url("/openapi.json"))).await;

    // Users.
    let profile = json!({"email": "u@example.com", "locale": "fr", "timezone": "Europe/Paris",
                         "ayrshare_ref_ids": [REF]});
    let user = "/v1/users/{user_id}";
    let created = api
        .call(user, c.put(url("/v1/users/u")).bearer_auth(key).json(&profile))
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let replaced = api
        .call(user, c.put(url("/v1/users/u")).bearer_auth(key).json(&profile))
        .await;
    assert_eq!(replaced.status, StatusCode::OK);
    let unsendable = json!({"email": "\"a b\"@example.com"});
    let refused = api
        .call(user, c.put(url("/v1/users/v")).bearer_auth(key).json(&unsendable))
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    app.put_user("v", json!({"locale": "de"})).await;
    assert_eq!(
        api.call(user, c.get(url("/v1/users/u")).bearer_auth(key))
            .await
            .status,
        StatusCode::OK
    );
    let unknown = api
        .call(user, c.get(url("/v1/users/nobody")).bearer_auth(key))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let dotted = api.call(user, c.get(url("/v1/users/..")).bearer_auth(key)).await;
    assert!(dotted.status.is_client_error());

    // Ingest, from a service and from Ayrshare.
    let results = "/v1/users/{user_id}/results";
    let post = |body: String| {
        c.post(url("/v1/users/u/results"))
            .bearer_auth(key)
            .header(CONTENT_TYPE, "application/json")
            .body(body)
    };
    let accepted = api
        .call(results, post(fixture("x-credits-depleted-416.json")))
        .await;
    assert_eq!(accepted.status, StatusCode::ACCEPTED);
    assert_eq!(
        api.call(results, post("{\"status\":".into())).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        api.call(results, post("[]".into())).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let as_text = c.post(url("/v1/users/u/results")).bearer_auth(key).body("{}");
    assert_eq!(
        api.call(results, as_text).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let anonymous = c
        .post(url("/v1/users/u/results"))
        .header(CONTENT_TYPE, "application/json")
        .body("{}");
    assert_eq!(
        api.call(results, anonymous).await.status,
        StatusCode::UNAUTHORIZED
    );

    let webhook = "/v1/webhooks/ayrshare";
    let hook = |ref_id: &str, hook_id: &str| {
        let body = json!({"action": "social", "type": "unlink", "source": "system",
            "platform": "facebook", "refId": ref_id, "hookId": hook_id,
            "created": "2026-12-02T10:00:00Z", "code": 200, "displayName": "Acme"})
        .to_string();
        c.post(url(webhook))
            .header(CONTENT_TYPE, "application/json")
            .header("x-authorization-content-sha256", hex_signature(SECRET, &body))
            .body(body)
    };
    assert_eq!(api.call(webhook, hook(REF, "h1")).await.status, StatusCode::OK);
    assert_eq!(
        api.call(webhook, hook("unclaimed-ref", "h2")).await.status,
        StatusCode::OK
    );
    let unsigned = c
        .post(url(webhook))
        .header(CONTENT_TYPE, "application/json")
        .body("{}");
    assert!(api.call(webhook, unsigned).await.status.is_client_error());
    let unrouted = "/v1/webhooks/ayrshare/unrouted";
    let listed = api.call(unrouted, c.get(url(unrouted)).bearer_auth(key)).await;
    assert!(
        !listed.body["items"].as_array().expect("items").is_empty(),
        "{}",
        listed.body
    );

    // The catalog.
    api.call("/v1/catalog", c.get(url("/v1/catalog")).bearer_auth(key))
        .await;
    let explain = |body: String| {
        c.post(url("/v1/explain"))
            .bearer_auth(key)
            .header(CONTENT_TYPE, "application/json")
            .body(body)
    };
    let explained = api
        .call("/v1/explain", explain(fixture("facebook-auth-161.json")))
        .await;
    assert_eq!(explained.status, StatusCode::OK);
    assert!(
        api.call("/v1/explain", explain("null".into()))
            .await
            .status
            .is_client_error()
    );

    // The inbox, as the operator and as the user.
    let token = inbox_token(&app, "u").await;
    let minted = api
        .call(
            "/v1/users/{user_id}/inbox-token",
            c.post(url("/v1/users/u/inbox-token")).bearer_auth(key),
        )
        .await;
    assert_eq!(minted.status, StatusCode::OK);
    let other = inbox_token(&app, "v").await;
    let inbox = "/v1/users/{user_id}/inbox";
    let page = api
        .call(inbox, c.get(url("/v1/users/u/inbox")).bearer_auth(&token))
        .await;
    let item = page.body["items"][0]["id"].as_str().expect("an item").to_owned();
    let etag = page.header(ETAG).to_owned();
    let version = page.body["version"].as_i64().expect("version");
    let unchanged = api
        .call(
            inbox,
            c.get(url("/v1/users/u/inbox"))
                .bearer_auth(&token)
                .header(IF_NONE_MATCH, &etag),
        )
        .await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    let foreign = api
        .call(inbox, c.get(url("/v1/users/u/inbox")).bearer_auth(&other))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    let bad_query = api
        .call(
            inbox,
            c.get(url("/v1/users/u/inbox?limit=zzz")).bearer_auth(&token),
        )
        .await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    let counts = "/v1/users/{user_id}/inbox/counts";
    let answer = api
        .call(counts, c.get(url("/v1/users/u/inbox/counts")).bearer_auth(&token))
        .await;
    let etag = answer.header(ETAG).to_owned();
    let unchanged = api
        .call(
            counts,
            c.get(url("/v1/users/u/inbox/counts"))
                .bearer_auth(&token)
                .header(IF_NONE_MATCH, &etag),
        )
        .await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    let change = "/v1/users/{user_id}/inbox/{id}/{change}";
    let read = api
        .call(
            change,
            c.post(url(&format!("/v1/users/u/inbox/{item}/read")))
                .bearer_auth(&token),
        )
        .await;
    assert_eq!(read.status, StatusCode::NO_CONTENT);
    let absent = format!("/v1/users/u/inbox/{}/read", uuid::Uuid::nil());
    assert_eq!(
        api.call(change, c.post(url(&absent)).bearer_auth(&token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for (template, path) in [
        ("/v1/users/{user_id}/inbox/read-all", "/v1/users/u/inbox/read-all"),
        ("/v1/users/{user_id}/inbox/seen-all", "/v1/users/u/inbox/seen-all"),
    ] {
        assert_eq!(
            api.call(template, c.post(url(path)).bearer_auth(&token))
                .await
                .status,
            StatusCode::OK
        );
    }
    let changes = "/v1/users/{user_id}/inbox/changes";
    let feed = api
        .call(
            changes,
            c.get(url(&format!("/v1/users/u/inbox/changes?since={version}")))
                .bearer_auth(&token),
        )
        .await;
    assert!(
        !feed.body["changes"].as_array().expect("changes").is_empty(),
        "{}",
        feed.body
    );
    let before_the_user = api
        .call(
            changes,
            c.get(url("/v1/users/u/inbox/changes?since=0"))
                .bearer_auth(&token),
        )
        .await;
    assert_eq!(before_the_user.status, StatusCode::GONE);
    let stream = format!("/v1/users/u/inbox/stream?token={token}");
    let opened = api
        .call("/v1/users/{user_id}/inbox/stream", c.get(url(&stream)))
        .await;
    assert_eq!(opened.status, StatusCode::OK);
    let stream = format!("/v1/users/u/inbox/stream?token={other}");
    let foreign = api
        .call("/v1/users/{user_id}/inbox/stream", c.get(url(&stream)))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);

    // The component.
    let script = api.call("/v1/inbox.js", c.get(url("/v1/inbox.js"))).await;
    let etag = script.header(ETAG).to_owned();
    let cached = api
        .call(
            "/v1/inbox.js",
            c.get(url("/v1/inbox.js")).header(IF_NONE_MATCH, &etag),
        )
        .await;
    assert_eq!(cached.status, StatusCode::NOT_MODIFIED);
    let texts = "/v1/users/{user_id}/inbox/texts";
    let answer = api
        .call(texts, c.get(url("/v1/users/u/inbox/texts")).bearer_auth(&token))
        .await;
    let etag = answer.header(ETAG).to_owned();
    let cached = api
        .call(
            texts,
            c.get(url("/v1/users/u/inbox/texts"))
                .bearer_auth(&token)
                .header(IF_NONE_MATCH, &etag),
        )
        .await;
    assert_eq!(cached.status, StatusCode::NOT_MODIFIED);

    // Preferences.
    let preferences = "/v1/users/{user_id}/preferences";
    api.call(
        preferences,
        c.get(url("/v1/users/u/preferences")).bearer_auth(key),
    )
    .await;
    let muted = json!({"inbox": {"analytics": false}});
    let put = api
        .call(
            preferences,
            c.put(url("/v1/users/u/preferences"))
                .bearer_auth(key)
                .json(&muted),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK);
    let nonsense = json!({"email": {"nonsense": false}});
    let refused = api
        .call(
            preferences,
            c.put(url("/v1/users/u/preferences"))
                .bearer_auth(key)
                .json(&nonsense),
        )
        .await;
    assert!(refused.status.is_client_error());

    // Deliveries, once the email is out, and its unsubscribe link.
    let raw = sink.wait_for(1).await.remove(0);
    let link = unsubscribe_link(&MessageParser::default().parse(&raw).expect("mail"), &app);
    let listing = api
        .call(
            "/v1/deliveries",
            c.get(url("/v1/deliveries?user=u")).bearer_auth(key),
        )
        .await;
    let delivery = listing.body["items"][0]["id"]
        .as_str()
        .expect("a delivery")
        .to_owned();
    let bad_cursor = api
        .call(
            "/v1/deliveries",
            c.get(url("/v1/deliveries?after=zzz")).bearer_auth(key),
        )
        .await;
    assert_eq!(bad_cursor.status, StatusCode::BAD_REQUEST);
    let one = "/v1/deliveries/{id}";
    let found = api
        .call(
            one,
            c.get(url(&format!("/v1/deliveries/{delivery}"))).bearer_auth(key),
        )
        .await;
    assert_eq!(found.status, StatusCode::OK);
    let missing = api
        .call(one, c.get(url("/v1/deliveries/nothing-here")).bearer_auth(key))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let retry = format!("/v1/deliveries/{delivery}/retry");
    let refused = api
        .call("/v1/deliveries/{id}/retry", c.post(url(&retry)).bearer_auth(key))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::CONFLICT,
        "a sent or pending delivery is not retried"
    );

    let page = api.call("/unsubscribe", c.get(&link)).await;
    assert_eq!(page.status, StatusCode::OK);
    let done = api
        .call(
            "/unsubscribe",
            c.post(&link)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click"),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    let invalid = api
        .call("/unsubscribe", c.get(url("/unsubscribe?token=forged")))
        .await;
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);

    // The end of a user.
    let export = api
        .call(
            "/v1/users/{user_id}/export",
            c.get(url("/v1/users/u/export")).bearer_auth(key),
        )
        .await;
    assert_eq!(export.status, StatusCode::OK);
    let revoke = "/v1/users/{user_id}/revoke-tokens";
    assert_eq!(
        api.call(revoke, c.post(url("/v1/users/u/revoke-tokens")).bearer_auth(key))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let revoked = api
        .call(inbox, c.get(url("/v1/users/u/inbox")).bearer_auth(&token))
        .await;
    assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        api.call(user, c.delete(url("/v1/users/u")).bearer_auth(key))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        api.call(user, c.delete(url("/v1/users/u")).bearer_auth(key))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    api.assert_complete();
}
