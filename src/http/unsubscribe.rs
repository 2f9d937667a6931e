//! One-click unsubscribe (RFC 8058): `GET /unsubscribe?token=…` shows a confirmation page,
//! `POST` (from that page's button, or from the mail client's List-Unsubscribe-Post) turns the
//! token's categories off for email. Idempotent; a bad or tampered token gets a page that says
//! so and changes nothing. Pages are in the browser's language, then the user's.

use axum::extract::{FromRef, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentArgs;
use serde::Deserialize;
use utoipa::openapi::schema::{self, ObjectBuilder};
use utoipa::openapi::{ContentBuilder, RefOr};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use std::collections::BTreeMap;
use std::sync::Arc;

use super::ApiState;
use super::auth::Auth;
use super::openapi::problems;
use super::problem::Problem;
use super::rate_limit::ClientIp;
use crate::clock::Clock;
use crate::config;
use crate::i18n::Lang;
use crate::render::Renderer;
use crate::render::view::{Brand, Form, PageView};
use crate::security::token::{self, Grant, Signer};
use crate::store::Db;
use crate::texts::Texts;

/// What the unsubscribe pages need.
#[derive(Clone)]
pub struct Pages {
    db: Db,
    signer: Arc<Signer>,
    texts: Texts,
    renderer: Arc<Renderer>,
    brand: Arc<config::Brand>,
    clock: Clock,
}

impl Pages {
    pub fn new(
        db: Db,
        signer: Arc<Signer>,
        texts: Texts,
        renderer: Arc<Renderer>,
        brand: config::Brand,
        clock: Clock,
    ) -> Self {
        Self {
            db,
            signer,
            texts,
            renderer,
            brand: Arc::new(brand),
            clock,
        }
    }
}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new().routes(routes!(confirm, unsubscribe))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct Params {
    /// The token of the link in the email.
    token: Option<String>,
}

problems! {
    PageProblems = [RateLimited];
}

/// The pages' problems, and the invalid-link page beside the problem of a `400`: a link's
/// reader gets a page in their language, a malformed request still a problem.
struct PageAnswers;

impl utoipa::IntoResponses for PageAnswers {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
        let mut responses = <PageProblems as utoipa::IntoResponses>::responses();
        if let Some(RefOr::T(bad)) = responses.get_mut("400") {
            bad.description = format!(
                "The invalid-link page (`text/html`): an unknown, expired or revoked token. {}",
                bad.description
            );
            let page = ObjectBuilder::new().schema_type(schema::Type::String);
            let html = ContentBuilder::new().schema(Some(page)).build();
            bad.content.insert("text/html".to_owned(), html.into());
        }
        responses
    }
}

/// The grant of an unsubscribe link: within the client's rate, with a valid token; otherwise
/// the answer to give instead (a `429`, or the invalid-link page).
struct Granted {
    grant: Grant,
    token: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Granted
where
    Pages: FromRef<S>,
    Auth: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        if let Err(limited) = Auth::from_ref(state).anonymous(ClientIp::of(parts)) {
            return Err(limited.into_response());
        }
        let pages = Pages::from_ref(state);
        // A malformed query (the token twice) is an invalid link like any other.
        let token = Query::<Params>::try_from_uri(&parts.uri)
            .ok()
            .and_then(|Query(params)| params.token);
        let Some(grant) = token.as_deref().and_then(|token| grant(&pages, token)) else {
            return Err(invalid(&pages, &parts.headers));
        };
        // A link mailed before its user was deleted, or their tokens revoked, opens nothing.
        match pages.db.token_generation(&grant.user).await {
            Ok(current) if current == grant.generation => Ok(Self {
                grant,
                token: token.unwrap_or_default(),
            }),
            Ok(_) => Err(invalid(&pages, &parts.headers)),
            Err(error) => Err(Problem::from(error).into_response()),
        }
    }
}

#[utoipa::path(
    get,
    path = "/unsubscribe",
    tag = "users",
    operation_id = "unsubscribePage",
    summary = "The page an email's unsubscribe link opens: a button that confirms",
    description = "Opening the page changes nothing (mail scanners open links); the button POSTs.",
    params(Params, ("Accept-Language" = Option<String>, Header, description = "The reader's languages.")),
    responses(
        (status = 200, description = "The confirmation page.", content_type = "text/html", body = String),
        PageAnswers,
    )
)]
async fn confirm(
    State(pages): State<Pages>,
    headers: HeaderMap,
    Granted { grant, token }: Granted,
) -> Response {
    let lang = page_lang(&pages, &headers, grant_locale(&pages, &grant).await.as_deref());
    let args = category_args(&pages, &lang, &grant);
    // Relative to this page, so that the form works behind a proxy that serves herald under a
    // path prefix (`public_url` with a path).
    let action = format!("?token={token}");
    page(
        &pages,
        &lang,
        StatusCode::OK,
        "page-unsubscribe-title",
        &["page-unsubscribe-question", "page-unsubscribe-note"],
        &args,
        Some(action),
    )
}

