//! `POST /v1/explain` (a dry run: what a result or an Ayrshare webhook would produce, stored
//! nowhere) and
//! `GET /v1/catalog` (the kinds and the rules that map to them).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::Operator;
use super::ingest::{Ingest, json_body, require_json, translate_header};
use super::openapi::{TranslateHeader, WithKey, problems};
use super::problem::{Problem, Type};
use crate::domain::catalog::{Catalog, KindSpec, RatioRange, RuleView};
use crate::explain::{classify_body, explain as render};
use crate::texts::Texts;

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(explain))
        .routes(routes!(catalog))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct ExplainParams {
    /// The language to render in (a BCP 47 tag); herald's default otherwise.
    locale: Option<String>,
}

problems! {
    ExplainProblems = [
        InvalidJson,
        UnreadableBody,
        UnsupportedMediaType,
        NotAResult,
        Unauthorized,
        RateLimited,
    ];
}

#[utoipa::path(
    post,
    path = "/v1/explain",
    tag = "catalog",
    operation_id = "explain",
    summary = "What a result or an Ayrshare webhook would produce, stored nowhere",
    params(
        ExplainParams,
        TranslateHeader,
    ),
    request_body(content = crate::domain::result::ResultSchema, content_type = "application/json", description = "An Ayrshare result or webhook body, verbatim."),
    responses(
        (status = 200, description = "The notifications it would make, rendered.", body = crate::explain::Explanation<'_>),
        ExplainProblems,
    ),
    security(("api_key" = []))
)]
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

#[derive(Serialize, utoipa::ToSchema)]
struct CatalogView<'a> {
    kinds: Vec<&'a KindSpec>,
    rules: &'a [RuleView],
    #[schema(value_type = std::collections::BTreeMap<String, RatioRange>)]
    ratios: &'a std::collections::BTreeMap<String, RatioRange>,
}

#[utoipa::path(
    get,
    path = "/v1/catalog",
    tag = "catalog",
    operation_id = "catalog",
    summary = "The notification kinds, the rules that map error codes to them, and the accepted image ratios",
    responses((status = 200, description = "The catalog.", body = CatalogView<'_>), WithKey),
    security(("api_key" = []))
)]
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
