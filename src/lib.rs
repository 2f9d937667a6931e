//! herald turns Ayrshare publish results into notifications people can act on.
//!
//! The flow (design.md §2): [`http`] ingest → [`domain`] parses and classifies → [`store`]
//! keeps events and notifications in one transaction → the inbox renders them per viewer
//! ([`present`], [`i18n`]).

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod domain;
pub mod email;
pub mod http;
pub mod i18n;
pub mod outbox;
pub mod present;
pub mod render;
pub mod security;
pub mod store;
