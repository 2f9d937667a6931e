//! Secrets: operator API keys (stored hashed, checked in constant time) and signed tokens.

pub mod keys;
pub mod token;
