//! `herald demo`, run as a user would: it prints a URL, the page behind it embeds the
//! component, mints inbox tokens and makes posts fail, and Ctrl-C stops it and cleans up.

use std::process::Command;

use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::process::spawn_announcing;

#[tokio::test]
async fn the_demo_serves_a_dashboard_with_live_demo_users() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_herald"));
    command.arg("demo").env("RUST_LOG", "warn");
    let (demo, announced) = spawn_announcing(command, "herald demo: open ").await;
    let mut demo = Stopped(Some(demo));
    let page_url = announced.split_whitespace().next().expect("a URL").to_owned();
    let outbox = announced
        .split("would send are in ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix(". Ctrl-C stops it and deletes them."))
        .expect("where the emails go");
    let data = std::path::PathBuf::from(outbox)
        .parent()
        .expect("the data directory")
        .to_owned();
    assert!(data.is_dir(), "{announced}");
    let client = Client::new();

    let page = client.get(&page_url).send().await.expect("the page");
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.expect("html");
    let herald = html
        .split("base-url=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the component's base-url")
        .to_owned();
    assert!(html.contains(&format!("{herald}/v1/inbox.js")), "{html}");
    assert!(html.contains("user=\"alex\""), "{html}");
    let arabic = client.get(format!("{page_url}?user=layla")).send().await;
    let arabic = arabic.expect("layla's page").text().await.expect("html");
    assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""), "{arabic}");

    let token = client.get(format!("{page_url}token?user=layla")).send().await;
    let token: Value = token.expect("a token").json().await.expect("json");
    let token = token["token"].as_str().expect("an inbox token").to_owned();
    let inbox = |token: String| {
        let client = client.clone();
        let url = format!("{herald}/v1/users/layla/inbox?locale=ar");
        async move {
            let answer = client.get(url).bearer_auth(token).send().await.expect("inbox");
            assert_eq!(answer.status(), StatusCode::OK);
            answer.json::<Value>().await.expect("json")
        }
    };
    let before = inbox(token.clone()).await["items"]
        .as_array()
        .expect("items")
        .len();
    assert!(before >= 1, "the demo users start with notifications");

    let failed = client.post(format!("{page_url}fail?user=layla")).send().await;
    assert_eq!(failed.expect("fail").status(), StatusCode::OK);
    let after = inbox(token).await;
    let items = after["items"].as_array().expect("items");
    assert_eq!(
        items.len(),
        before + 1,
        "the failure is a new kind of problem: {after}"
    );

    let demo = demo.0.take().expect("running");
    let pid = demo.id().to_string();
    let stopped = Command::new("kill").args(["-INT", &pid]).status();
    assert!(stopped.expect("kill runs").success());
    let status = tokio::task::spawn_blocking(move || {
        let mut demo = demo;
        demo.wait()
    })
    .await;
    assert!(
        status.expect("join").expect("wait").success(),
        "Ctrl-C ends the demo cleanly"
    );
    assert!(!data.exists(), "{} is deleted", data.display());
}

/// The demo process, killed if the test fails before it stops the demo itself.
struct Stopped(Option<std::process::Child>);

impl Drop for Stopped {
    fn drop(&mut self) {
        if let Some(mut demo) = self.0.take() {
            let _ = demo.kill();
            let _ = demo.wait();
        }
    }
}
