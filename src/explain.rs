//! What a result would produce, rendered and stored nowhere: `herald explain` and
//! `POST /v1/explain` show the same thing, for results and Ayrshare webhook bodies alike.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::Value;

use crate::domain::catalog::Catalog;
use crate::domain::classify::{Classification, Params, classify};
use crate::domain::result::{self, NotAResult};
use crate::domain::webhook::{Head, classify_webhook};
use crate::i18n::Lang;
use crate::present::{Presenter, Subject, Text};

/// What `explain` shows for each notification a result would produce.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Explained<'a> {
    pub kind: &'a str,
    pub category: &'static str,
    pub severity: &'static str,
    pub email: bool,
    pub platforms: &'a [String],
    pub condition_key: Option<&'a str>,
    pub resolve_key: Option<&'a str>,
    pub expires_at: Option<String>,
    #[schema(value_type = Params)]
    pub params: &'a Params,
    #[serde(flatten)]
    pub text: Text,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Explanation<'a> {
    pub notifications: Vec<Explained<'a>>,
    pub resolves: &'a [String],
}

/// What a body asks for: an Ayrshare webhook as `POST /v1/webhooks/ayrshare` would take it,
/// anything else as a result POSTed to `…/results`. Results carry an `action` too
/// (`"post"`), so a body is taken for a webhook by the actions webhooks have, or, with an
/// action herald does not know, when it is no result.
pub fn classify_body(catalog: &Catalog, value: &Value, now: Timestamp) -> Result<Classification, NotAResult> {
    let head = Head::read(value).ok();
    if let Some(head) = head.as_ref().filter(|head| head.is_known_action()) {
        return Ok(classify_webhook(catalog, head, value, now));
    }
    match (result::parse(value), head) {
        (Ok(outcomes), _) => Ok(classify(catalog, &outcomes, now)),
        (Err(_), Some(head)) => Ok(classify_webhook(catalog, &head, value, now)),
        (Err(not_a_result), None) => Err(not_a_result),
    }
}

/// Renders a classification in `lang` (times in UTC: there is no user to take a zone from).
pub fn explain<'a>(
    presenter: &Presenter<'_>,
    classification: &'a Classification,
    lang: &Lang,
    upstream_language: Option<&'a str>,
    now: Timestamp,
) -> Explanation<'a> {
    let notifications = classification
        .drafts
        .iter()
        .map(|draft| {
            let subject = Subject::draft(draft, upstream_language, now);
            Explained {
                kind: &draft.kind.name,
                category: draft.kind.category.as_str(),
                severity: draft.kind.severity.as_str(),
                email: draft.kind.email,
                platforms: &draft.platforms,
                condition_key: draft.condition_key.as_deref(),
                resolve_key: draft.resolve_key.as_deref(),
                expires_at: draft.expires_at.map(|t| t.to_string()),
                params: &draft.params,
                text: presenter.text(&subject, lang, &TimeZone::UTC),
            }
        })
        .collect();
    Explanation {
        notifications,
        resolves: &classification.resolves,
    }
}