#[utoipa::path(
    post,
    path = "/unsubscribe",
    tag = "users",
    operation_id = "unsubscribe",
    summary = "Turn the link's categories off by email (also one-click, RFC 8058)",
    params(Params, ("Accept-Language" = Option<String>, Header, description = "The reader's languages.")),
    request_body(content = Option<String>, content_type = "application/x-www-form-urlencoded",
        description = "Ignored: `List-Unsubscribe=One-Click` from a mail client, or the page's form."),
    responses(
        (status = 200, description = "Done: the confirmation page.", content_type = "text/html", body = String),
        PageAnswers,
    )
)]
async fn unsubscribe(
    State(pages): State<Pages>,
    headers: HeaderMap,
    Granted { grant, .. }: Granted,
) -> Response {
    if let Err(error) = pages
        .db
        .unsubscribe(&grant.user, &grant.scope, pages.clock.now_ms())
        .await
    {
        return Problem::from(error).into_response();
    }
    let lang = page_lang(&pages, &headers, grant_locale(&pages, &grant).await.as_deref());
    let args = category_args(&pages, &lang, &grant);
    page(
        &pages,
        &lang,
        StatusCode::OK,
        "page-unsubscribed-title",
        &["page-unsubscribed-body"],
        &args,
        None,
    )
}

fn grant(pages: &Pages, token: &str) -> Option<Grant> {
    let grant = pages
        .signer
        .verify(token::UNSUBSCRIBE, token, pages.clock.now())?;
    let known = grant
        .scope
        .iter()
        .all(|c| crate::domain::catalog::Category::parse(c).is_some());
    (known && !grant.scope.is_empty()).then_some(grant)
}

async fn grant_locale(pages: &Pages, grant: &Grant) -> Option<String> {
    pages
        .db
        .user(&grant.user)
        .await
        .ok()
        .flatten()
        .and_then(|u| u.locale)
}

fn page_lang(pages: &Pages, headers: &HeaderMap, user_locale: Option<&str>) -> Lang {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accept_language::parse)
        .unwrap_or_default();
    pages
        .texts
        .l10n()
        .negotiate(accepted.iter().map(String::as_str).chain(user_locale))
}

fn category_args<'a>(pages: &Pages, lang: &Lang, grant: &Grant) -> FluentArgs<'a> {
    let names: Vec<String> = grant
        .scope
        .iter()
        .map(|c| pages.texts.l10n().text(lang, &format!("category-{c}"), None))
        .collect();
    let mut args = FluentArgs::new();
    args.set(
        "category",
        pages
            .texts
            .l10n()
            .formats(lang)
            .list(names.iter().map(String::as_str)),
    );
    args.set("product", pages.brand.product_name.clone());
    args
}

fn invalid(pages: &Pages, headers: &HeaderMap) -> Response {
    let lang = page_lang(pages, headers, None);
    page(
        pages,
        &lang,
        StatusCode::BAD_REQUEST,
        "page-invalid-title",
        &["page-invalid-body"],
        &FluentArgs::new(),
        None,
    )
}

fn page(
    pages: &Pages,
    lang: &Lang,
    status: StatusCode,
    title: &str,
    paragraphs: &[&str],
    args: &FluentArgs<'_>,
    form: Option<String>,
) -> Response {
    let l10n = pages.texts.l10n();
    let view = PageView {
        lang: l10n.tag(lang).to_owned(),
        dir: l10n.dir(lang),
        title: l10n.text(lang, title, Some(args)),
        paragraphs: paragraphs
            .iter()
            .map(|id| l10n.text(lang, id, Some(args)))
            .collect(),
        form: form.map(|action| Form {
            action,
            button: l10n.text(lang, "page-unsubscribe-button", Some(args)),
        }),
        brand: Brand {
            product_name: pages.brand.product_name.clone(),
            logo_url: pages.brand.logo_url.clone(),
            primary_color: pages.brand.primary_color.clone(),
        },
    };
    match pages.renderer.page(&view) {
        Ok(html) => {
            let mut response = (status, html).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            // The token is in the URL: keep it out of referrers; the page needs no scripts.
            headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src https:; form-action 'self'; frame-ancestors 'none'"),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => {
            tracing::error!(%error, "rendering a page failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
