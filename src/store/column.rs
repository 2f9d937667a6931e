//! The fixed-word enums of `domain` as TEXT columns, on both backends: written as their word,
//! and read back only if the word is one of theirs (an unknown word is a decode error naming
//! it, not a silent default).

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

use crate::domain::Word;
use crate::domain::catalog::{Category, Severity};
use crate::domain::state::{DeliveryStatus, NotificationState};

macro_rules! text_column {
    ($($name:ty),+) => {$(
        impl<DB: Database> Type<DB> for $name
        where
            str: Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as Type<DB>>::compatible(ty)
            }
        }

        impl<'q, DB: Database> Encode<'q, DB> for $name
        where
            &'q str: Encode<'q, DB>,
        {
            fn encode_by_ref(&self, buf: &mut DB::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
                <&str as Encode<'q, DB>>::encode(Word::as_str(*self), buf)
            }
        }

        impl<'r, DB: Database> Decode<'r, DB> for $name
        where
            &'r str: Decode<'r, DB>,
        {
            fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
                let word = <&str as Decode<'r, DB>>::decode(value)?;
                <Self as Word>::parse(word).ok_or_else(|| {
                    format!("`{word}` is not a {} (one of {:?})", stringify!($name), <Self as Word>::WORDS).into()
                })
            }
        }
    )+};
}

text_column!(NotificationState, DeliveryStatus, Category, Severity);
