//! Texts for a client that formats them itself: the browser component (`GET /v1/inbox.js`)
//! takes its words from the same Fluent files as everything else, through
//! `GET …/inbox/texts`.
//!
//! A plain message goes out as its text. A message with a `$count` goes out as one text per
//! CLDR plural category of the locale, with `{count}` where the number goes: the browser picks
//! the category with `Intl.PluralRules`, which follows the same CLDR rules as Fluent. Such a
//! message selects on plural categories only (`[one]`, `[few]`, `*[other]`), never on exact
//! numbers: each category is rendered from one sample number.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::{Lang, Localizer};

/// The variable a counted message takes.
const COUNT: &str = "count";
/// Where the number goes in a counted message's text.
pub const COUNT_PLACEHOLDER: &str = "{count}";

#[derive(Debug, Serialize)]
pub struct ClientTexts {
    /// The locale the texts are in, and its direction (`ltr`, `rtl`).
    pub locale: String,
    pub dir: &'static str,
    pub texts: BTreeMap<String, String>,
    /// Counted messages: plural category (`one`, `few`, `other`…) → text with `{count}`.
    pub plurals: BTreeMap<String, BTreeMap<&'static str, String>>,
}

/// The smallest whole number of each plural category the language has, in CLDR's order.
pub(super) fn plural_samples(id: &LanguageIdentifier) -> Vec<(&'static str, u32)> {
    // As fluent-bundle chooses its rules: the language, else English.
    let english: LanguageIdentifier = super::SOURCE.parse().unwrap_or_default();
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = negotiate_languages(
        std::slice::from_ref(id),
        &available,
        Some(&english),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or(english);
    let Ok(rules) = PluralRules::create(chosen, PluralRuleType::CARDINAL) else {
        return vec![("other", 0)];
    };
    let mut samples: Vec<(&'static str, u32)> = Vec::new();
    for n in 0..=1000u32 {
        let Ok(category) = rules.select(n) else { continue };
        let name = category_name(category);
        if !samples.iter().any(|(c, _)| *c == name) {
            samples.push((name, n));
        }
    }
    samples
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

impl Localizer {
    /// Every message whose id starts with `prefix` (as the source locale defines them), in
    /// `lang`, ready for a client: see the module documentation.
    pub fn client_texts(&self, lang: &Lang, prefix: &str) -> ClientTexts {
        let locale = &self.locales[lang.chain[0]];
        let mut texts = BTreeMap::new();
        let mut plurals = BTreeMap::new();
        let source = &self.locales[self.source].shapes;
        for (id, shape) in source
            .range(prefix.to_owned()..)
            .take_while(|(id, _)| id.starts_with(prefix))
        {
            if !shape.variables.contains(COUNT) {
                texts.insert(id.clone(), self.text(lang, id, None));
                continue;
            }
            let variants = locale
                .plural_samples
                .iter()
                .map(|&(category, sample)| {
                    let mut args = FluentArgs::new();
                    args.set(COUNT, sample);
                    let text = self.text(lang, id, Some(&args));
                    (category, text.replacen(&sample.to_string(), COUNT_PLACEHOLDER, 1))
                })
                .collect();
            plurals.insert(id.clone(), variants);
        }
        ClientTexts {
            locale: locale.tag.clone(),
            dir: self.dir(lang),
            texts,
            plurals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_the_plural_categories_of_cldr() {
        let samples = |tag: &str| plural_samples(&tag.parse().expect("tag"));
        assert_eq!(samples("en"), [("other", 0), ("one", 1)]);
        assert_eq!(samples("ja"), [("other", 0)]);
        assert_eq!(
            samples("ar"),
            [
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 11),
                ("other", 100)
            ]
        );
        assert_eq!(samples("pt-BR")[0], ("one", 0), "Portuguese counts 0 as one");
    }

    #[test]
    fn counted_messages_go_out_per_category_with_a_placeholder() {
        let dir = tempfile::tempdir().expect("dir");
        for (tag, text) in [
            (
                "en",
                "t-plain = Archive\nt-count = { $count ->\n [one] One unread\n *[other] { $count } unread\n}\nother = Not mine\n",
            ),
            (
                "ar",
                "t-plain = أرشفة\nt-count = { $count ->\n [zero] لا شيء\n [one] واحد\n [two] اثنان\n [few] { $count } قليلة\n [many] { $count } كثيرة\n *[other] { $count } غير مقروء\n}\n",
            ),
        ] {
            std::fs::create_dir(dir.path().join(tag)).expect("dir");
            std::fs::write(dir.path().join(tag).join("t.ftl"), text).expect("ftl");
        }
        let l10n = Localizer::load("en", Some(dir.path())).expect("locales");
        let en = l10n.client_texts(&l10n.negotiate(["en"]), "t-");
        assert_eq!(en.texts.keys().collect::<Vec<_>>(), ["t-plain"]);
        assert_eq!(en.plurals["t-count"]["one"], "One unread");
        assert_eq!(en.plurals["t-count"]["other"], "{count} unread");
        let ar = l10n.client_texts(&l10n.negotiate(["ar"]), "t-");
        assert_eq!((ar.locale.as_str(), ar.dir), ("ar", "rtl"));
        assert_eq!(ar.texts["t-plain"], "أرشفة");
        assert_eq!(ar.plurals["t-count"]["zero"], "لا شيء");
        // Right-to-left texts keep Fluent's isolation marks around the number.
        assert_eq!(ar.plurals["t-count"]["many"], "\u{2068}{count}\u{2069} كثيرة");
        assert_eq!(ar.plurals["t-count"].len(), 6);
    }
}
