//! What the templates see. Every string here is already localized.

use serde::Serialize;

use crate::domain::params::AspectRatio;
use crate::present::Action;

#[derive(Debug, Clone, Serialize)]
pub struct EmailView {
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub subject: String,
    pub preheader: String,
    pub greeting: String,
    pub intro: String,
    pub items: Vec<ItemView>,
    /// Under a digest too long to list whole: how many more wait in the dashboard.
    pub more: Option<String>,
    pub strings: Strings,
    pub dashboard: Link,
    pub unsubscribe: Link,
    pub footer_reason: String,
    pub brand: Brand,
}

/// One notification in an email.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub kind: String,
    pub severity: String,
    /// The colour of the item's edge, by severity.
    pub accent: &'static str,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub action: Option<Action>,
    pub details: Option<String>,
    /// For media-aspect-ratio: the numbers behind the advice.
    pub ratio: Option<AspectRatio>,
    /// For rate limits: when posting works again, as the body says it.
    pub until: Option<String>,
}

/// Labels the item templates share.
#[derive(Debug, Clone, Serialize)]
pub struct Strings {
    pub link_fallback: String,
    pub details_heading: String,
    /// Between a label and what it labels in plain text: `: `, French's ` : `, Japanese `：`.
    pub label_separator: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Brand {
    pub product_name: String,
    pub logo_url: String,
    pub primary_color: String,
}

/// An unsubscribe page.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub form: Option<Form>,
    pub brand: Brand,
}

#[derive(Debug, Clone, Serialize)]
pub struct Form {
    pub action: String,
    pub button: String,
}

/// The edge colour of an item: red for action required, amber for warnings, blue for news.
pub fn accent(severity: &str) -> &'static str {
    match severity {
        "action_required" => "#dc2626",
        "warning" => "#d97706",
        _ => "#2563eb",
    }
}

impl Brand {
    fn sample() -> Self {
        Self {
            product_name: "p".into(),
            logo_url: String::new(),
            primary_color: "#000000".into(),
        }
    }
}

impl EmailView {
    /// A view with every optional part present, for rendering checks.
    pub fn sample() -> Self {
        let link = || Link {
            label: "l".into(),
            url: "https://example.invalid/".into(),
        };
        let item = |kind: &str| ItemView {
            kind: kind.into(),
            severity: "warning".into(),
            accent: accent("warning"),
            title: "t".into(),
            paragraphs: vec!["p".into()],
            action: Some(Action {
                label: "a".into(),
                url: "https://example.invalid/".into(),
            }),
            details: Some("d".into()),
            ratio: None,
            until: Some("u".into()),
        };
        Self {
            lang: "en".into(),
            dir: "ltr",
            subject: "s".into(),
            preheader: "p".into(),
            greeting: "g".into(),
            intro: "i".into(),
            items: vec![
                item("rate-limited"),
                item("media-aspect-ratio"),
                item("no-template-for-this-kind"),
            ],
            more: Some("m".into()),
            strings: Strings {
                link_fallback: "f".into(),
                details_heading: "h".into(),
                label_separator: ": ".into(),
            },
            dashboard: link(),
            unsubscribe: link(),
            footer_reason: "r".into(),
            brand: Brand::sample(),
        }
    }
}

impl PageView {
    pub fn sample() -> Self {
        Self {
            lang: "en".into(),
            dir: "ltr",
            title: "t".into(),
            paragraphs: vec!["p".into()],
            form: Some(Form {
                action: "/".into(),
                button: "b".into(),
            }),
            brand: Brand::sample(),
        }
    }
}
