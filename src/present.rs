//! A stored notification as people read it: title, body, action and details in one locale.
//!
//! Notifications are stored as data (kind + parameters); this module is the one place that
//! turns them into text, for the inbox (viewer's locale), `explain` and email (recipient's
//! locale). Every word comes from Fluent; dates, durations and lists from ICU4X.

use fluent_bundle::FluentArgs;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::config::Links;
use crate::domain::catalog::Catalog;
use crate::domain::classify::{Draft, Params};
use crate::domain::result::{OTHER_PLATFORM, PLATFORMS};
use crate::i18n::{Forms, Lang, Localizer};
use std::borrow::Cow;

/// A stored instant (milliseconds since the epoch).
pub fn millis(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A user's time zone by its stored name; UTC without one.
pub fn time_zone(name: Option<&str>) -> TimeZone {
    name.and_then(|name| TimeZone::get(name).ok())
        .unwrap_or(TimeZone::UTC)
}

/// What a notification is about, as stored.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub kind: &'a str,
    pub platforms: &'a [String],
    pub params: &'a Params,
    /// The language Ayrshare translated the upstream message into (`Translate-Error-Message`).
    pub upstream_language: Option<&'a str>,
    pub user_id: &'a str,
    /// When the occurrence happened; relative phrases are measured from here, so the text of
    /// a stored notification does not change while nothing happens to it.
    pub occurred_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    /// How many times the problem happened; from the second time on, the body says so.
    pub occurrences: i64,
}

impl<'a> Subject<'a> {
    /// A notification as a classification drafts it, before anything is stored (`explain`).
    pub fn draft(draft: &'a Draft, upstream_language: Option<&'a str>, now: Timestamp) -> Self {
        Self {
            kind: &draft.kind.name,
            platforms: &draft.platforms,
            params: &draft.params,
            upstream_language,
            user_id: "",
            occurred_at: now,
            expires_at: draft.expires_at,
            occurrences: i64::from(draft.occurrences),
        }
    }

