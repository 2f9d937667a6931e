//! Signed requests: Ayrshare's webhook signature, and Standard Webhooks (standardwebhooks.com)
//! for services that sign what they POST instead of sending an API key.
//!
//! Both are HMAC-SHA256 and both allow several secrets at once, so that a secret can be
//! rotated without a window in which deliveries fail. Comparisons go through `hmac`'s
//! `verify_slice`, which is constant-time; decoding the presented signature depends on the
//! request only. Written on `hmac` rather than the `standardwebhooks` crate, whose verifier
//! takes the payload as UTF-8 text (it would refuse a body herald keeps verbatim) and which
//! brings its own `hmac`/`sha2` versions; the scheme is fifteen lines.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use sha2::Sha256;
use subtle::ConstantTimeEq;

type Key = Hmac<Sha256>;

/// How far a Standard Webhooks timestamp may be from herald's clock, either way.
pub const TOLERANCE_SECS: i64 = 5 * 60;

/// At most this many signatures of one request are checked (one per secret during a rotation
/// is what senders need).
const MAX_SIGNATURES: usize = 8;

/// HMAC-SHA256 tags are 32 bytes.
const TAG_LEN: usize = 32;

/// Why a signature was refused; the text goes into the 401 problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the request carries no signature")]
    Missing,
    #[error("the signature does not match the body with any configured secret")]
    Mismatch,
    #[error("the signature headers are malformed")]
    Malformed,
    #[error(
        "the webhook-timestamp is more than 5 minutes away from now; send it again signed with the current time"
    )]
    Stale,
}

/// Several secrets, any of which may sign (one old and one new during a rotation).
#[derive(Clone, Default)]
pub struct Secrets(Vec<Key>);

/// Says how many, never what.
impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secrets({} configured, [REDACTED])", self.0.len())
    }
}

impl Secrets {
    /// From the raw bytes of each secret.
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a [u8]>) -> Self {
        Self(
            secrets
                .into_iter()
                .filter_map(|secret| Key::new_from_slice(secret).ok())
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether one of `signatures` is the HMAC of `parts` (concatenated) under one of the
    /// secrets. Each secret's tag is computed once, whatever the number of signatures; only
    /// the first [`MAX_SIGNATURES`] are looked at, and only those of a tag's length, so a
    /// header full of entries cannot make herald hash the body again and again.
    fn any_signs(&self, parts: &[&[u8]], signatures: impl Iterator<Item = Vec<u8>>) -> bool {
        let signatures: Vec<Vec<u8>> = signatures
            .take(MAX_SIGNATURES)
            .filter(|signature| signature.len() == TAG_LEN)
            .collect();
        if signatures.is_empty() {
            return false;
        }
        self.0.iter().any(|key| {
            let mut mac = key.clone();
            parts.iter().for_each(|part| mac.update(part));
            let tag: [u8; TAG_LEN] = mac.finalize().into_bytes().into();
            // Constant-time, and every candidate is compared.
            signatures
                .iter()
                .fold(subtle::Choice::from(0), |found, signature| {
                    found | tag[..].ct_eq(signature)
                })
                .into()
        })
    }

    /// Ayrshare: `X-Authorization-Content-SHA256` holds the HMAC of the body in lowercase hex
    /// or base64; `X-Authorization-Content-SHA256-V2` holds `v1=<hex>` entries separated by
    /// commas (one per secret during a rotation). Any match is enough.
    pub fn verify_ayrshare(&self, v1: Option<&[u8]>, v2: Option<&[u8]>, body: &[u8]) -> Result<(), Refused> {
        if v1.is_none() && v2.is_none() {
            return Err(Refused::Missing);
        }
        let single = v1.and_then(|value| decode_hex_or_base64(value.trim_ascii()));
        let listed = v2
            .into_iter()
            .flat_map(|value| value.split(|&b| b == b','))
            .filter_map(|entry| entry.trim_ascii().strip_prefix(b"v1="))
            .filter_map(|hex| hex::decode(hex.trim_ascii()).ok());
        if self.any_signs(&[body], single.into_iter().chain(listed)) {
            Ok(())
        } else {
            Err(Refused::Mismatch)
        }
    }

    /// Standard Webhooks: `webhook-signature` holds space-separated `v1,<base64>` entries, each
    /// an HMAC of `{webhook-id}.{webhook-timestamp}.{body}`; the timestamp (seconds) must be
    /// within [`TOLERANCE_SECS`] of `now`.
    pub fn verify_standard(
        &self,
        signed: &StandardHeaders<'_>,
        body: &[u8],
        now: Timestamp,
    ) -> Result<(), Refused> {
        let timestamp: i64 = signed.timestamp.trim().parse().map_err(|_| Refused::Malformed)?;
        if now.as_second().abs_diff(timestamp) > TOLERANCE_SECS.unsigned_abs() {
            return Err(Refused::Stale);
        }
        let parts: [&[u8]; 5] = [
            signed.id.as_bytes(),
            b".",
            signed.timestamp.trim().as_bytes(),
            b".",
            body,
        ];
        let signatures = signed
            .signature
            .split_ascii_whitespace()
            .filter_map(|entry| entry.strip_prefix("v1,"))
            .filter_map(|encoded| STANDARD.decode(encoded).ok());
        if self.any_signs(&parts, signatures) {
            Ok(())
        } else {
            Err(Refused::Mismatch)
        }
    }
}

/// The three Standard Webhooks headers, as sent.
#[derive(Debug, Clone, Copy)]
pub struct StandardHeaders<'a> {
    pub id: &'a str,
    pub timestamp: &'a str,
    pub signature: &'a str,
}

