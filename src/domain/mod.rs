//! herald's rules, free of I/O: what an Ayrshare result says, which notifications it asks
//! for, and what makes two of them the same problem.

pub mod catalog;
pub mod classify;
pub mod params;
pub mod quiet_hours;
pub mod receipt;
pub mod result;
pub mod state;
pub mod user_id;
pub mod webhook;

/// An enum that is one fixed word per variant wherever it leaves Rust: in JSON, in the catalog
/// and in the database (a TEXT column; `store` implements the column type for every
/// [`Word`]). The words are written once, here, so that no other code compares them as
/// strings.
macro_rules! words {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: [Self; [$($word),+].len()] = [$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }

            pub fn parse(word: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.as_str() == word)
            }
        }

        impl $crate::domain::Word for $name {
            const WORDS: &'static [&'static str] = &[$($word),+];

            fn as_str(self) -> &'static str {
                self.as_str()
            }

            fn parse(word: &str) -> Option<Self> {
                Self::parse(word)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($word),+]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let word = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                Self::parse(&word).ok_or_else(|| {
                    serde::de::Error::unknown_variant(&word, <Self as $crate::domain::Word>::WORDS)
                })
            }
        }
    };
}
pub(crate) use words;

/// What `words!` generates, for code that handles every such enum alike (the database
/// column type).
pub trait Word: Copy + Sized + 'static {
    /// Every variant's word, in declaration order.
    const WORDS: &'static [&'static str];
    fn as_str(self) -> &'static str;
    fn parse(word: &str) -> Option<Self>;
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    use super::catalog::Catalog;
    use super::classify::classify;
    use super::result::parse;

    /// Keys Ayrshare uses, so generated objects often look like (broken) results.
    const KEYS: &[&str] = &[
        "status",
        "errors",
        "postIds",
        "posts",
        "history",
        "code",
        "message",
        "details",
        "platform",
        "retryAvailable",
        "id",
        "post",
        "action",
        "type",
        "source",
        "facebook",
        "instagram",
        "x",
        "httpErrorCode",
        "profileTitle",
        "postUrl",
        "other",
    ];

    static CATALOG: std::sync::LazyLock<Catalog> =
        std::sync::LazyLock::new(|| Catalog::embedded().expect("catalog"));

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            prop_oneof![
                Just("error".to_owned()),
                Just("success".to_owned()),
                Just("161".to_owned()),
                Just("Retry-After: 3600".to_owned()),
                Just("('1440/2158',)".to_owned()),
                ".{0,40}"
            ]
            .prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 128, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|entries| {
                    Value::Object(
                        entries
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), v))
                            .collect::<Map<_, _>>(),
                    )
                }),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any JSON value parses to outcomes or to "not a result", and classifies, without panicking.
        #[test]
        fn arbitrary_json_never_panics(value in json()) {
            if let Ok(outcomes) = parse(&value) {
                let classification = classify(&CATALOG, &outcomes, jiff::Timestamp::now());
                for draft in &classification.drafts {
                    prop_assert!(!draft.kind.name.is_empty());
                }
            }
        }
    }
}
