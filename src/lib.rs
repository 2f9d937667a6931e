//! herald turns Ayrshare publish results into notifications people can act on.
//!
//! The flow (design.md §2): HTTP ingest → [`domain`] parses and classifies → [`store`] keeps
//! events, notifications and deliveries in one transaction → the inbox renders them per
//! viewer, and the outbox worker emails them.

pub mod domain;
