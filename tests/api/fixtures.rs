//! Every example of the Ayrshare errors page (`tests/fixtures/seed`, copied from
//! `../shared/fixtures/seed`) gives the expected notifications, parameters and text.

use serde_json::Value;

use crate::helpers::{fixture, kinds, spawn_app};

struct Expected {
    file: &'static str,
    kinds: &'static [&'static str],
    platforms: &'static [&'static str],
    /// Pointer into the first notification's `params` (explain) and its expected value.
    params: &'static [(&'static str, &'static str)],
    /// Fragments the inbox title + body must contain.
    text: &'static [&'static str],
}

const EXPECTED: &[Expected] = &[
    Expected {
        file: "caption-enhancement-partial-441.json",
        kinds: &["caption-enhancement-failed"],
        platforms: &["twitter"],
        params: &[
            ("/partial", "true"),
            ("/succeeded/0", "bluesky"),
            ("/code", "441"),
        ],
        text: &["went out on Bluesky but not on X", "Retry it on X only"],
    },
    Expected {
        file: "caption-enhancement-total-441.json",
        kinds: &["caption-enhancement-failed"],
        platforms: &["twitter"],
        params: &[("/partial", "false")],
        text: &["Nothing was posted"],
    },
    Expected {
        file: "duplicate-twitter-facebook.json",
        kinds: &["duplicate-post"],
        platforms: &["twitter", "facebook"],
        params: &[
            ("/post_id", "6APU4qqI7XO7JM3BOy6B"),
            ("/post_excerpt", "Today is a great day"),
        ],
        text: &[
            "X and Facebook turned down a duplicate post",
            "Today is a great day",
        ],
    },
    Expected {
        file: "facebook-analytics-rate-limit-444.json",
        kinds: &["analytics-throttled"],
        platforms: &["facebook"],
        params: &[("/code", "444")],
        text: &["still connected"],
    },
    Expected {
        file: "facebook-auth-161.json",
        kinds: &["account-disconnected"],
        platforms: &["facebook"],
        params: &[("/code", "161")],
        text: &["Reconnect Facebook"],
    },
    Expected {
        file: "instagram-aspect-ratio-138.json",
        kinds: &["media-aspect-ratio"],
        platforms: &["instagram"],
        params: &[
            ("/aspect_ratio/ratio", "2:3"),
            ("/aspect_ratio/width", "1440"),
            ("/aspect_ratio/height", "2158"),
            ("/aspect_ratio/accepted/min", "4:5"),
            ("/aspect_ratio/accepted/max", "1.91:1"),
            ("/aspect_ratio/accepted/crop_height", "1800"),
        ],
        text: &[
            "from 4:5 to 1.91:1",
            "yours is 2:3 (1440 × 2158 px)",
            "1440 × 1800 px",
        ],
    },
    Expected {
        file: "instagram-media-fetch-138.json",
        kinds: &["media-unreachable"],
        platforms: &["instagram"],
        params: &[("/retry_available", "true")],
        text: &["robots.txt"],
    },
    Expected {
        file: "instagram-processing-timeout-436.json",
        kinds: &["media-processing-timeout"],
        platforms: &["instagram"],
        params: &[("/retry_available", "true")],
        text: &["ran out of time"],
    },
    Expected {
        file: "instagram-rate-limit-435.json",
        kinds: &["rate-limited"],
        platforms: &["instagram"],
        params: &[("/retry_after_secs", "3600")],
        text: &["You can post again after", "(in 1 hour)"],
    },
    Expected {
        file: "media-download-blocked-440.json",
        kinds: &["media-unreachable"],
        platforms: &["instagram"],
        params: &[("/code", "440")],
        text: &["facebookexternalhit"],
    },
    Expected {
        file: "retry-available.json",
        kinds: &["post-failed"],
        platforms: &[],
        params: &[("/retry_available", "true")],
        text: &["You can retry it as it is"],
    },
    Expected {
        file: "threads-posting-379.json",
        kinds: &["post-failed"],
        platforms: &["threads"],
        params: &[("/code", "379")],
        text: &["didn’t go out on Threads"],
    },
    Expected {
        file: "x-credits-depleted-416.json",
        kinds: &["x-credits-depleted"],
        platforms: &["twitter"],
        params: &[("/code", "416")],
        text: &["Buy credits", "Billing → Credits"],
    },
    Expected {
        file: "x-oauth-permissions-417.json",
        kinds: &["x-app-permissions"],
        platforms: &["twitter"],
        params: &[("/code", "417")],
        text: &["Read and write and Direct message"],
    },
];

#[test]
fn the_table_covers_every_seed_fixture() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<&str> = EXPECTED.iter().map(|e| e.file).collect();
    listed.sort_unstable();
    assert_eq!(files, listed);
    // The copies match the shared originals, when those are beside the project.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/seed");
    if shared.is_dir() {
        for file in &files {
            let original = std::fs::read_to_string(shared.join(file)).expect("shared fixture");
            assert_eq!(
                original,
                std::fs::read_to_string(dir.join(file)).expect("copy"),
                "{file}"
            );
        }
    }
}

