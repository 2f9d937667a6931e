//! Signed, expiring tokens (JWT, HS256): an inbox token lets a browser read one user's inbox
//! and nothing else.

use jiff::Timestamp;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};

use crate::domain::user_id::UserId;

const ISSUER: &str = "herald";
pub const INBOX: &str = "herald-inbox";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    iss: String,
    aud: String,
    sub: String,
    iat: i64,
    exp: i64,
}

pub struct Signer {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl Signer {
    pub fn new(secret: &[u8]) -> Result<Self, jsonwebtoken::errors::Error> {
        Ok(Self {
            encoding: EncodingKey::from_secret(secret)?,
            decoding: DecodingKey::from_secret(secret)?,
        })
    }

    /// A token for `audience` about `user`, valid until `expires`.
    pub fn issue(&self, audience: &str, user: &UserId, now: Timestamp, expires: Timestamp) -> String {
        let claims = Claims {
            iss: ISSUER.into(),
            aud: audience.into(),
            sub: user.as_str().into(),
            iat: now.as_second(),
            exp: expires.as_second(),
        };
        // HS256 over a small struct cannot fail: the key is any byte string.
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).unwrap_or_default()
    }

    /// The user a valid, unexpired token for `audience` names.
    pub fn verify(&self, audience: &str, token: &str) -> Option<UserId> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[ISSUER]);
        validation.leeway = 0;
        let data = decode::<Claims>(token, &self.decoding, &validation).ok()?;
        UserId::parse(&data.claims.sub).ok()
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
        let token = signer.issue(INBOX, &user, now, later);
        assert_eq!(signer.verify(INBOX, &token), Some(user.clone()));
        assert_eq!(signer.verify("other", &token), None, "audience is checked");
        let other = Signer::new(b"another secret, another signature!!").expect("key");
        assert_eq!(other.verify(INBOX, &token), None, "signature is checked");
        let past = now.checked_sub(jiff::SignedDuration::from_mins(5)).expect("time");
        let expired = signer.issue(INBOX, &user, past, past);
        assert_eq!(signer.verify(INBOX, &expired), None, "expiry is checked");
        assert_eq!(signer.verify(INBOX, "not.a.token"), None);
    }
}
