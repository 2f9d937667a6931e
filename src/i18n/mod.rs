//! Localization: Fluent bundles for every shipped locale, negotiation, per-message fallback.
//!
//! `locales/<locale>/*.ftl` are embedded at build time; `locales_dir` in the configuration adds
//! locales, or replaces files of shipped ones, without a rebuild. `en` is the source and the
//! last fallback of every chain. Negotiation (RFC 4647 filtering with likely subtags, by
//! `fluent-langneg`) turns what a request or a user asks for into a chain such as
//! `fr-CA → fr → en` or `pt → pt-BR → en`; each message is taken from the first locale in the
//! chain that has it.

pub mod client;
mod format;
pub mod plurals;
pub mod shape;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

pub use format::Formats;
pub use shape::Shape;

#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct Embedded;

/// The source locale: complete by definition, the end of every fallback chain.
pub const SOURCE: &str = "en";

/// Languages written right to left.
const RTL: &[&str] = &["ar", "fa", "he", "ur"];

pub struct Localizer {
    locales: Vec<Locale>,
    /// Identifiers in the same order as `locales`, for negotiation.
    ids: Vec<LanguageIdentifier>,
    default: usize,
    source: usize,
    /// A hash of every Fluent source loaded: changes when any text could.
    fingerprint: u64,
}

struct Locale {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    formats: Formats,
    rtl: bool,
    /// Each message's variables and selector keys, for `herald check`.
    shapes: BTreeMap<String, Shape>,
    /// A whole number of each plural category, for [`Localizer::client_texts`].
    plural_samples: Vec<plurals::PluralSample>,
    /// The networks' `platform-<id>` messages (those without variables), formatted once
    /// (every rendered notification names networks), by `<id>`.
    networks: HashMap<String, Forms>,
    /// The forms `platform-other` declares, with the argument names they are passed under.
    form_names: Vec<FormNames>,
}

/// A message and its attributes, formatted ([`Localizer::forms`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forms {
    pub value: String,
    pub attributes: Vec<(String, String)>,
}

/// One declared form (`on`) and the arguments it is passed as: `platform_on`, `platforms_on`,
/// `succeeded_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormNames {
    pub form: String,
    pub platform: String,
    pub platforms: String,
    pub succeeded: String,
}

impl Forms {
    /// The form an attribute gives, or the value where this message has no such attribute.
    pub fn get(&self, attribute: &str) -> &str {
        self.attributes
            .iter()
            .find(|(name, _)| *name == attribute)
            .map_or(&self.value, |(_, form)| form)
    }
}

/// The result of negotiation: locales to try, best first.
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
    #[error("cannot read {path}: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("the default locale `{0}` is not shipped")]
    Default(String),
    #[error(transparent)]
    Formats(#[from] format::FormatsError),
}

impl Localizer {
    /// Loads the embedded locales, then `extra` (a directory of `<tag>/*.ftl`) on top.
    pub fn load(default: &str, extra: Option<&Path>) -> Result<Self, I18nError> {
        let mut files = embedded_files();
        if let Some(dir) = extra {
            files.extend(directory_files(dir)?);
        }
        let fingerprint = {
            let mut hasher = std::hash::DefaultHasher::new();
            std::hash::Hash::hash(&files, &mut hasher);
            std::hash::Hasher::finish(&hasher)
        };
        let mut locales: Vec<Locale> = Vec::new();
        for (tag, sources) in files {
            locales.push(build_locale(&tag, &sources)?);
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
            fingerprint,
        };
        let chain = localizer.negotiate([default]).chain;
        let found = chain[0] != source || default == SOURCE || default.starts_with("en-");
        if !found {
            return Err(I18nError::Default(default.to_owned()));
        }
        localizer.default = chain[0];
        Ok(localizer)
    }

    /// The shipped locale tags, source first.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.source)
            .chain((0..self.locales.len()).filter(|&i| i != self.source))
            .map(|i| self.locales[i].tag.as_str())
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

    /// Changes whenever a loaded translation does.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The tag of the locale a chain renders in (its first).
    pub fn tag(&self, lang: &Lang) -> &str {
        &self.locales[lang.chain[0]].tag
    }

    /// The HTML `dir` of the locale a chain renders in.
    pub fn dir(&self, lang: &Lang) -> &'static str {
        if self.locales[lang.chain[0]].rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn formats(&self, lang: &Lang) -> &Formats {
        &self.locales[lang.chain[0]].formats
    }

