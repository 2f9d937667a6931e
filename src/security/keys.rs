//! Operator API keys: `hk_<id>_<secret>`.
//!
//! The id is public and finds the key; only SHA-256 of the secret is stored, and it is compared
//! in constant time. Keys are 190 random bits, so a fast hash is the right one: there is no
//! password to stretch.

use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const PREFIX: &str = "hk_";
const ID_LEN: usize = 12;
const SECRET_LEN: usize = 32;

pub struct NewKey {
    pub id: String,
    /// The whole key, shown once.
    pub token: String,
    pub secret_hash: [u8; 32],
}

pub fn generate() -> NewKey {
    let id = random(ID_LEN);
    let secret = random(SECRET_LEN);
    NewKey {
        token: format!("{PREFIX}{id}_{secret}"),
        secret_hash: hash(&secret),
        id,
    }
}

/// Splits a presented key into `(id, secret)`; `None` when it is not shaped like one.
pub fn split(token: &str) -> Option<(&str, &str)> {
    let (id, secret) = token.strip_prefix(PREFIX)?.split_once('_')?;
    (id.len() == ID_LEN && secret.len() == SECRET_LEN).then_some((id, secret))
}

pub fn hash(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// Constant-time comparison of a presented secret with the stored hash.
pub fn verify(secret: &str, stored_hash: &[u8]) -> bool {
    hash(secret).ct_eq(stored_hash).into()
}

fn random(len: usize) -> String {
    rand::rng()
        .sample_iter(Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_verify_and_tampered_ones_do_not() {
        let key = generate();
        let (id, secret) = split(&key.token).expect("shape");
        assert_eq!(id, key.id);
        assert!(verify(secret, &key.secret_hash));
        let mut tampered = secret.to_owned();
        tampered.replace_range(0..1, if secret.starts_with('a') { "b" } else { "a" });
        assert!(!verify(&tampered, &key.secret_hash));
        assert!(!verify(secret, &[0; 31]));
        assert_ne!(generate().token, key.token);
    }

    #[test]
    fn rejects_keys_of_the_wrong_shape() {
        for bad in [
            "",
            "hk_",
            "hk_short_secret",
            "xx_123456789012_12345678901234567890123456789012",
        ] {
            assert!(split(bad).is_none(), "{bad}");
        }
    }
}
