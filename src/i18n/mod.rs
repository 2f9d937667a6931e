//! Localization: Fluent bundles for every shipped locale, negotiation, per-message fallback.
//!
//! `locales/<locale>/*.ftl` are embedded at build time; `en` is the source and the last
//! fallback of every chain. Negotiation (RFC 4647 filtering with likely subtags, by
//! `fluent-langneg`) turns what a request or a user asks for into a chain such as
//! `fr-CA → fr → en` or `pt → pt-BR → en`; each message is taken from the first locale in the
//! chain that has it.

mod format;

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

pub use format::Formats;

#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct Embedded;

/// The source locale: complete by definition, the end of every fallback chain.
pub const SOURCE: &str = "en";

/// Locales written right to left.
const RTL: &[&str] = &["ar", "fa", "he", "ur"];

pub struct Localizer {
    locales: Vec<Locale>,
    /// Identifiers in the same order as `locales`, for negotiation.
    ids: Vec<LanguageIdentifier>,
    default: usize,
    source: usize,
}

struct Locale {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    formats: Formats,
    rtl: bool,
}

/// The result of negotiation: locales to try, best first. Cheap to copy around.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang {
    chain: Vec<usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale directory `{0}` is not a language tag")]
    Tag(String),
    #[error("{file}: Fluent syntax errors: {errors}")]
    Syntax { file: String, errors: String },
    #[error("{file}: {errors}")]
    Bundle { file: String, errors: String },
    #[error("the default locale `{0}` is not shipped")]
    Default(String),
    #[error(transparent)]
    Formats(#[from] format::FormatsError),
}

impl Localizer {
    /// Loads every embedded locale; `default` must be one of them (or negotiate to one).
    pub fn load(default: &str) -> Result<Self, I18nError> {
        let mut files: Vec<_> = Embedded::iter().collect();
        files.sort();
        let mut locales: Vec<Locale> = Vec::new();
        for file in files {
            let Some((tag, _)) = file.split_once('/') else {
                continue;
            };
            let id: LanguageIdentifier = tag.parse().map_err(|_| I18nError::Tag(tag.to_owned()))?;
            if !locales.iter().any(|l| l.tag == tag) {
                let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
                let rtl = RTL.contains(&id.language.as_str());
                // Isolation marks protect Latin names inside right-to-left text; elsewhere
                // they would only clutter subjects and plain-text mail.
                bundle.set_use_isolating(rtl);
                locales.push(Locale {
                    tag: tag.to_owned(),
                    bundle,
                    formats: Formats::new(tag)?,
                    rtl,
                });
            }
            let locale = locales.iter_mut().find(|l| l.tag == tag).expect("just pushed");
            let source = Embedded::get(&file).map(|f| f.data).unwrap_or_default();
            let text = String::from_utf8_lossy(&source).into_owned();
            let resource = FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                file: file.to_string(),
                errors: format!("{errors:?}"),
            })?;
            locale
                .bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Bundle {
                    file: file.to_string(),
                    errors: format!("{errors:?}"),
                })?;
        }
        let ids: Vec<LanguageIdentifier> = locales
            .iter()
            .map(|l| l.tag.parse().map_err(|_| I18nError::Tag(l.tag.clone())))
            .collect::<Result<_, _>>()?;
        let source = locales
            .iter()
            .position(|l| l.tag == SOURCE)
            .ok_or_else(|| I18nError::Default(SOURCE.into()))?;
        let mut localizer = Self {
            locales,
            ids,
            default: source,
            source,
        };
        let chain = localizer.negotiate([default]).chain;
        if chain.len() == 1 && default != SOURCE && !default.starts_with("en") {
            return Err(I18nError::Default(default.to_owned()));
        }
        localizer.default = chain[0];
        Ok(localizer)
    }

    /// The shipped locale tags, source first.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.locales[self.source].tag.as_str()).chain(
            self.locales
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != self.source)
                .map(|(_, l)| l.tag.as_str()),
        )
    }

    /// Negotiates the requested tags (best first; invalid ones are skipped) into a chain that
    /// ends with the configured default and then the source locale.
    pub fn negotiate<'a>(&self, requested: impl IntoIterator<Item = &'a str>) -> Lang {
        let requested: Vec<LanguageIdentifier> = requested
            .into_iter()
            .filter_map(|tag| tag.trim().replace('_', "-").parse().ok())
            .collect();
        let default = &self.ids[self.default];
        let supported = negotiate_languages(
            &requested,
            &self.ids,
            Some(default),
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<usize> = supported
            .into_iter()
            .filter_map(|id| self.ids.iter().position(|x| x == id))
            .collect();
        for fallback in [self.default, self.source] {
            if !chain.contains(&fallback) {
                chain.push(fallback);
            }
        }
        Lang { chain }
    }

    /// The tag of the locale a chain renders in (its first).
    pub fn tag(&self, lang: &Lang) -> &str {
        &self.locales[lang.chain[0]].tag
    }

    pub fn is_rtl(&self, lang: &Lang) -> bool {
        self.locales[lang.chain[0]].rtl
    }

    pub fn formats(&self, lang: &Lang) -> &Formats {
        &self.locales[lang.chain[0]].formats
    }

    /// Formats a message from the first locale of the chain that has it. A message missing
    /// everywhere renders as its id (and `herald check` fails long before that ships).
    pub fn text(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_text(lang, id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Like [`Localizer::text`], but `None` when no locale in the chain has the message.
    pub fn try_text(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        lang.chain.iter().find_map(|&i| {
            let bundle = &self.locales[i].bundle;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(message_id = id, locale = %self.locales[i].tag, ?errors, "Fluent formatting errors");
            }
            Some(match text {
                Cow::Borrowed(s) => s.to_owned(),
                Cow::Owned(s) => s,
            })
        })
    }

    /// Whether the locale with this tag (exactly) has the message: for `herald check`.
    pub fn has_message(&self, tag: &str, id: &str) -> bool {
        self.locales
            .iter()
            .any(|l| l.tag == tag && l.bundle.has_message(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_with_regional_and_default_fallback() {
        let l10n = Localizer::load("en").expect("locales");
        assert_eq!(l10n.tag(&l10n.negotiate(["xx"])), "en");
        assert_eq!(l10n.tag(&l10n.negotiate(["zh", "en"])), "en");
        assert_eq!(l10n.tag(&l10n.negotiate(["not a tag!", "en-GB"])), "en");
        assert_eq!(l10n.tag(&l10n.negotiate(std::iter::empty())), "en");
    }

    #[test]
    fn formats_with_arguments() {
        let l10n = Localizer::load("en").expect("locales");
        let lang = l10n.negotiate(["en-US"]);
        let mut args = FluentArgs::new();
        args.set("platform", "Facebook");
        assert_eq!(
            l10n.text(&lang, "account-disconnected-title", Some(&args)),
            "Reconnect Facebook"
        );
        assert_eq!(l10n.text(&lang, "no-such-message", None), "no-such-message");
    }
}