    /// Formats a message from the first locale of the chain that has it. A message missing
    /// everywhere renders as its id (`herald check` fails long before that ships); formatting
    /// errors are logged.
    pub fn text(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_text(lang, id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Like [`Localizer::text`], but `None` when no locale in the chain has the message.
    pub fn try_text(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (text, errors) = self.format(lang, id, args)?;
        if !errors.is_empty() {
            tracing::warn!(message_id = id, ?errors, "Fluent formatting errors");
        }
        Some(text)
    }

    /// Formats a message and returns Fluent's errors with it, for checks.
    pub fn format(
        &self,
        lang: &Lang,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<(String, Vec<FluentError>)> {
        lang.chain.iter().find_map(|&i| {
            let bundle = &self.locales[i].bundle;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = match bundle.format_pattern(pattern, args, &mut errors) {
                Cow::Borrowed(s) => s.to_owned(),
                Cow::Owned(s) => s,
            };
            Some((text, errors))
        })
    }

    /// A message's value with each of its attributes (`.gender`, `.on`…), all from the first
    /// locale of the chain that has the message: a network's name with the grammatical forms
    /// that locale's sentences need. Attributes come in the order the file gives them.
    pub fn forms(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<Forms> {
        lang.chain
            .iter()
            .find_map(|&i| format_forms(&self.locales[i].bundle, id, args))
    }

    /// A network's `platform-<id>` message with its forms, as formatted at load, from the
    /// first locale of the chain that has it (`id`: `facebook`, `other`…).
    pub fn network(&self, lang: &Lang, id: &str) -> Option<&Forms> {
        lang.chain.iter().find_map(|&i| self.locales[i].networks.get(id))
    }

    /// The forms the chain's `platform-other` declares, and their argument names.
    pub fn form_names(&self, lang: &Lang) -> &[FormNames] {
        lang.chain
            .iter()
            .map(|&i| &self.locales[i])
            .find(|l| l.networks.contains_key("other"))
            .map_or(&[], |l| &l.form_names)
    }

    /// The chain that renders in exactly this shipped locale (for checks and snapshots).
    pub fn exactly(&self, tag: &str) -> Option<Lang> {
        let index = self.locales.iter().position(|l| l.tag == tag)?;
        Some(Lang {
            chain: if index == self.source {
                vec![index]
            } else {
                vec![index, self.source]
            },
        })
    }

    /// Each message's shape in the locale with this tag.
    pub fn shapes(&self, tag: &str) -> Option<&BTreeMap<String, Shape>> {
        self.locales.iter().find(|l| l.tag == tag).map(|l| &l.shapes)
    }

    /// Whether the locale with this tag (exactly) has the message: for `herald check`.
    pub fn has_message(&self, tag: &str, id: &str) -> bool {
        self.locales
            .iter()
            .any(|l| l.tag == tag && l.bundle.has_message(id))
    }
}

/// Source files by locale tag: `(file name, text)`.
type Sources = BTreeMap<String, BTreeMap<String, String>>;

/// A language tag in canonical form (`pt-br` → `pt-BR`), or `None` when it is not one. The
/// one check for tags from headers, profiles and the configuration (at most 35 characters,
/// RFC 5646's practical bound).
pub fn canonical_tag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    tag.parse::<LanguageIdentifier>().ok().map(|id| id.to_string())
}

fn embedded_files() -> Sources {
    let mut files = Sources::new();
    for path in Embedded::iter() {
        let Some((tag, name)) = path.split_once('/') else {
            continue;
        };
        let data = Embedded::get(&path).map(|f| f.data).unwrap_or_default();
        files
            .entry(tag.to_owned())
            .or_default()
            .insert(name.to_owned(), String::from_utf8_lossy(&data).into_owned());
    }
    files
}

/// `<dir>/<tag>/*.ftl`: new locales, or files replacing the embedded ones of the same name.
fn directory_files(dir: &Path) -> Result<Sources, I18nError> {
    let read = |path: &Path| {
        std::fs::read_dir(path).map_err(|error| I18nError::Read {
            path: path.display().to_string(),
            error,
        })
    };
    let mut files = Sources::new();
    for locale in read(dir)?.flatten().filter(|e| e.path().is_dir()) {
        let tag = locale.file_name().to_string_lossy().into_owned();
        for file in read(&locale.path())?.flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") {
                let text = std::fs::read_to_string(file.path()).map_err(|error| I18nError::Read {
                    path: file.path().display().to_string(),
                    error,
                })?;
                files.entry(tag.clone()).or_default().insert(name, text);
            }
        }
    }
    Ok(merge_embedded(files))
}

/// Directory locales that exist embedded keep the embedded files they do not replace.
fn merge_embedded(overrides: Sources) -> Sources {
    let mut embedded = embedded_files();
    overrides
        .into_iter()
        .map(|(tag, files)| {
            let mut merged = embedded.remove(&tag).unwrap_or_default();
            merged.extend(files);
            (tag, merged)
        })
        .collect()
}

/// A message and its attributes, formatted in one bundle.
fn format_forms(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<Forms> {
    let message = bundle.get_message(id)?;
    let mut errors = Vec::new();
    let mut format = |pattern| bundle.format_pattern(pattern, args, &mut errors).into_owned();
    let value = format(message.value()?);
    let attributes = message
        .attributes()
        .map(|attribute| (attribute.id().to_owned(), format(attribute.value())))
        .collect();
    if !errors.is_empty() {
        tracing::warn!(message_id = id, ?errors, "Fluent formatting errors");
    }
    Some(Forms { value, attributes })
}

fn build_locale(tag: &str, sources: &BTreeMap<String, String>) -> Result<Locale, I18nError> {
    let id: LanguageIdentifier = tag.parse().map_err(|_| I18nError::Tag(tag.to_owned()))?;
    let rtl = RTL.contains(&id.language.as_str());
    let rules = plurals::Plurals::of(tag).map_err(|error| I18nError::Bundle {
        file: format!("{tag}: ICU4X's plural rules"),
        errors: error.to_string(),
    })?;
    let plural_samples = rules.samples();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks protect Latin names inside right-to-left text; elsewhere they would
    // only clutter subjects and plain-text mail.
    bundle.set_use_isolating(rtl);
    rules.add_to(&mut bundle).map_err(|error| I18nError::Bundle {
        file: format!("{tag}: the {} function", plurals::FUNCTION),
        errors: format!("{error:?}"),
    })?;
    let mut shapes = BTreeMap::new();
    for (name, text) in sources {
        let file = format!("{tag}/{name}");
        shapes.extend(shape::of_source(text).map_err(|errors| I18nError::Syntax {
            file: file.clone(),
            errors,
        })?);
        let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| I18nError::Syntax {
            file: file.clone(),
            errors: format!("{errors:?}"),
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Bundle {
                file,
                errors: format!("{errors:?}"),
            })?;
    }
    let networks: HashMap<String, Forms> = shapes
        .iter()
        .filter(|(_, shape)| shape.variables.is_empty())
        .filter_map(|(id, _)| {
            let network = id.strip_prefix("platform-")?;
            Some((network.to_owned(), format_forms(&bundle, id, None)?))
        })
        .collect();
    let form_names = networks
        .get("other")
        .map(|other| {
            other
                .attributes
                .iter()
                .map(|(form, _)| FormNames {
                    form: form.clone(),
                    platform: format!("platform_{form}"),
                    platforms: format!("platforms_{form}"),
                    succeeded: format!("succeeded_{form}"),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Locale {
        tag: tag.to_owned(),
        bundle,
        formats: Formats::new(tag)?,
        rtl,
        shapes,
        plural_samples,
        networks,
        form_names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l10n() -> Localizer {
        Localizer::load("en", None).expect("locales")
    }

    #[test]
    fn the_fingerprint_follows_the_translations() {
        assert_eq!(l10n().fingerprint(), l10n().fingerprint());
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir(dir.path().join("en")).expect("en");
        std::fs::write(dir.path().join("en/extra.ftl"), "extra-note = Changed\n").expect("ftl");
        let changed = Localizer::load("en", Some(dir.path())).expect("locales");
        assert_ne!(changed.fingerprint(), l10n().fingerprint());
    }

    #[test]
    fn negotiates_with_regional_and_default_fallback() {
        let l10n = l10n();
        let tag = |requested: &[&str]| l10n.tag(&l10n.negotiate(requested.iter().copied())).to_owned();
        assert_eq!(tag(&["xx"]), "en");
        assert_eq!(tag(&["sv", "en"]), "en");
        for chinese in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN"] {
            assert_eq!(tag(&[chinese]), "zh-Hans", "{chinese}");
        }
        for traditional in ["zh-TW", "zh-HK", "zh-Hant"] {
            assert_eq!(
                tag(&[traditional]),
                "en",
                "{traditional} is not written in simplified characters"
            );
        }
        assert_eq!(tag(&["not a tag!", "en-GB"]), "en");
        assert_eq!(tag(&[]), "en");
        assert_eq!(tag(&["fr-CA"]), "fr");
        assert_eq!(tag(&["pt"]), "pt-BR");
        assert_eq!(tag(&["pt-PT"]), "pt-BR");
        assert_eq!(
            tag(&["sv", "de"]),
            "de",
            "an unshipped language falls through to the next"
        );
        assert_eq!(tag(&["ar-EG"]), "ar");
        assert_eq!(l10n.dir(&l10n.negotiate(["ar"])), "rtl");
    }

    #[test]
    fn falls_back_per_message() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir(dir.path().join("fr")).expect("dir");
        // A French file that replaces the shipped platforms.ftl with one message only.
        std::fs::write(
            dir.path().join("fr/platforms.ftl"),
            "platform-other = un réseau\n",
        )
        .expect("file");
        let l10n = Localizer::load("en", Some(dir.path())).expect("locales");
        let fr = l10n.negotiate(["fr"]);
        assert_eq!(l10n.text(&fr, "platform-other", None), "un réseau");
        assert!(!l10n.has_message("fr", "platform-facebook"));
        assert_eq!(l10n.text(&fr, "platform-facebook", None), "Facebook", "from en");
    }

    #[test]
    fn formats_with_arguments() {
        let l10n = l10n();
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
