//! The browser component's server side: its script (`GET /v1/inbox.js`) and its texts
//! (`GET …/inbox/texts`). The component itself runs in Chromium: `browser.rs`.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_problem, inbox_token, spawn_app, spawn_with};

#[tokio::test]
async fn the_script_is_a_public_module_with_a_content_etag() {
    let app = spawn_app().await;
    let script = app
        .client
        .get(app.url("/v1/inbox.js"))
        .header("origin", "https://any.example.com")
        .send()
        .await
        .expect("answer");
    assert_eq!(script.status(), StatusCode::OK);
    let headers = script.headers().clone();
    assert_eq!(headers["content-type"], "text/javascript; charset=utf-8");
    // A module from another origin is fetched with CORS.
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert!(
        headers["cache-control"]
            .to_str()
            .expect("h")
            .contains("max-age=86400")
    );
    let etag = headers["etag"].to_str().expect("etag").to_owned();
    let body = script.text().await.expect("body");
    assert_eq!(body, include_str!("../../web/inbox.js"));

    let again = app
        .client
        .get(app.url("/v1/inbox.js"))
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("answer");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()["etag"].to_str().expect("etag"), etag);
    assert!(again.text().await.expect("body").is_empty());
}

async fn texts(app: &crate::helpers::TestApp, user: &str, query: &str, language: Option<&str>) -> Value {
    let mut request = app
        .client
        .get(app.url(&format!("/v1/users/{user}/inbox/texts{query}")))
        .bearer_auth(inbox_token(app, user).await);
    if let Some(language) = language {
        request = request.header("accept-language", language);
    }
    let response = request.send().await.expect("answer");
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("json")
}

#[tokio::test]
async fn the_texts_are_in_the_viewers_language_like_the_inbox() {
    let app = spawn_app().await;
    app.put_user("karim", json!({"locale": "ar"})).await;

    // The user's own locale, right to left, with every plural category of Arabic.
    let arabic = texts(&app, "karim", "", None).await;
    assert_eq!(
        (arabic["locale"].as_str(), arabic["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
    assert_eq!(arabic["texts"]["inbox-mark-all-read"], "تعليم الكل كمقروء");
    let bell = arabic["plurals"]["inbox-bell-unread"]
        .as_object()
        .expect("variants");
    let categories: Vec<&str> = bell.keys().map(String::as_str).collect();
    assert_eq!(categories, ["few", "many", "one", "other", "two", "zero"]);
    assert!(
        bell["many"].as_str().expect("text").contains("{count}"),
        "{bell:?}"
    );
    assert!(
        !bell["one"].as_str().expect("text").contains("{count}"),
        "{bell:?}"
    );

    // Accept-Language before the profile, `locale` before both.
    let german = texts(&app, "karim", "", Some("de-AT, en;q=0.5")).await;
    assert_eq!(german["locale"], "de");
    assert_eq!(german["dir"], "ltr");
    let french = texts(&app, "karim", "?locale=fr", Some("de")).await;
    assert_eq!(french["texts"]["inbox-tab-unread"], "Non lues");
    assert_eq!(
        french["plurals"]["inbox-bell-unread"]["other"],
        "Notifications, {count} non lues"
    );

    // Every one of the component's texts, and nothing else.
    let english = texts(&app, "someone", "", Some("en")).await;
    let ids: Vec<&String> = english["texts"]
        .as_object()
        .expect("texts")
        .keys()
        .chain(english["plurals"].as_object().expect("plurals").keys())
        .collect();
    let mut source: Vec<&str> = include_str!("../../locales/en/inbox.ftl")
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
        .filter(|id| id.starts_with("inbox-"))
        .collect();
    source.sort_unstable();
    let mut ids: Vec<&str> = ids.into_iter().map(String::as_str).collect();
    ids.sort_unstable();
    assert_eq!(ids, source);
    assert_eq!(
        english["plurals"]["inbox-bell-unread"]["one"],
        "Notifications, {count} unread"
    );
}

#[tokio::test]
async fn the_texts_are_public_but_the_profile_needs_the_users_credential() {
    let app = spawn_with("[inbox]\nallowed_origins = 'http://localhost:3000'\n").await;
    app.put_user("alice", json!({"locale": "ja"})).await;
    let path = "/v1/users/alice/inbox/texts";
    let locale = |response: reqwest::Response| async move {
        assert_eq!(response.status(), StatusCode::OK);
        response.json::<Value>().await.expect("json")["locale"].clone()
    };
    // Public, so that the component can say a credential failed; the profile's locale only
    // counts with alice's own credential.
    let anonymous = app.client.get(app.url(path)).send().await.expect("answer");
    assert_eq!(locale(anonymous).await, "en");
    let bobs = inbox_token(&app, "bob").await;
    let crossed = app
        .client
        .get(app.url(path))
        .bearer_auth(&bobs)
        .send()
        .await
        .expect("answer");
    assert_eq!(locale(crossed).await, "en");
    let hers = app
        .client
        .get(app.url(path))
        .bearer_auth(&app.key)
        .send()
        .await
        .expect("answer");
    assert_eq!(locale(hers).await, "ja");
    let unknown = app.get("/v1/users/alice/inbox/texts?lang=fr").await;
    assert_problem(unknown, StatusCode::BAD_REQUEST).await;
    let bad_user = app.get("/v1/users/%0A/inbox/texts").await;
    assert_problem(bad_user, StatusCode::BAD_REQUEST).await;

    let first = app.get_with(path, "origin", "http://localhost:3000").await;
    assert_eq!(
        first.headers()["access-control-allow-origin"],
        "http://localhost:3000"
    );
    let etag = first.headers()["etag"].to_str().expect("etag").to_owned();
    let again = app.get_with(path, "if-none-match", &etag).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let french = format!("{path}?locale=fr");
    let other_language = app.get_with(&french, "if-none-match", &etag).await;
    assert_eq!(other_language.status(), StatusCode::OK);
}
