//! Secrets: operator API keys (stored hashed, checked in constant time), signed tokens, and
//! signed requests (webhooks).

pub mod keys;
pub mod signature;
pub mod token;
