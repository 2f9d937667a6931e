//! Secrets: operator API keys (stored hashed, checked in constant time), signed tokens, and
//! signed requests (webhooks); the files that hold them, private to herald's user.

pub mod files;
pub mod keys;
pub mod signature;
pub mod token;
