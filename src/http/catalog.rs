//! `POST /v1/explain` (a dry run: what a result or an Ayrshare webhook would produce, stored
//! nowhere) and
//! `GET /v1/catalog` (the kinds and the rules that map to them).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::ApiState;
use super::auth::Operator;
use super::ingest::{Ingest, json_body, require_json, translate_header};
use super::problem::{Problem, Type};
use crate::domain::catalog::{Catalog, KindSpec, RatioRange, RuleView};
use crate::explain::{classify_body, explain as render};
use crate::texts::Texts;

pub fn router() -> Router<ApiState> {
    Router::new()
        .route("/v1/explain", post(explain))
        .route("/v1/catalog", get(catalog))
}

#[derive(Deserialize)]
struct ExplainParams {
    locale: Option<String>,
}

async fn explain(
    State(ingest): State<Ingest>,
    State(texts): State<Texts>,
    _: Operator,
    headers: HeaderMap,
    params: Result<Query<ExplainParams>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<serde_json::Value>, Problem> {
    let Query(params) = params?;
    let body = body?;
    require_json(&headers)?;
    let language = translate_header(&headers)?;
    let now = ingest.now();
    let value = json_body(&body)?;
    let classification = classify_body(ingest.catalog(), &value, now)
        .map_err(|e| Problem::new(Type::NotAResult, e.to_string()))?;
    // As ingest would store it.
    let classification = ingest.capped(classification);
    let lang = texts.l10n().negotiate(params.locale.as_deref());
    let explanation = render(
        &texts.presenter(),
        &classification,
        &lang,
        language.as_deref(),
        now,
    );
    serde_json::to_value(explanation)
        .map(Json)
        .map_err(|e| Problem::internal(&e))
}

#[derive(Serialize)]
struct CatalogView<'a> {
    kinds: Vec<&'a KindSpec>,
    rules: &'a [RuleView],
    ratios: &'a std::collections::BTreeMap<String, RatioRange>,
}

async fn catalog(
    State(catalog): State<Arc<Catalog>>,
    _: Operator,
) -> Result<Json<serde_json::Value>, Problem> {
    let view = CatalogView {
        kinds: catalog.kinds().iter().map(AsRef::as_ref).collect(),
        rules: catalog.rules(),
        ratios: catalog.ratios(),
    };
    serde_json::to_value(view)
        .map(Json)
        .map_err(|e| Problem::internal(&e))
}
