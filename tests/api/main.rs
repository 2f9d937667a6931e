//! herald's integration tests: the real router over real HTTP on port 0, a real SQLite file
//! per test, and (for crash safety) the real binary.

mod auth;
mod bad_input;
mod browser;
mod cli;
mod component;
mod connections;
mod crash;
mod demo;
mod email;
mod fixtures;
mod helpers;
mod hostile;
mod inbox;
mod ingest;
mod instances;
mod l10n;
mod live;
mod logs;
mod mailer;
mod metrics;
mod openapi;
mod permissions;
mod pg;
mod process;
mod rate_limit;
mod retention;
mod roles;
mod smtp;
mod store;
mod users;
mod wal;
mod webhooks;
