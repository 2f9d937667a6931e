//! Texts for a client that formats them itself: the browser component (`GET /v1/inbox.js`)
//! takes its words from the same Fluent files as everything else, through
//! `GET …/inbox/texts`.
//!
//! A plain message goes out as its text. A message with a `$count` goes out as one text per
//! CLDR plural category of the locale, with `{count}` where the number goes: the browser picks
//! the category with `Intl.PluralRules`, which follows the same CLDR rules as the messages'
//! `PLURAL` (`super::plurals`). Such a message selects on plural categories only (`[one]`,
//! `[few]`, `*[other]`), never on exact numbers: each category is rendered from one sample
//! number.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::plurals::PluralSample;
use super::{Lang, Localizer};

/// The variable a counted message takes.
const COUNT: &str = "count";
/// Where the number goes in a counted message's text.
const COUNT_PLACEHOLDER: &str = "{count}";

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ClientTexts {
    /// The locale the texts are in, and its direction (`ltr`, `rtl`).
    pub locale: String,
    pub dir: &'static str,
    pub texts: BTreeMap<String, String>,
    /// Counted messages: plural category (`one`, `few`, `other`…) → text with `{count}`.
    #[schema(value_type = BTreeMap<String, BTreeMap<String, String>>)]
    pub plurals: BTreeMap<String, BTreeMap<&'static str, String>>,
}

/// A category's text, rendered with its sample, with the placeholder where the number is;
/// an error when where it goes would be a guess: the number occurs more than once, or not at
/// all although the category has other numbers (then the text comes back as it was).
fn with_placeholder(text: String, plural: &PluralSample) -> Result<String, String> {
    let digits = plural.sample.to_string();
    match text.matches(&digits).count() {
        1 => Ok(text.replacen(&digits, COUNT_PLACEHOLDER, 1)),
        0 if plural.only => Ok(text),
        _ => Err(text),
    }
}

impl Localizer {
    /// Every message whose id starts with `prefix` (as the source locale defines them), in
    /// `lang`, ready for a client: see the module documentation.
    pub fn client_texts(&self, lang: &Lang, prefix: &str) -> ClientTexts {
        let locale = &self.locales[lang.chain[0]];
        let mut texts = BTreeMap::new();
        let mut plurals = BTreeMap::new();
        for (id, counted) in self.client_messages(prefix) {
            if !counted {
                texts.insert(id.to_owned(), self.text(lang, id, None));
                continue;
            }
            let variants = locale
                .plural_samples
                .iter()
                .map(|plural| {
                    let text = self.counted_text(lang, id, plural.sample);
                    // `check_client_texts` refuses a locale where this would not work.
                    let text = with_placeholder(text, plural).unwrap_or_else(|text| text);
                    (plural.category, text)
                })
                .collect();
            plurals.insert(id.to_owned(), variants);
        }
        ClientTexts {
            locale: locale.tag.clone(),
            dir: self.dir(lang),
            texts,
            plurals,
        }
    }

    /// Problems of the client texts of every locale: a counted text whose number cannot be
    /// told from the rest of it (see `with_placeholder`).
    pub fn check_client_texts(&self, prefix: &str) -> Vec<String> {
        let mut problems = Vec::new();
        for tag in self.tags() {
            let Some(lang) = self.exactly(tag) else { continue };
            let locale = &self.locales[lang.chain[0]];
            for (id, _) in self.client_messages(prefix).filter(|(_, counted)| *counted) {
                for plural in &locale.plural_samples {
                    let text = self.counted_text(&lang, id, plural.sample);
                    if with_placeholder(text, plural).is_err() {
                        problems.push(format!(
                            "`{tag}` `{id}` [{}]: rendered with {}, the number must occur once, where it goes",
                            plural.category, plural.sample
                        ));
                    }
                }
            }
        }
        problems
    }

    /// The ids starting with `prefix` (as the source locale defines them), and whether each
    /// is counted.
    fn client_messages<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, bool)> + 'a {
        self.locales[self.source]
            .shapes
            .range(prefix.to_owned()..)
            .take_while(move |(id, _)| id.starts_with(prefix))
            .map(|(id, shape)| (id.as_str(), shape.variables.contains(COUNT)))
    }

    fn counted_text(&self, lang: &Lang, id: &str, sample: u32) -> String {
        let mut args = FluentArgs::new();
        args.set(COUNT, sample);
        self.text(lang, id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counted_text_must_show_its_number_once_unless_the_category_is_one_number() {
        let only = PluralSample {
            category: "two",
            sample: 2,
            only: true,
        };
        let many = PluralSample {
            category: "other",
            sample: 100,
            only: false,
        };
        assert_eq!(with_placeholder("اثنان".into(), &only), Ok("اثنان".into()));
        assert_eq!(
            with_placeholder("100 unread".into(), &many),
            Ok("{count} unread".into())
        );
        assert_eq!(with_placeholder("unread".into(), &many), Err("unread".into()));
        assert_eq!(
            with_placeholder("100 of 100".into(), &many),
            Err("100 of 100".into())
        );
    }

    #[test]
    fn counted_messages_go_out_per_category_with_a_placeholder() {
        let dir = tempfile::tempdir().expect("dir");
        for (tag, text) in [
            (
                "en",
                "t-plain = Archive\nt-count = { PLURAL($count) ->\n [one] One unread\n *[other] { $count } unread\n}\nother = Not mine\n",
            ),
            (
                "ar",
                "t-plain = أرشفة\nt-count = { PLURAL($count) ->\n [zero] لا شيء\n [one] واحد\n [two] اثنان\n [few] { $count } قليلة\n [many] { $count } كثيرة\n *[other] { $count } غير مقروء\n}\n",
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
