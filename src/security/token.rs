//! Signed, expiring tokens (JWT, HS256): an inbox token lets a browser read one user's inbox
//! and nothing else; an unsubscribe token turns off one user's email for the categories it
//! names. Each kind has its own audience, so one can never pass for the other.
//!
//! Every token also carries its user's token *generation* at issue. Deleting the user or
//! revoking their tokens bumps the generation (`token_generations`, migration 0007), and the
//! routes that accept a token honour it only while its generation is still the user's, so a
//! leaked or old link stops working at once instead of at its expiry.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::domain::user_id::UserId;

const ISSUER: &str = "herald";
pub const INBOX: &str = "herald-inbox";
pub const UNSUBSCRIBE: &str = "herald-unsubscribe";

/// `{"alg":"HS256","typ":"JWT"}`, encoded. herald issues only this header and accepts only
/// it, byte for byte: no `alg: none`, no algorithm chosen by the token.
const HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    iss: String,
    aud: String,
    sub: String,
    iat: i64,
    exp: i64,
    /// What the token is good for beyond its audience (unsubscribe: the categories).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    scope: Vec<String>,
    /// The user's token generation at issue (absent: 0, the generation of a user whose tokens
    /// were never revoked).
    #[serde(default, skip_serializing_if = "is_zero")]
    generation: i64,
}

fn is_zero(generation: &i64) -> bool {
    *generation == 0
}

/// What a valid token grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub user: UserId,
    pub scope: Vec<String>,
    /// When the token stops being valid (a stream opened with it ends then).
    pub expires: Timestamp,
    /// The user's token generation when it was issued: it is honoured only while that is
    /// still theirs.
    pub generation: i64,
}

/// Issues and verifies HS256 JWTs (RFC 7519) with one secret. The MAC is RustCrypto's
/// `hmac`, verified in constant time; the framing is three base64url parts.
pub struct Signer {
    key: Hmac<Sha256>,
}

#[derive(Debug, thiserror::Error)]
#[error("the signing secret is empty")]
pub struct EmptySecret;

impl Signer {
    pub fn new(secret: &[u8]) -> Result<Self, EmptySecret> {
        if secret.is_empty() {
            return Err(EmptySecret);
        }
        // HMAC takes a key of any length.
        let key = Hmac::new_from_slice(secret).map_err(|_| EmptySecret)?;
        Ok(Self { key })
    }

    /// A token for `audience` that grants `grant`, issued at `now`.
    pub fn issue(&self, audience: &str, grant: &Grant, now: Timestamp) -> String {
        let claims = Claims {
            iss: ISSUER.into(),
            aud: audience.into(),
            sub: grant.user.as_str().into(),
            iat: now.as_second(),
            exp: grant.expires.as_second(),
            scope: grant.scope.clone(),
            generation: grant.generation,
        };
        // Strings and integers always serialize.
        let payload = serde_json::to_vec(&claims).unwrap_or_default();
        let mut token = format!("{HEADER}.{}", URL_SAFE_NO_PAD.encode(payload));
        let tag = self.mac(&token).finalize().into_bytes();
        token.push('.');
        URL_SAFE_NO_PAD.encode_string(tag, &mut token);
        token
    }

    /// What a token for `audience`, unexpired at `now`, grants.
    pub fn verify(&self, audience: &str, token: &str, now: Timestamp) -> Option<Grant> {
        let (signed, tag) = token.rsplit_once('.')?;
        let (header, payload) = signed.split_once('.')?;
        if header != HEADER {
            return None;
        }
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.mac(signed).verify_slice(&tag).ok()?;
        let claims: Claims = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        let valid = claims.iss == ISSUER && claims.aud == audience && now.as_second() < claims.exp;
        valid.then_some(())?;
        Some(Grant {
            user: UserId::parse(&claims.sub).ok()?,
            scope: claims.scope,
            expires: Timestamp::from_second(claims.exp).ok()?,
            generation: claims.generation,
        })
    }

    fn mac(&self, signed: &str) -> Hmac<Sha256> {
        let mut mac = self.key.clone();
        mac.update(signed.as_bytes());
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(user: &str, scope: &[&str], expires: Timestamp, generation: i64) -> Grant {
        Grant {
            user: UserId::parse(user).expect("id"),
            scope: scope.iter().map(|c| (*c).to_owned()).collect(),
            expires,
            generation,
        }
    }

    #[test]
    fn round_trip_and_rejections() {
        let signer = Signer::new(b"0123456789abcdef0123456789abcdef").expect("key");
        // JWT `exp` is whole seconds, so the grant's expiry is too.
        let now = Timestamp::from_second(Timestamp::now().as_second()).expect("time");
        let later = now.checked_add(jiff::SignedDuration::from_mins(5)).expect("time");
        let alice = grant("alice", &[], later, 0);
        let token = signer.issue(INBOX, &alice, now);
        assert_eq!(signer.verify(INBOX, &token, now), Some(alice));
        let scoped = grant("alice", &["media"], later, 3);
        let scoped_token = signer.issue(UNSUBSCRIBE, &scoped, now);
        assert_eq!(
            signer.verify(UNSUBSCRIBE, &scoped_token, now),
            Some(scoped),
            "scope and generation round-trip"
        );
        let scoped = scoped_token;
        assert_eq!(
            signer.verify(INBOX, &scoped, now),
            None,
            "an unsubscribe token opens no inbox"
        );
        assert_eq!(signer.verify("other", &token, now), None, "audience is checked");
        let other = Signer::new(b"another secret, another signature!!").expect("key");
        assert_eq!(other.verify(INBOX, &token, now), None, "signature is checked");
        assert_eq!(signer.verify(INBOX, &token, later), None, "expiry is checked");
        assert_eq!(signer.verify(INBOX, "not.a.token", now), None);
        let (signed, _) = token.rsplit_once('.').expect("three parts");
        let unsigned = format!(
            "eyJhbGciOiJub25lIn0.{}.",
            signed.split_once('.').expect("parts").1
        );
        assert_eq!(signer.verify(INBOX, &unsigned, now), None, "alg none is refused");
    }

    /// The tokens are standard HS256 JWTs, which any JWT library verifies with the secret: the
    /// header above, and HMAC-SHA256 of `header.payload` as the third part.
    #[test]
    fn tokens_are_standard_hs256() {
        let signer = Signer::new(b"secret").expect("key");
        let token = signer.issue(INBOX, &grant("u", &[], Timestamp::MAX, 0), Timestamp::UNIX_EPOCH);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header = URL_SAFE_NO_PAD.decode(parts[0]).expect("base64url");
        assert_eq!(header, br#"{"alg":"HS256","typ":"JWT"}"#);
        let mut mac = Hmac::<Sha256>::new_from_slice(b"secret").expect("key");
        mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
        assert_eq!(
            URL_SAFE_NO_PAD.decode(parts[2]).expect("tag"),
            mac.finalize().into_bytes().to_vec()
        );
    }
}
