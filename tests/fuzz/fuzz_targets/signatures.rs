//! Ayrshare's and Standard Webhooks' signature checks on arbitrary headers and bodies: never
//! a panic, and never accepted without the secret (a random input cannot sign).
#![no_main]

use std::sync::LazyLock;

use herald::security::signature::{Secrets, StandardHeaders};
use libfuzzer_sys::fuzz_target;

static SECRETS: LazyLock<Secrets> = LazyLock::new(|| Secrets::new([b"fuzzing-secret".as_slice()]));

fuzz_target!(|data: &[u8]| {
    // Four parts separated by NUL: two Ayrshare headers (or the Standard Webhooks id,
    // timestamp and signature), and the body.
    let mut parts = data.splitn(4, |&b| b == 0);
    let (a, b, c, body) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    assert!(SECRETS.verify_ayrshare(Some(a), Some(b), body).is_err());
    if let (Ok(id), Ok(timestamp), Ok(signature)) = (
        std::str::from_utf8(a),
        std::str::from_utf8(b),
        std::str::from_utf8(c),
    ) {
        let signed = StandardHeaders {
            id,
            timestamp,
            signature,
        };
        let now = jiff::Timestamp::UNIX_EPOCH;
        assert!(SECRETS.verify_standard(&signed, body, now).is_err());
    }
});
