//! Any body, as `POST …/results`, `POST /v1/webhooks/ayrshare` and `POST /v1/explain` read
//! it: parsing, classification, the per-request cap and rendering must never panic.
#![no_main]

use std::sync::LazyLock;

use herald::domain::catalog::Catalog;
use herald::explain::classify_body;
use libfuzzer_sys::fuzz_target;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::embedded().expect("the embedded catalog"));

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let now = jiff::Timestamp::UNIX_EPOCH;
    if let Ok(classification) = classify_body(&CATALOG, &value, now) {
        let capped = classification.capped(50);
        assert!(capped.drafts.len() <= 50);
    }
});
