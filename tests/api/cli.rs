//! The binary's own commands, as an operator runs them.

use crate::helpers::herald_output;

/// `herald check` builds the SMTP transport from the URL, so a URL lettre would refuse at the
/// first email fails here, naming the setting; the default config's own examples pass.
#[test]
fn check_rejects_an_smtp_url_herald_cannot_use() {
    let dir = tempfile::tempdir().expect("dir");
    let data = ("HERALD_DATA_DIR", dir.path().display().to_string());
    for url in [
        "smtp://127.0.0.1:25?tls=bogus",
        "smtp://127.0.0.1:587?tls=starttls",
    ] {
        let output = herald_output(&["check"], &[data.clone(), ("HERALD_SMTP_URL", url.into())]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{url} passed check");
        assert!(stderr.to_lowercase().contains("smtp_url"), "{url}: {stderr}");
        assert_eq!(
            stderr.matches("must be smtp://").count(),
            1,
            "said once: {stderr}"
        );
    }
    for url in [
        "smtp://127.0.0.1:25",
        "smtp://user:pass@127.0.0.1:587?tls=required",
        "smtp://user:pass@127.0.0.1:587?tls=opportunistic",
        "smtps://user:pass@127.0.0.1:465",
    ] {
        let output = herald_output(&["check"], &[data.clone(), ("HERALD_SMTP_URL", url.into())]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{url}: {stderr}");
        assert!(!stderr.contains("pass@"), "the password is not echoed: {stderr}");
    }
}

/// `herald explain` reads webhook bodies as `POST /v1/webhooks/ayrshare` would.
#[test]
fn explain_reads_a_webhook_body() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("social.json");
    std::fs::write(
        &file,
        r#"{"action":"social","type":"unlink","source":"system","platform":"tiktok","refId":"r",
            "details":{"status":"error","code":349,"message":"Account locked"}}"#,
    )
    .expect("write");
    let data = ("HERALD_DATA_DIR", dir.path().display().to_string());
    let output = herald_output(
        &["explain", &file.display().to_string(), "--locale", "de"],
        &[data],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let explained: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let notification = &explained["notifications"][0];
    assert_eq!(notification["kind"], "account-disconnected");
    assert_eq!(notification["title"], "TikTok neu verbinden");
    assert!(
        notification["details"]
            .as_str()
            .expect("details")
            .contains("Account locked")
    );
}
