//! Plural categories by ICU4X, for Fluent's selectors and for the browser's texts.
//!
//! fluent-bundle selects a number's variant with `intl_pluralrules` 7, whose rules (CLDR 37)
//! are wrong where herald shows counts: Arabic's `few` and `many` test the number instead of
//! `n % 100`, so 103 took the `other` form ("103 تحديث") instead of `few`. fluent-bundle offers
//! no way to give it other rules: it builds them itself, by type, in its memoizer. So every
//! counted message selects on `PLURAL($count)`, a function each bundle gets here, which answers
//! the category by ICU4X's rules (its current CLDR data), the library herald already formats dates and lists
//! with:
//!
//! ```ftl
//! email-more =
//!     { PLURAL($count) ->
//!         [one] One more notification is waiting.
//!        *[other] { $count } more notifications are waiting.
//!     }
//! ```
//!
//! `PLURAL` of a whole number not below zero is its category's name; of anything else, the
//! value itself (then Fluent selects as it would without it).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The function's name in Fluent messages.
pub const FUNCTION: &str = "PLURAL";

/// A plural category of a language, and the number its text is rendered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PluralSample {
    pub category: &'static str,
    /// The category's smallest whole number.
    pub sample: u32,
    /// Whether it is the category's only whole number up to 1,000 (Arabic's `two` is 2
    /// alone), so that its text may spell the number out instead of showing it.
    pub only: bool,
}

/// A language's cardinal plural rules.
pub struct Plurals(PluralRules);

impl Plurals {
    /// The rules of `tag`'s language; for a language ICU4X does not know, its root rules
    /// (every number is `other`).
    pub fn of(tag: &str) -> Result<Self, icu_provider::DataError> {
        let locale = tag.parse::<Locale>().unwrap_or(Locale::UNKNOWN);
        PluralRules::try_new_cardinal((&locale).into()).map(Self)
    }

    /// The category of `n`: `zero`, `one`, `two`, `few`, `many` or `other`.
    pub fn category(&self, n: u64) -> &'static str {
        match self.0.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// Each category that a whole number from 0 to 1,000 falls in, in the order its smallest
    /// number comes (French's `many` starts at a million: counts herald shows never reach it).
    pub fn samples(&self) -> Vec<PluralSample> {
        let mut samples: Vec<PluralSample> = Vec::new();
        for n in 0..=1000u32 {
            let category = self.category(n.into());
            match samples.iter_mut().find(|s| s.category == category) {
                Some(known) => known.only = false,
                None => samples.push(PluralSample {
                    category,
                    sample: n,
                    only: true,
                }),
            }
        }
        samples
    }

    /// Gives `bundle` the `PLURAL` function with these rules.
    pub fn add_to(self, bundle: &mut FluentBundle<FluentResource>) -> Result<(), fluent_bundle::FluentError> {
        bundle.add_function(FUNCTION, move |positional, _named| match positional {
            [FluentValue::Number(number)] if number.value >= 0.0 && number.value.fract() == 0.0 => {
                // Counts herald shows are far below 2^53, where f64 holds every whole number.
                FluentValue::from(self.category(number.value as u64))
            }
            [value] => value.clone(),
            _ => FluentValue::Error,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CLDR's rules where intl_pluralrules 7 had them wrong, and where languages differ.
    #[test]
    fn categories_follow_cldr() {
        let of = |tag: &str, numbers: &[u64]| -> Vec<&'static str> {
            let rules = Plurals::of(tag).expect("rules");
            numbers.iter().map(|n| rules.category(*n)).collect()
        };
        assert_eq!(
            of(
                "ar",
                &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 110, 111, 199, 1003]
            ),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "few", "many",
                "many", "few"
            ]
        );
        assert_eq!(of("en", &[0, 1, 2, 1000000]), ["other", "one", "other", "other"]);
        assert_eq!(of("fr", &[0, 1, 2, 1000000]), ["one", "one", "other", "many"]);
        assert_eq!(of("pt-BR", &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(of("de", &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(of("ja", &[0, 1, 2]), ["other", "other", "other"]);
        assert_eq!(
            of("pl", &[1, 2, 4, 5, 12, 21, 22, 25]),
            ["one", "few", "few", "many", "many", "many", "few", "many"]
        );
        assert_eq!(
            of("xx", &[0, 1, 2]),
            ["other"; 3],
            "the root rules when ICU4X has none"
        );
    }

    #[test]
    fn each_language_has_the_samples_of_its_categories() {
        let samples = |tag: &str| -> Vec<(&str, u32, bool)> {
            Plurals::of(tag)
                .expect("rules")
                .samples()
                .into_iter()
                .map(|p| (p.category, p.sample, p.only))
                .collect()
        };
        assert_eq!(samples("en"), [("other", 0, false), ("one", 1, true)]);
        assert_eq!(samples("ja"), [("other", 0, false)]);
        assert_eq!(samples("fr"), [("one", 0, false), ("other", 2, false)]);
        assert_eq!(
            samples("ar"),
            [
                ("zero", 0, true),
                ("one", 1, true),
                ("two", 2, true),
                ("few", 3, false),
                ("many", 11, false),
                ("other", 100, false),
            ]
        );
    }

    /// The shipped messages count by these rules: Arabic's 103 takes `few` (intl_pluralrules
    /// gave it `other`), 111 `many`, 100 `other`; and no shipped message selects on a count
    /// without `PLURAL`.
    #[test]
    fn shipped_messages_select_by_these_rules() {
        let l10n = crate::i18n::Localizer::load("en", None).expect("locales");
        let ar = l10n.negotiate(["ar"]);
        let subject = |count: u32| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            // Without the isolation marks around the number.
            l10n.text(&ar, "email-subject-digest", Some(&args))
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(subject(103), "103 تحديثات بشأن منشوراتك");
        assert_eq!(subject(111), "111 تحديثًا بشأن منشوراتك");
        assert_eq!(subject(100), "100 تحديث بشأن منشوراتك");
        let bare = regex::Regex::new(r"\{\s*\$count\s*->").expect("regex");
        for (tag, files) in crate::i18n::embedded_files() {
            for (name, text) in files {
                assert!(
                    !bare.is_match(&text),
                    "{tag}/{name} selects on $count without PLURAL"
                );
            }
        }
    }
}