#[tokio::test]
async fn every_seed_fixture_gives_the_expected_notifications() {
    let app = spawn_app().await;
    for (n, expected) in EXPECTED.iter().enumerate() {
        let body = fixture(expected.file);
        let user = format!("fixture-{n}");

        let explained: Value = app
            .post_body("/v1/explain", &body, &[])
            .await
            .json()
            .await
            .expect("json");
        let params = &explained["notifications"][0]["params"];
        for (pointer, value) in expected.params {
            let got = params
                .pointer(pointer)
                .map(|v| v.to_string().trim_matches('"').to_owned());
            assert_eq!(
                got.as_deref(),
                Some(*value),
                "{}: params{pointer} in {params}",
                expected.file
            );
        }

        let response = app.ingest(&user, &body).await;
        assert_eq!(kinds(&response), expected.kinds, "{}", expected.file);
        let platforms = &response["notifications"][0]["platforms"];
        assert_eq!(
            platforms,
            &serde_json::json!(expected.platforms),
            "{}",
            expected.file
        );

        let inbox = app.inbox(&user, "").await;
        let item = &inbox["items"][0];
        let text = format!(
            "{}\n{}",
            item["title"].as_str().unwrap_or_default(),
            item["body"].as_str().unwrap_or_default()
        );
        for fragment in expected.text {
            assert!(
                text.contains(fragment),
                "{}: `{fragment}` not in:\n{text}",
                expected.file
            );
        }
        assert_eq!(item["locale"], "en");
    }
}

#[tokio::test]
async fn instagram_and_threads_media_errors_are_one_problem() {
    let app = spawn_app().await;
    let body = r#"{"status": "error", "id": "p-379", "postIds": [], "errors": [
        {"code": 379, "message": "Error posting to Threads.", "platform": "threads", "status": "error"},
        {"code": 138, "platform": "instagram", "status": "error", "retryAvailable": true,
         "details": "Media download has failed.: The media could not be fetched from the provided URI. Restricted by robots.txt",
         "message": "Instagram Error: Instagram cannot process your post at this time."}]}"#;
    let response = app.ingest("u", body).await;
    assert_eq!(kinds(&response), ["media-unreachable"]);
    assert_eq!(
        response["notifications"][0]["platforms"],
        serde_json::json!(["instagram", "threads"])
    );
    let inbox = app.inbox("u", "").await;
    assert!(
        inbox["items"][0]["title"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Instagram and Threads")
    );
}

#[tokio::test]
async fn analytics_throttling_never_advises_relinking() {
    let app = spawn_app().await;
    app.ingest("u", &fixture("facebook-analytics-rate-limit-444.json"))
        .await;
    let inbox = app.inbox("u", "").await;
    let item = &inbox["items"][0];
    let text = format!("{} {}", item["title"], item["body"]).to_lowercase();
    assert!(!text.contains("reconnect") && !text.contains("relink"), "{text}");
    assert_eq!(item["action"], Value::Null);
    assert!(item["expires_at"].is_string(), "a throttle passes by itself");
}

#[tokio::test]
async fn results_in_every_shape_are_understood() {
    let app = spawn_app().await;
    let shapes = [
        // Multi-profile posts[], then the same as a bare array.
        (
            r#"{"status":"error","posts":[{"status":"error","id":"a","errors":[{"code":156,"platform":"facebook","message":"m"}]},{"status":"error","id":"b","errors":[{"code":110,"platform":"twitter"}]}]}"#,
            vec!["account-disconnected", "duplicate-post"],
        ),
        (
            r#"[{"status":"error","id":"c","errors":[{"code":272,"platform":"twitter"}]},{"status":"success","id":"d","postIds":[{"status":"success","id":635,"platform":"telegram"}]}]"#,
            vec!["account-disconnected", "post-published"],
        ),
        // A code as a string, errors as one object.
        (
            r#"{"status":"error","errors":{"code":"161","platform":"facebook"},"id":"e"}"#,
            vec!["account-disconnected"],
        ),
        // A GET /history page.
        (
            r#"{"history":[{"id":"f","status":"error","errors":[{"code":254,"platform":"linkedin"}]}]}"#,
            vec!["media-too-large"],
        ),
        // A social webhook: Ayrshare unlinked the account.
        (
            r#"{"action":"social","type":"unlink","source":"system","platform":"tiktok","details":"token expired"}"#,
            vec!["account-disconnected"],
        ),
        // A scheduled webhook for a TikTok post that finished processing.
        (
            r#"{"action":"scheduled","subAction":"tikTokPublished","code":200,"status":"success","id":"g","errors":[],"postIds":[{"status":"success","id":"1","platform":"tiktok"}]}"#,
            vec!["post-published"],
        ),
        // X BYO credentials missing, request level.
        (
            r#"{"status":"error","code":"x_credentials_required","message":"Add X keys"}"#,
            vec!["x-credentials-missing"],
        ),
        // An unknown code keeps its message.
        (
            r#"{"status":"error","errors":[{"code":9999,"platform":"reddit","message":"Something new"}],"id":"h"}"#,
            vec!["post-failed"],
        ),
    ];
    for (n, (body, expected)) in shapes.iter().enumerate() {
        let response = app.ingest(&format!("shape-{n}"), body).await;
        assert_eq!(kinds(&response), *expected, "{body}");
    }
    let inbox = app.inbox("shape-7", "").await;
    assert!(
        inbox["items"][0]["details"]
            .as_str()
            .unwrap_or_default()
            .contains("Something new")
    );
}
