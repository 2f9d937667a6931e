//! One email for one user: a single notification, or a digest of several, in the recipient's
//! language (the result's `Translate-Error-Message`, then the user's locale, then the default).

use fluent_bundle::FluentArgs;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use lettre::Message;
use lettre::message::Mailbox;

use std::sync::Arc;

use crate::config;
use crate::domain::params::AspectRatio;
use crate::domain::user_id::UserId;
use crate::email::{Outgoing, build};
use crate::i18n::{Formats, Lang};
use crate::present::{Subject, millis, time_zone};
use crate::render::Renderer;
use crate::render::view::{Brand, EmailView, ItemView, Link, Strings, accent};
use crate::security::token::{self, Grant, Signer};
use crate::store::UserRow;
use crate::store::outbox::{Claimed, EmailNotification};
use crate::texts::Texts;

/// Unsubscribe links keep working this long.
const UNSUBSCRIBE_VALIDITY: jiff::SignedDuration = jiff::SignedDuration::from_hours(24 * 365);

/// What writing an email needs: the texts, the templates, the signer of unsubscribe links,
/// the sender and the brand.
#[derive(Clone)]
pub struct Composer {
    pub(super) texts: Texts,
    renderer: Arc<Renderer>,
    signer: Arc<Signer>,
    from: Mailbox,
    reply_to: Option<Mailbox>,
    public_url: String,
    brand: config::Brand,
}

impl Composer {
    pub fn new(
        texts: Texts,
        renderer: Arc<Renderer>,
        signer: Arc<Signer>,
        email: &config::Email,
        public_url: &str,
        brand: config::Brand,
    ) -> Self {
        Self {
            texts,
            renderer,
            signer,
            from: email.from.clone(),
            reply_to: email.reply_to.clone(),
            public_url: public_url.to_owned(),
            brand,
        }
    }

    /// The email for `deliveries` (in the order given), identified by `email_id`.
    pub fn compose(
        &self,
        user: &UserRow,
        address: &str,
        deliveries: &[&Claimed],
        notifications: &[&EmailNotification],
        email_id: &str,
        now: Timestamp,
    ) -> anyhow::Result<Message> {
        let lang = self.texts.l10n().negotiate(
            deliveries
                .iter()
                .filter_map(|d| d.language.as_deref())
                .take(1)
                .chain(user.locale.as_deref()),
        );
        let zone = time_zone(user.timezone.as_deref());
        let view = view(self, user, deliveries, notifications, &lang, &zone, now)?;
        let rendered = self.renderer.email(&view)?;
        let to = Mailbox::new(user.name.clone(), address.parse()?);
        Ok(build(Outgoing {
            from: self.from.clone(),
            reply_to: self.reply_to.clone(),
            to,
            subject: view.subject,
            text: rendered.text,
            html: rendered.html,
            message_id: format!("<{email_id}@{}>", message_id_domain(&self.public_url)),
            unsubscribe_url: view.unsubscribe.url,
            language: view.lang,
        })?)
    }
}

/// The most notifications one email lists: a digest of more says how many others wait in the
/// dashboard, so that neither its size nor the work to build it grows with a backlog.
pub const MAX_LISTED: usize = 20;
/// The most titles a digest's preheader names.
const PREHEADER_TITLES: usize = 3;

/// The ratios as the body writes them (`1,91:1` in French), for the email's highlight line.
fn localized(mut ratio: AspectRatio, formats: &Formats) -> AspectRatio {
    ratio.ratio = formats.ratio(&ratio.ratio);
    if let Some(accepted) = &mut ratio.accepted {
        for label in [&mut accepted.min, &mut accepted.max, &mut accepted.target] {
            *label = formats.ratio(label);
        }
    }
    ratio
}

