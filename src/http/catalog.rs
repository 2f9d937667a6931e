//! `POST /v1/explain` (a dry run: what a result would produce, stored nowhere) and
//! `GET /v1/catalog` (the kinds and the rules that map to them).

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use super::auth::Operator;
use super::ingest::{read_result, require_json, translate_header};
use super::problem::Problem;
use crate::app::AppState;
use crate::domain::catalog::{KindSpec, RatioRange, RuleView};
use crate::domain::classify::{Classification, Params};
use crate::i18n::Lang;
use crate::present::{Presenter, Subject, Text};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/explain", post(explain))
        .route("/v1/catalog", get(catalog))
}

#[derive(Deserialize)]
struct ExplainParams {
    locale: Option<String>,
}

/// What `explain` shows for each notification a result would produce.
#[derive(Serialize)]
pub struct Explained<'a> {
    pub kind: &'a str,
    pub category: &'static str,
    pub severity: &'static str,
    pub email: bool,
    pub platforms: &'a [String],
    pub condition_key: Option<&'a str>,
    pub resolve_key: Option<&'a str>,
    pub expires_at: Option<String>,
    pub params: &'a Params,
    #[serde(flatten)]
    pub text: Text,
}

#[derive(Serialize)]
pub struct Explanation<'a> {
    pub notifications: Vec<Explained<'a>>,
    pub resolves: &'a [String],
}

/// Renders a classification for `herald explain` and `POST /v1/explain`.
pub fn explain_classification<'a>(
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

async fn explain(
    State(app): State<AppState>,
    _: Operator,
    headers: HeaderMap,
    params: Result<Query<ExplainParams>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<serde_json::Value>, Problem> {
    let Query(params) = params?;
    let body = body?;
    require_json(&headers)?;
    let language = translate_header(&headers)?;
    let now = Timestamp::now();
    let (_, classification) = read_result(&app, &body, now)?;
    let lang = app.l10n.negotiate(params.locale.as_deref());
    let explanation =
        explain_classification(&app.presenter(), &classification, &lang, language.as_deref(), now);
    serde_json::to_value(explanation)
        .map(Json)
        .map_err(|e| Problem::unavailable(format!("could not render the explanation: {e}")))
}

#[derive(Serialize)]
struct CatalogView<'a> {
    kinds: Vec<&'a KindSpec>,
    rules: &'a [RuleView],
    ratios: &'a std::collections::BTreeMap<String, RatioRange>,
}

async fn catalog(State(app): State<AppState>, _: Operator) -> Json<serde_json::Value> {
    let view = CatalogView {
        kinds: app.catalog.kinds().iter().map(AsRef::as_ref).collect(),
        rules: app.catalog.rules(),
        ratios: app.catalog.ratios(),
    };
    Json(serde_json::to_value(view).unwrap_or_default())
}
