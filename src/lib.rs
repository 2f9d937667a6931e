//! herald turns Ayrshare publish results into notifications people can act on.
//!
//! The flow: [`http`] ingest → [`domain`] parses and classifies → [`store`] keeps events and
//! notifications in one transaction → the inbox renders them per viewer ([`present`],
//! [`i18n`]) and the [`outbox`] emails them. [`app`] builds the components and runs them; the
//! README describes the API and the layout.

pub mod app;
pub mod check;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod email;
pub mod explain;
pub mod http;
pub mod i18n;
pub mod live;
pub mod metrics;
pub mod outbox;
pub mod present;
pub mod render;
pub mod retention;
pub mod security;
pub mod store;
pub mod texts;
pub mod webhooks;
