//! Signed, expiring tokens (JWT, HS256): an inbox token lets a browser read one user's inbox
//! and nothing else; an unsubscribe token turns off one user's email for the categories it
//! names. Each kind has its own audience, so one can never pass for the other.

use jiff::Timestamp;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};

use crate::domain::user_id::UserId;

const ISSUER: &str = "herald";
pub const INBOX: &str = "herald-inbox";
pub const UNSUBSCRIBE: &str = "herald-unsubscribe";

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
        // HS256 over a small struct cannot fail: the key is any byte string.
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).unwrap_or_default()
    }

    /// What a valid, unexpired token for `audience` grants.
    pub fn verify(&self, audience: &str, token: &str) -> Option<Grant> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[ISSUER]);
        validation.leeway = 0;
        let data = decode::<Claims>(token, &self.decoding, &validation).ok()?;
        Some(Grant {
            user: UserId::parse(&data.claims.sub).ok()?,
            scope: data.claims.scope,
        })
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
        assert_eq!(signer.verify(INBOX, &token).map(|g| g.user), Some(user.clone()));
        let scoped = signer.issue(UNSUBSCRIBE, &user, &["media".into()], now, later);
        assert_eq!(
            signer.verify(UNSUBSCRIBE, &scoped).map(|g| g.scope),
            Some(vec!["media".into()])
        );
        assert_eq!(
            signer.verify(INBOX, &scoped),
            None,
            "an unsubscribe token opens no inbox"
        );
        assert_eq!(signer.verify("other", &token), None, "audience is checked");
        let other = Signer::new(b"another secret, another signature!!").expect("key");
        assert_eq!(other.verify(INBOX, &token), None, "signature is checked");
        let past = now.checked_sub(jiff::SignedDuration::from_mins(5)).expect("time");
        let expired = signer.issue(INBOX, &user, &[], past, past);
        assert_eq!(signer.verify(INBOX, &expired), None, "expiry is checked");
        assert_eq!(signer.verify(INBOX, "not.a.token"), None);
    }
}