/// A Standard Webhooks secret: `whsec_` and the base64 of the key (the prefix is optional).
pub fn standard_secret(text: &str) -> Result<Vec<u8>, &'static str> {
    let encoded = text.strip_prefix("whsec_").unwrap_or(text);
    STANDARD
        .decode(encoded)
        .ok()
        .filter(|key| !key.is_empty())
        .ok_or("each secret must be `whsec_` followed by base64")
}

fn decode_hex_or_base64(value: &[u8]) -> Option<Vec<u8>> {
    let is_hex = value.len() == 64 && value.iter().all(u8::is_ascii_hexdigit);
    if is_hex {
        return hex::decode(value).ok();
    }
    STANDARD
        .decode(value)
        .or_else(|_| STANDARD_NO_PAD.decode(value))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mac(secret: &[u8], parts: &[&[u8]]) -> Vec<u8> {
        let mut mac = Key::new_from_slice(secret).expect("key");
        parts.iter().for_each(|p| mac.update(p));
        mac.finalize().into_bytes().to_vec()
    }

    #[test]
    fn ayrshare_accepts_hex_base64_and_the_v2_list_with_any_secret() {
        let body = br#"{"action":"social"}"#;
        let secrets = Secrets::new([b"old-secret".as_slice(), b"new-secret".as_slice()]);
        let new = mac(b"new-secret", &[body]);
        let hex = hex::encode(&new);
        let b64 = STANDARD.encode(&new);
        assert_eq!(secrets.verify_ayrshare(Some(hex.as_bytes()), None, body), Ok(()));
        assert_eq!(secrets.verify_ayrshare(Some(b64.as_bytes()), None, body), Ok(()));
        let list = format!("v1={}, v1={hex}", "00".repeat(32));
        assert_eq!(secrets.verify_ayrshare(None, Some(list.as_bytes()), body), Ok(()));
        let other = hex::encode(mac(b"someone-else", &[body]));
        assert_eq!(
            secrets.verify_ayrshare(Some(other.as_bytes()), None, body),
            Err(Refused::Mismatch)
        );
        assert_eq!(
            secrets.verify_ayrshare(Some(hex.as_bytes()), None, b"{}"),
            Err(Refused::Mismatch)
        );
        assert_eq!(secrets.verify_ayrshare(None, None, body), Err(Refused::Missing));
        let flood = format!("{}v1={hex}", "v1=00,".repeat(10_000));
        assert_eq!(
            secrets.verify_ayrshare(None, Some(flood.as_bytes()), body),
            Err(Refused::Mismatch),
            "only the first entries count"
        );
        assert_eq!(
            Secrets::default().verify_ayrshare(Some(hex.as_bytes()), None, body),
            Err(Refused::Mismatch)
        );
    }

    #[test]
    fn standard_webhooks_sign_id_timestamp_and_body_within_five_minutes() {
        let key = standard_secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("secret");
        let secrets = Secrets::new([key.as_slice()]);
        let body = br#"{"status":"success"}"#;
        let now: Timestamp = "2026-12-02T12:00:00Z".parse().expect("time");
        let ts = now.as_second().to_string();
        let sig = STANDARD.encode(mac(&key, &[b"msg_1", b".", ts.as_bytes(), b".", body]));
        let header = format!("v1,bm90IGl0 v1,{sig}");
        let signed = StandardHeaders {
            id: "msg_1",
            timestamp: &ts,
            signature: &header,
        };
        assert_eq!(secrets.verify_standard(&signed, body, now), Ok(()));
        let later = now + jiff::SignedDuration::from_secs(TOLERANCE_SECS + 1);
        assert_eq!(secrets.verify_standard(&signed, body, later), Err(Refused::Stale));
        let other_id = StandardHeaders {
            id: "msg_2",
            ..signed
        };
        assert_eq!(
            secrets.verify_standard(&other_id, body, now),
            Err(Refused::Mismatch)
        );
        let junk = StandardHeaders {
            timestamp: "soon",
            ..signed
        };
        assert_eq!(secrets.verify_standard(&junk, body, now), Err(Refused::Malformed));
        let ancient = StandardHeaders {
            timestamp: "-9223372036854775808",
            ..signed
        };
        assert_eq!(secrets.verify_standard(&ancient, body, now), Err(Refused::Stale));
        assert!(standard_secret("whsec_!!").is_err());
    }
}