    /// Ayrshare's message and its details, as they came (an email shows them so, under its
    /// own heading; [`Text::details`] labels them when they are in another language).
    pub fn upstream_message(&self) -> Option<String> {
        match (&self.params.message, &self.params.details) {
            (Some(m), Some(d)) if m != d => Some(format!("{m}\n{d}")),
            (Some(m), _) => Some(m.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Text {
    pub title: String,
    /// The one-line summary an email shows after its subject.
    pub preheader: String,
    pub body: String,
    pub action: Option<Action>,
    /// The upstream message (Ayrshare's, with the network's inside it), escaped by whoever
    /// renders it; never the title. Labelled as the original message when it is in another
    /// language than the notification.
    pub details: Option<String>,
    /// When posting works again, as the body says it (rate limits).
    pub until: Option<String>,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Action {
    pub label: String,
    pub url: String,
}

/// Characters left alone in link placeholders: unreserved URL characters.
const PATH_SAFE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub struct Presenter<'a> {
    pub l10n: &'a Localizer,
    pub catalog: &'a Catalog,
    pub links: &'a Links,
}

impl<'a> Presenter<'a> {
    pub fn text(&self, subject: &Subject<'_>, lang: &Lang, zone: &TimeZone) -> Text {
        let args = self.args(subject, lang, zone);
        let kind = subject.kind;
        let mut body = self.l10n.text(lang, &format!("{kind}-body"), Some(&args));
        // Sentences follow the body as the language separates them (no space after 。).
        let mut add_sentence = |id: &str, count: i64| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            body.push_str(&self.l10n.text(lang, "notification-sentence-separator", None));
            body.push_str(&self.l10n.text(lang, id, Some(&args)));
        };
        let success = self.catalog.kind(kind).is_some_and(|spec| spec.success);
        if subject.occurrences > 1 && !success {
            add_sentence("notification-repeated", subject.occurrences);
        }
        if let Some(omitted) = subject.params.omitted {
            add_sentence("notification-omitted", i64::from(omitted));
        }
        if let Some(post) = &subject.params.post_excerpt {
            let mut quote = FluentArgs::new();
            quote.set("post", post.as_str());
            body.push_str("\n\n");
            body.push_str(&self.l10n.text(lang, "notification-post", Some(&quote)));
        }
        Text {
            title: self.l10n.text(lang, &format!("{kind}-title"), Some(&args)),
            preheader: self.l10n.text(lang, &format!("{kind}-preheader"), Some(&args)),
            body,
            action: self.action(subject, lang, &args),
            details: self.details(subject, lang),
            until: match args.get("until") {
                Some(fluent_bundle::FluentValue::String(until)) if until != "none" => Some(until.to_string()),
                _ => None,
            },
            locale: self.l10n.tag(lang).to_owned(),
        }
    }

    /// The arguments of a kind's messages; the forms' names are the localizer's, not copied.
    fn args<'s>(&self, subject: &'s Subject<'_>, lang: &Lang, zone: &TimeZone) -> FluentArgs<'s>
    where
        'a: 's,
    {
        let l10n: &'a Localizer = self.l10n;
        let params = subject.params;
        let formats = self.l10n.formats(lang);
        let forms: Vec<Cow<'_, Forms>> = if subject.platforms.is_empty() {
            vec![self.platform(OTHER_PLATFORM, lang)]
        } else {
            subject.platforms.iter().map(|p| self.platform(p, lang)).collect()
        };
        let mut args = FluentArgs::new();
        // Sentences built around a brand name may need other words for "your social network".
        let known = subject.platforms.first().is_some_and(|p| p != OTHER_PLATFORM);
        args.set("known", yes_no(known));
        args.set("count", forms.len());
        args.set("platforms", formats.list(forms.iter().map(|f| f.value.as_str())));
        let succeeded: Vec<Cow<'_, Forms>> =
            params.succeeded.iter().map(|p| self.platform(p, lang)).collect();
        // Every kind gets every variable (a translation may use any); an empty list costs
        // nothing.
        let list = |forms: &[Cow<'_, Forms>], form: &str| match forms {
            [] => String::new(),
            _ => formats.list(forms.iter().map(|f| f.get(form))),
        };
        args.set("succeeded", list(&succeeded, ""));
        // Each form `platform-other` declares as `$platform_<form>`, and `$platforms_<form>`
        // for the list of them all (`$succeeded_<form>` for those that published); a network
        // without the form is named as it is.
        for names in l10n.form_names(lang) {
            let form = names.form.as_str();
            args.set(names.platform.as_str(), borrowed(&forms[0], form));
            args.set(names.platforms.as_str(), list(&forms, form));
            args.set(names.succeeded.as_str(), list(&succeeded, form));
        }
        args.set("platform", borrowed(&forms[0], ""));
        args.set("partial", yes_no(params.partial == Some(true)));
        args.set("retry", yes_no(params.retry_available == Some(true)));
        args.set("by_system", yes_no(params.unlinked_by_system));
        match &params.aspect_ratio {
            Some(ratio) => {
                args.set("ratio", formats.ratio(&ratio.ratio));
                args.set("width", ratio.width);
                args.set("height", ratio.height);
                match &ratio.accepted {
                    Some(accepted) => {
                        args.set("advice", "crop");
                        args.set("min", formats.ratio(&accepted.min));
                        args.set("max", formats.ratio(&accepted.max));
                        args.set("target", formats.ratio(&accepted.target));
                        args.set("crop_width", accepted.crop_width);
                        args.set("crop_height", accepted.crop_height);
                    }
                    None => args.set("advice", "ratio"),
                }
            }
            None => args.set("advice", "none"),
        }
        match params.refresh_by {
            Some(deadline) => args.set("deadline", formats.date_time(deadline, zone)),
            None => args.set("deadline", "none"),
        }
        match (params.retry_after_secs, subject.expires_at) {
            (Some(secs), Some(until)) => {
                args.set("until", formats.moment(until, subject.occurred_at, zone));
                args.set("wait", formats.in_duration(SignedDuration::from_secs(secs)));
            }
            _ => {
                args.set("until", "none");
                args.set("wait", "none");
            }
        }
        args
    }

    /// A network's name and forms: its `platform-<id>` message, `platform-other` for none
    /// known, and `platform-unlisted` around the id of one herald has no message for.
    fn platform(&self, platform: &str, lang: &Lang) -> Cow<'a, Forms> {
        let l10n: &'a Localizer = self.l10n;
        if (PLATFORMS.contains(&platform) || platform == OTHER_PLATFORM)
            && let Some(forms) = l10n.network(lang, platform)
        {
            return Cow::Borrowed(forms);
        }
        let mut args = FluentArgs::new();
        args.set("name", capitalized(platform));
        Cow::Owned(
            self.l10n
                .forms(lang, "platform-unlisted", Some(&args))
                .unwrap_or_else(|| Forms {
                    value: platform.to_owned(),
                    attributes: Vec::new(),
                }),
        )
    }

    fn action(&self, subject: &Subject<'_>, lang: &Lang, args: &FluentArgs<'_>) -> Option<Action> {
        let spec = self.catalog.kind(subject.kind)?;
        let retry = subject.params.retry_available == Some(true);
        let name = if retry {
            spec.retry_action.as_ref().or(spec.action.as_ref())
        } else {
            spec.action.as_ref()
        }?;
        let url = self.link(self.links.templates.get(name)?, subject)?;
        Some(Action {
            label: self
                .l10n
                .text(lang, &format!("{}-action", subject.kind), Some(args)),
            url,
        })
    }

    /// Fills a link template; values are percent-encoded, `{dashboard_url}` is taken as is.
    /// `None` when the template needs a value the notification lacks (a post without an id):
    /// no button beats a button to a broken page.
    fn link(&self, template: &str, subject: &Subject<'_>) -> Option<String> {
        let platform = subject.platforms.first().map(String::as_str);
        let post = subject.params.post_id.as_deref();
        let mut url = template.replace("{dashboard_url}", self.links.dashboard_url.trim_end_matches('/'));
        for (placeholder, value) in [
            ("{platform}", platform),
            ("{post_id}", post),
            ("{user_id}", Some(subject.user_id)),
        ] {
            if url.contains(placeholder) {
                let value = value.filter(|v| !v.is_empty())?;
                url = url.replace(placeholder, &utf8_percent_encode(value, PATH_SAFE).to_string());
            }
        }
        Some(url)
    }

    /// The upstream message as it came, labelled as the original message when it is not in
    /// the language the notification is rendered in. Not as the network's words: Ayrshare
    /// wraps them in its own ("Caption enhancement failed for twitter…").
    fn details(&self, subject: &Subject<'_>, lang: &Lang) -> Option<String> {
        let message = subject.upstream_message()?;
        let rendered = self.l10n.tag(lang);
        // Without Translate-Error-Message, Ayrshare writes English.
        let upstream = subject.upstream_language.unwrap_or(crate::i18n::SOURCE);
        if primary(upstream).eq_ignore_ascii_case(primary(rendered)) {
            return Some(message);
        }
        let mut labelled = FluentArgs::new();
        labelled.set("message", message);
        Some(self.l10n.text(lang, "notification-upstream", Some(&labelled)))
    }
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// A network's form (its name for `""` or a form it lacks), borrowed from the localizer
/// where the network's forms were formatted at load.
fn borrowed<'l>(forms: &Cow<'l, Forms>, form: &str) -> Cow<'l, str> {
    match forms {
        Cow::Borrowed(forms) => Cow::Borrowed(forms.get(form)),
        Cow::Owned(forms) => Cow::Owned(forms.get(form).to_owned()),
    }
}

/// An unlisted network's id as a name: `mastodon` → `Mastodon`.
fn capitalized(id: &str) -> String {
    let mut chars = id.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}