fn view(
    composer: &Composer,
    user: &UserRow,
    deliveries: &[&Claimed],
    notifications: &[&EmailNotification],
    lang: &Lang,
    zone: &TimeZone,
    now: Timestamp,
) -> anyhow::Result<EmailView> {
    let l10n = composer.texts.l10n();
    let text = |id: &str, args: &FluentArgs<'_>| l10n.text(lang, id, Some(args));
    let presenter = composer.texts.presenter();
    let product = composer.brand.product_name.as_str();
    let with_product = || {
        let mut args = FluentArgs::new();
        args.set("product", product);
        args
    };

    let listed = notifications.len().min(MAX_LISTED);
    let mut items = Vec::with_capacity(listed);
    let mut first = None;
    for notification in &notifications[..listed] {
        let params = notification.read_params().params;
        let platforms: Vec<String> = serde_json::from_str(&notification.platforms).unwrap_or_default();
        let subject = Subject {
            kind: &notification.kind,
            platforms: &platforms,
            params: &params,
            upstream_language: notification.language.as_deref(),
            user_id: &user.id,
            occurred_at: millis(notification.last_seen_at),
            expires_at: notification.expires_at.map(millis),
            occurrences: notification.occurrences,
        };
        let rendered = presenter.text(&subject, lang, zone);
        first.get_or_insert_with(|| {
            (
                rendered.title.clone(),
                rendered.preheader.clone(),
                notification.severity,
            )
        });
        items.push(ItemView {
            kind: notification.kind.clone(),
            severity: notification.severity.as_str().to_owned(),
            accent: accent(notification.severity.as_str()),
            paragraphs: rendered.body.split("\n\n").map(str::to_owned).collect(),
            title: rendered.title,
            action: rendered.action,
            // Under the email's own heading: the message as it came, without the label.
            details: subject.upstream_message(),
            ratio: params
                .aspect_ratio
                .map(|ratio| localized(ratio, l10n.formats(lang))),
            until: rendered.until,
        });
    }
    let (first_title, first_preheader, severity) =
        first.ok_or_else(|| anyhow::anyhow!("an email needs a notification"))?;

    let (subject, preheader) = if notifications.len() == 1 {
        let mut args = FluentArgs::new();
        args.set("severity", severity.as_str());
        args.set("title", first_title);
        (text("email-subject", &args), first_preheader)
    } else {
        let mut count = FluentArgs::new();
        count.set("count", notifications.len());
        // Titles are sentences of their own: separated, not joined into one with "and".
        let titles: Vec<&str> = items
            .iter()
            .take(PREHEADER_TITLES)
            .map(|i| i.title.as_str())
            .collect();
        let separator = l10n.text(lang, "email-preheader-separator", None);
        let mut list = FluentArgs::new();
        list.set("titles", titles.join(&separator));
        (
            text("email-subject-digest", &count),
            text("email-preheader-digest", &list),
        )
    };
    let mut greeting = FluentArgs::new();
    greeting.set("name", user.name.clone().unwrap_or_else(|| "none".into()));
    let mut intro = with_product();
    intro.set("count", notifications.len());
    let more = (notifications.len() > listed).then(|| {
        let mut more = with_product();
        more.set("count", notifications.len() - listed);
        text("email-more", &more)
    });

    let mut categories: Vec<String> = Vec::new();
    for delivery in deliveries {
        if !categories.contains(&delivery.category) {
            categories.push(delivery.category.clone());
        }
    }
    let names: Vec<String> = categories
        .iter()
        .map(|c| l10n.text(lang, &format!("category-{c}"), None))
        .collect();
    let mut unsubscribe = FluentArgs::new();
    unsubscribe.set(
        "category",
        l10n.formats(lang).list(names.iter().map(String::as_str)),
    );
    let grant = Grant {
        user: UserId::parse(&user.id)?,
        scope: categories,
        expires: now.checked_add(UNSUBSCRIBE_VALIDITY)?,
        generation: user.token_generation,
    };
    let token = composer.signer.issue(token::UNSUBSCRIBE, &grant, now);

    Ok(EmailView {
        lang: l10n.tag(lang).to_owned(),
        dir: l10n.dir(lang),
        subject,
        preheader,
        greeting: text("email-greeting", &greeting),
        intro: text("email-intro", &intro),
        items,
        more,
        strings: Strings {
            link_fallback: l10n.text(lang, "email-link-fallback", None),
            details_heading: l10n.text(lang, "email-details-heading", None),
            label_separator: l10n.text(lang, "email-label-separator", None),
        },
        dashboard: Link {
            label: text("email-open-product", &with_product()),
            url: composer.texts.links().dashboard_url.clone(),
        },
        unsubscribe: Link {
            label: text("email-unsubscribe", &unsubscribe),
            url: format!(
                "{}/unsubscribe?token={token}",
                composer.public_url.trim_end_matches('/')
            ),
        },
        footer_reason: text("email-footer-reason", &with_product()),
        brand: Brand {
            product_name: product.to_owned(),
            logo_url: composer.brand.logo_url.clone(),
            primary_color: composer.brand.primary_color.clone(),
        },
    })
}

/// The host of the public URL: Message-IDs then look like `<id@herald.example.com>`.
fn message_id_domain(public_url: &str) -> &str {
    let host = public_url.split("://").nth(1).unwrap_or(public_url);
    let host = host.split(['/', '?', '#']).next().unwrap_or(host);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    match host.split(':').next() {
        Some(h) if !h.is_empty() => h,
        _ => "herald.invalid",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn message_id_domain_is_the_public_host() {
        assert_eq!(
            super::message_id_domain("https://herald.example.com/base"),
            "herald.example.com"
        );
        assert_eq!(super::message_id_domain("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(super::message_id_domain("https://"), "herald.invalid");
    }
}
