//! Signed, expiring tokens (JWT, HS256): an inbox token lets a browser read one user's inbox
//! and nothing else; an unsubscribe token turns off one user's email for the categories it
//! names. Each kind has its own audience, so one can never pass for the other.

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
}

/// What a valid token grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub user: UserId,
    pub scope: Vec<String>,
    /// When the token stops being valid (a stream opened with it ends then).
    pub expires: Timestamp,
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

    /// A token for `audience` about `user`, valid until `expires`.
    pub fn issue(
        &self,
        audience: &str,
        user: &UserId,
        scope: &[String],
        now: Timestamp,
        expires: Timestamp,
    ) -> String {
        let claims = Claims {
            iss: ISSUER.into(),
            aud: audience.into(),
            sub: user.as_str().into(),
            iat: now.as_second(),
            exp: expires.as_second(),
            scope: scope.to_vec(),
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

    #[test]
    fn round_trip_and_rejections() {
        let signer = Signer::new(b"0123456789abcdef0123456789abcdef").expect("key");
        let user = UserId::parse("alice").expect("id");
        let now = Timestamp::now();
        let later = now.checked_add(jiff::SignedDuration::from_mins(5)).expect("time");
        let token = signer.issue(INBOX, &user, &[], now, later);
        assert_eq!(
            signer.verify(INBOX, &token, now).map(|g| g.user),
            Some(user.clone())
        );
        let scoped = signer.issue(UNSUBSCRIBE, &user, &["media".into()], now, later);
        assert_eq!(
            signer.verify(UNSUBSCRIBE, &scoped, now).map(|g| g.scope),
            Some(vec!["media".into()])
        );
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
        let user = UserId::parse("u").expect("id");
        let token = signer.issue(INBOX, &user, &[], Timestamp::UNIX_EPOCH, Timestamp::MAX);
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
