//! herald's rules, free of I/O: what an Ayrshare result says, which notifications it asks
//! for, and what makes two of them the same problem.

pub mod catalog;
pub mod classify;
pub mod params;
pub mod result;
pub mod user_id;
