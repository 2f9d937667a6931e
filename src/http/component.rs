//! The browser component `<herald-inbox>`: its script, and the words it shows.
//!
//! - `GET /v1/inbox.js`: the ES module (`web/inbox.js`, embedded in the binary), public, with
//!   a content `ETag` and a day's cache. A module script loaded from another origin is fetched
//!   with CORS, so it is readable by any (`Access-Control-Allow-Origin: *`): it holds no data.
//! - `GET /v1/users/{user_id}/inbox/texts`: the component's texts (`inbox-*` in the Fluent
//!   files) in the viewer's language, chosen as for the inbox itself (`locale`, then
//!   `Accept-Language`, then the user's locale); counted texts per plural category, see
//!   `i18n::client`. The texts are public, so that the component can say that a credential
//!   failed: only with the user's credential does the user's own locale count.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::{Auth, InboxAccess, UserPath};
use super::inbox::{Inbox, Viewer, not_modified, revalidated};
use super::openapi::{Public, UserIdPath};
use super::problem::{Problem, Type};
use super::rate_limit::ClientIp;

/// The component, as committed (no build step).
const SCRIPT: &str = include_str!("../../web/inbox.js");
/// The id prefix of the component's messages.
pub const TEXTS: &str = "inbox-";

static SCRIPT_ETAG: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(SCRIPT.as_bytes());
    format!("\"{}\"", hex::encode(&digest[..12]))
});

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(script))
        .routes(routes!(texts))
}

#[utoipa::path(
    get,
    path = "/v1/inbox.js",
    tag = "inbox",
    operation_id = "component",
    summary = "The `<herald-inbox>` browser component, an ES module",
    params(("If-None-Match" = Option<String>, Header, description = "The `ETag` of an earlier answer.")),
    responses(
        (status = 200, description = "The module.", content_type = "text/javascript", body = String,
            headers(("ETag" = String, description = "The module's content hash."))),
        (status = 304, description = "Unchanged since the `ETag` sent."),
        Public,
    )
)]
async fn script(State(auth): State<Auth>, client: ClientIp, request: HeaderMap) -> Result<Response, Problem> {
    auth.anonymous(client)?;
    let etag = SCRIPT_ETAG.as_str();
    let headers = [
        (header::ETAG, etag),
        // A day fresh, then revalidated with the ETag: a new herald reaches browsers within a
        // day without a versioned URL.
        (header::CACHE_CONTROL, "public, max-age=86400"),
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    if not_modified(&request, etag) {
        return Ok((StatusCode::NOT_MODIFIED, headers).into_response());
    }
    let script = [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")];
    Ok((StatusCode::OK, headers, script, SCRIPT).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct TextsParams {
    /// The language, before `Accept-Language` and the user's locale.
    locale: Option<String>,
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/inbox/texts",
    tag = "inbox",
    operation_id = "componentTexts",
    summary = "The component's texts in the viewer's language",
    description = "Public, so that the component can say that a credential failed; with the \
        user's credential, the user's locale counts too.",
    params(
        UserIdPath,
        TextsParams,
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of an earlier answer."),
        ("Accept-Language" = Option<String>, Header, description = "The viewer's languages."),
    ),
    responses(
        (status = 200, description = "The texts.", body = crate::i18n::client::ClientTexts,
            headers(("ETag" = String, description = "Changes with the language and the texts."))),
        (status = 304, description = "Unchanged since the `ETag` sent."),
        Public,
    ),
    security((), ("api_key" = []), ("inbox_token" = []))
)]
async fn texts(
    State(inbox): State<Inbox>,
    State(auth): State<Auth>,
    client: ClientIp,
    UserPath(_): UserPath,
    access: Result<InboxAccess, Problem>,
    headers: HeaderMap,
    params: Result<Query<TextsParams>, QueryRejection>,
) -> Result<Response, Problem> {
    let Query(params) = params?;
    // Public: without a valid credential (which its own limit counted), the client's.
    let user = match access {
        Ok(InboxAccess(user_id)) => inbox.db.user(&user_id).await?,
        Err(problem) if problem.kind() == Type::RateLimited => return Err(problem),
        Err(_) => {
            auth.anonymous(client)?;
            None
        }
    };
    let lang = Viewer::new(&inbox.texts, user.as_ref(), params.locale.as_deref(), &headers)
        .lang_for(&inbox.texts, None);
    let l10n = inbox.texts.l10n();
    // The whole chain: a text missing in the first locale comes from the next one.
    let mut hasher = DefaultHasher::new();
    (inbox.texts.epoch(), &lang).hash(&mut hasher);
    let etag = format!("W/\"t{:016x}\"", hasher.finish());
    // The user's locale may change: an hour, then revalidated.
    const CACHE: &str = "private, max-age=3600";
    let response = if not_modified(&headers, &etag) {
        revalidated(StatusCode::NOT_MODIFIED, &etag, CACHE, ())
    } else {
        revalidated(
            StatusCode::OK,
            &etag,
            CACHE,
            Json(l10n.client_texts(&lang, TEXTS)),
        )
    };
    Ok(response)
}
