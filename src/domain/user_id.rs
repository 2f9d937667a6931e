//! The operator's own identifier for a person: the `{user_id}` of every route (README, API).

use std::fmt;

/// 1–128 ASCII letters, digits and `._:@+-`, other than `.` and `..` (which would change
/// what the paths of links mean). Anything else is rejected before it reaches storage.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(String);

pub const MAX_LEN: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidUserId {
    #[error("a user id must not be empty")]
    Empty,
    #[error("a user id has at most {MAX_LEN} characters")]
    TooLong,
    #[error("a user id may only contain ASCII letters, digits and . _ : @ + -")]
    BadCharacter,
    #[error("a user id must not be `.` or `..`")]
    DotSegment,
}

impl UserId {
    pub fn parse(raw: &str) -> Result<Self, InvalidUserId> {
        if raw.is_empty() {
            return Err(InvalidUserId::Empty);
        }
        if raw.len() > MAX_LEN {
            return Err(InvalidUserId::TooLong);
        }
        let allowed = |b: u8| b.is_ascii_alphanumeric() || b"._:@+-".contains(&b);
        if !raw.bytes().all(allowed) {
            return Err(InvalidUserId::BadCharacter);
        }
        if raw == "." || raw == ".." {
            return Err(InvalidUserId::DotSegment);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_documented_alphabet() {
        for ok in [
            "a",
            "user-42",
            "acme:client.7",
            "me+tag@example.com",
            &"x".repeat(128),
        ] {
            assert!(UserId::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        assert_eq!(UserId::parse(""), Err(InvalidUserId::Empty));
        assert_eq!(UserId::parse(&"x".repeat(129)), Err(InvalidUserId::TooLong));
        for bad in ["a b", "a/b", "é", "a%20", "a\u{0}", "<script>"] {
            assert_eq!(UserId::parse(bad), Err(InvalidUserId::BadCharacter), "{bad}");
        }
        for bad in [".", ".."] {
            assert_eq!(UserId::parse(bad), Err(InvalidUserId::DotSegment), "{bad}");
        }
        assert!(UserId::parse("...").is_ok(), "only the two path segments");
    }
}
