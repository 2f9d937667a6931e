//! The inbox a dashboard polls: pages of notifications rendered in the viewer's language,
//! counts, read state. Polling is cheap: every response carries the user's inbox `version`
//! (bumped by the database on every change) and an `ETag` derived from it and the request;
//! the version comes from the live inbox's memory (`crate::live`), so an unchanged inbox
//! answers a `304` (and a counts poll) without a query. The change feed, long-poll and stream
//! built on the same versions are in `http::live`.

use std::hash::{DefaultHasher, Hash, Hasher};

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::InboxAccess;
use super::openapi::{UserIdPath, problems};
use super::problem::Problem;
use crate::clock::Clock;
use crate::domain::catalog::{Category, Severity};
use crate::domain::state::NotificationState;
use crate::domain::user_id::UserId;
use crate::i18n::Lang;
use crate::live::Live;
use crate::present::{Action, Subject, millis, time_zone};
use crate::store::{
    ArchivedFilter, Changed, Counts, Cursor, Db, InboxQuery, NotificationRow, ReadFilter, StateChange,
    UserRow,
};
use crate::texts::Texts;

/// What the inbox routes need: the store, the live versions, the texts to render items in,
/// the clock, the page sizes (`inbox.default_limit`, `inbox.max_limit`) and how long a
/// stream waits for a slow reader.
#[derive(Clone)]
pub struct Inbox {
    pub(super) db: Db,
    pub(super) live: Live,
    pub(super) texts: Texts,
    pub(super) clock: Clock,
    default_limit: u32,
    pub(super) max_limit: u32,
    pub(super) slow_reader_timeout: std::time::Duration,
    pub(super) stream_max_age: std::time::Duration,
}

impl Inbox {
    pub fn new(db: Db, live: Live, texts: Texts, clock: Clock, config: &crate::config::Inbox) -> Self {
        Self {
            db,
            live,
            texts,
            clock,
            default_limit: config.default_limit,
            max_limit: config.max_limit,
            slow_reader_timeout: config.slow_reader_timeout,
            stream_max_age: config.stream_max_age,
        }
    }

    /// `limit` as asked (1 to `inbox.max_limit`), or `default`.
    pub(super) fn page_size(&self, asked: Option<u32>, default: u32) -> Result<u32, Problem> {
        match asked {
            None => Ok(default),
            Some(n) if (1..=self.max_limit).contains(&n) => Ok(n),
            Some(_) => Err(Problem::invalid(
                "query.limit",
                format!("must be between 1 and {}", self.max_limit),
            )),
        }
    }

    /// `rows` as inbox items, in the language the request asks for (`locale`, then
    /// `Accept-Language`, then the user's own) and the user's time zone.
    pub(super) fn render(
        &self,
        user_id: &UserId,
        profile: Option<&UserRow>,
        locale: Option<&str>,
        headers: &HeaderMap,
        rows: &[NotificationRow],
    ) -> Vec<Item> {
        let viewer = Viewer::new(&self.texts, profile, locale, headers);
        let zone = time_zone(profile.and_then(|u| u.timezone.as_deref()));
        let now = self.clock.now_ms();
        rows.iter()
            .map(|row| {
                let lang = viewer.lang_for(&self.texts, row.language.as_deref());
                item(&self.texts, user_id, row, &lang, &zone, now)
            })
            .collect()
    }

    /// After a change made here: the live inbox learns the new version.
    async fn changed(&self, user: &UserId) -> Result<(), Problem> {
        Ok(self.live.refresh(&self.db, &[user.as_str()]).await?)
    }
}

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(counts))
        .routes(routes!(read_all))
        .routes(routes!(seen_all))
        .routes(routes!(change))
}

problems! {
    /// A user's inbox, by the operator's key or the user's token.
    pub InboxProblems = [Unauthorized, Forbidden, RateLimited];
    ChangeProblems = [Unauthorized, Forbidden, NotFound, RateLimited];
}

#[derive(Debug, Default, Deserialize, Hash, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ListParams {
    /// Items per page, 1 to `inbox.max_limit` (`inbox.default_limit`).
    #[param(minimum = 1)]
    limit: Option<u32>,
    /// The `next` of the page before.
    after: Option<String>,
    /// `unread`, `read` or `all` (the default).
    #[param(pattern = "^(unread|read|all)$")]
    status: Option<String>,
    /// `false` (the default: not archived), `true` or `all`.
    #[param(pattern = "^(true|false|all)$")]
    archived: Option<String>,
    /// Only this category.
    #[param(value_type = Option<crate::domain::catalog::Category>)]
    category: Option<String>,
    /// The language to render in, before `Accept-Language` and the user's locale.
    locale: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = InboxPage)]
struct Page {
    items: Vec<Item>,
    next: Option<String>,
    counts: Counts,
    /// The inbox version this page is at least as new as: `since` for the change feed.
    version: i64,
}

/// `GET …/inbox/counts`.
#[derive(Serialize, utoipa::ToSchema)]
struct VersionedCounts {
    #[serde(flatten)]
    counts: Counts,
    version: i64,
}

/// An inbox item, as the README's API section describes it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Item {
    id: String,
    kind: String,
    category: Category,
    severity: Severity,
    state: NotificationState,
    platforms: Vec<String>,
    title: String,
    body: String,
    action: Option<Action>,
    details: Option<String>,
    occurrences: i64,
    created_at: String,
    last_seen_at: String,
    read_at: Option<String>,
    seen_at: Option<String>,
    archived_at: Option<String>,
    expires_at: Option<String>,
    locale: String,
    /// `ltr` or `rtl`: the direction of the locale the texts are in.
    dir: &'static str,
    /// The inbox version at which this item last changed.
    version: i64,
    /// The stored parameters could not be read: the text is the kind's alone, without the
    /// specifics. Present only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    incomplete: bool,
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/inbox",
    tag = "inbox",
    operation_id = "listInbox",
    summary = "A page of the user's notifications, newest first, in the viewer's language",
    description = "Send the `ETag` back as `If-None-Match`: an unchanged inbox answers `304` \
        without a database query.",
    params(
        UserIdPath,
        ListParams,
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of an earlier answer."),
        ("Accept-Language" = Option<String>, Header, description = "The viewer's languages."),
    ),
    responses(
        (status = 200, description = "A page.", body = Page,
            headers(("ETag" = String, description = "Changes when the inbox or the request does."))),
        (status = 304, description = "Unchanged since the `ETag` sent."),
        InboxProblems,
    ),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn list(
    State(inbox): State<Inbox>,
    InboxAccess(user_id): InboxAccess,
    headers: HeaderMap,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Response, Problem> {
    let Query(params) = params?;
    let query = InboxQuery {
        read: match params.status.as_deref() {
            None | Some("all") => ReadFilter::All,
            Some("unread") => ReadFilter::Unread,
            Some("read") => ReadFilter::Read,
            Some(_) => return Err(Problem::invalid("query.status", "must be unread, read or all")),
        },
        archived: match params.archived.as_deref() {
            None | Some("false") => ArchivedFilter::Active,
            Some("true") => ArchivedFilter::Archived,
            Some("all") => ArchivedFilter::All,
            Some(_) => return Err(Problem::invalid("query.archived", "must be true, false or all")),
        },
        category: match params.category.as_deref() {
            None => None,
            Some(c) => Some(
                Category::parse(c)
                    .ok_or_else(|| Problem::invalid("query.category", "is not a notification category"))?,
            ),
        },
        after: params.after.as_deref().map(decode_cursor).transpose()?,
        limit: inbox.page_size(params.limit, inbox.default_limit)?,
    };
    let version = inbox.live.version(&inbox.db, &user_id).await?;
    let etag = etag(&inbox.texts, version, &headers, &params);
    if not_modified(&headers, &etag) {
        return Ok(cached(StatusCode::NOT_MODIFIED, &etag, ()));
    }
    let user = inbox.db.user(&user_id).await?;
    let limit = query.limit as usize;
    // One row more than asked tells whether there is a next page.
    let page_query = InboxQuery {
        limit: query.limit + 1,
        ..query
    };
    let (mut rows, counts) = tokio::try_join!(
        inbox.db.inbox_page(&user_id, &page_query),
        inbox.db.inbox_counts(&user_id)
    )?;
    let next = (rows.len() > limit).then(|| {
        rows.truncate(limit);
        rows.last().map(encode_cursor)
    });
    let page = Page {
        items: inbox.render(&user_id, user.as_ref(), params.locale.as_deref(), &headers, &rows),
        next: next.flatten(),
        counts,
        version,
    };
    Ok(cached(StatusCode::OK, &etag, Json(page)))
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/inbox/counts",
    tag = "inbox",
    operation_id = "inboxCounts",
    summary = "The unread, unseen and total counts, for a badge",
    description = "Answered from memory while the inbox is unchanged; `304` for the same `ETag`.",
    params(
        UserIdPath,
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of an earlier answer."),
    ),
    responses(
        (status = 200, description = "The counts.", body = VersionedCounts,
            headers(("ETag" = String, description = "Changes with the inbox."))),
        (status = 304, description = "Unchanged since the `ETag` sent."),
        InboxProblems,
    ),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn counts(
    State(inbox): State<Inbox>,
    InboxAccess(user_id): InboxAccess,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let (version, counts) = inbox.live.counts(&inbox.db, &user_id).await?;
    let etag = format!("W/\"c{version}\"");
    if not_modified(&headers, &etag) {
        return Ok(cached(StatusCode::NOT_MODIFIED, &etag, ()));
    }
    Ok(cached(
        StatusCode::OK,
        &etag,
        Json(VersionedCounts { counts, version }),
    ))
}

#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/inbox/{id}/{change}",
    tag = "inbox",
    operation_id = "changeInboxItem",
    summary = "Mark one notification read or unread, or archive or unarchive it",
    params(
        UserIdPath,
        ("id" = String, Path, format = Uuid, description = "The notification's id."),
        ("change" = String, Path, pattern = "^(read|unread|archive|unarchive)$", description = "`read`, `unread`, `archive` or `unarchive`."),
    ),
    responses((status = 204, description = "Done (also when it already was so)."), ChangeProblems),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn change(
    State(inbox): State<Inbox>,
    InboxAccess(user_id): InboxAccess,
    Path((_, id, change)): Path<(String, String, String)>,
) -> Result<StatusCode, Problem> {
    let change = match change.as_str() {
        "read" => StateChange::Read,
        "unread" => StateChange::Unread,
        "archive" => StateChange::Archive,
        "unarchive" => StateChange::Unarchive,
        _ => {
            return Err(Problem::not_found(
                "unknown inbox action; use read, unread, archive or unarchive",
            ));
        }
    };
    if !super::is_record_id(&id) {
        return Err(Problem::not_found("no such notification in this inbox"));
    }
    match inbox
        .db
        .change_state(&user_id, &id, change, inbox.clock.now_ms())
        .await?
    {
        Changed::Yes => {
            inbox.changed(&user_id).await?;
            Ok(StatusCode::NO_CONTENT)
        }
        Changed::AlreadySo => Ok(StatusCode::NO_CONTENT),
        Changed::NotFound => Err(Problem::not_found("no such notification in this inbox")),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct Updated {
    /// How many notifications changed.
    updated: u64,
}

#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/inbox/read-all",
    tag = "inbox",
    operation_id = "readAll",
    summary = "Mark every notification read",
    params(UserIdPath),
    responses((status = 200, description = "Done.", body = Updated), InboxProblems),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn read_all(
    State(inbox): State<Inbox>,
    InboxAccess(user_id): InboxAccess,
) -> Result<Json<Updated>, Problem> {
    let updated = inbox.db.mark_all(&user_id, false, inbox.clock.now_ms()).await?;
    if updated > 0 {
        inbox.changed(&user_id).await?;
    }
    Ok(Json(Updated { updated }))
}

#[utoipa::path(
    post,
    path = "/v1/users/{user_id}/inbox/seen-all",
    tag = "inbox",
    operation_id = "seenAll",
    summary = "Mark every notification seen (the bell was opened): the unseen count drops to 0",
    params(UserIdPath),
    responses((status = 200, description = "Done.", body = Updated), InboxProblems),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn seen_all(
    State(inbox): State<Inbox>,
    InboxAccess(user_id): InboxAccess,
) -> Result<Json<Updated>, Problem> {
    let updated = inbox.db.mark_all(&user_id, true, inbox.clock.now_ms()).await?;
    if updated > 0 {
        inbox.changed(&user_id).await?;
    }
    Ok(Json(Updated { updated }))
}

/// Who reads: the language the items are rendered in.
pub(super) struct Viewer {
    /// From the `locale` parameter, `Accept-Language` or the user's locale, when any is given.
    lang: Option<Lang>,
}

impl Viewer {
    /// `locale` parameter, then `Accept-Language` by quality, then the user's locale.
    pub(super) fn new(
        texts: &Texts,
        user: Option<&UserRow>,
        locale: Option<&str>,
        headers: &HeaderMap,
    ) -> Self {
        let accepted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(accept_language::parse)
            .unwrap_or_default();
        let stored = user.and_then(|u| u.locale.as_deref());
        let requested: Vec<&str> = locale
            .into_iter()
            .chain(accepted.iter().map(String::as_str))
            .chain(stored)
            .collect();
        Self {
            lang: (!requested.is_empty()).then(|| texts.l10n().negotiate(requested)),
        }
    }

    /// The viewer's language; without one, the language the result was translated into
    /// (`Translate-Error-Message`), then the default.
    pub(super) fn lang_for(&self, texts: &Texts, item_language: Option<&str>) -> Lang {
        match &self.lang {
            Some(lang) => lang.clone(),
            None => texts.l10n().negotiate(item_language),
        }
    }
}

fn item(
    texts: &Texts,
    user_id: &UserId,
    row: &NotificationRow,
    lang: &Lang,
    zone: &TimeZone,
    now: i64,
) -> Item {
    let params = row.read_params();
    let platforms: Vec<String> = serde_json::from_str(&row.platforms).unwrap_or_default();
    let subject = Subject {
        kind: &row.kind,
        platforms: &platforms,
        params: &params.params,
        upstream_language: row.language.as_deref(),
        user_id: user_id.as_str(),
        occurred_at: millis(row.last_seen_at),
        expires_at: row.expires_at.map(millis),
        occurrences: row.occurrences,
    };
    let text = texts.presenter().text(&subject, lang, zone);
    Item {
        id: row.id.clone(),
        kind: row.kind.clone(),
        category: row.category,
        severity: row.severity,
        // The sweep stores expiry every few seconds; readers never see one still open.
        state: row.effective_state(now),
        platforms,
        title: text.title,
        body: text.body,
        action: text.action,
        details: text.details,
        occurrences: row.occurrences,
        created_at: millis(row.created_at).to_string(),
        last_seen_at: millis(row.last_seen_at).to_string(),
        read_at: row.read_at.map(|t| millis(t).to_string()),
        seen_at: row.seen_at.map(|t| millis(t).to_string()),
        archived_at: row.archived_at.map(|t| millis(t).to_string()),
        expires_at: row.expires_at.map(|t| millis(t).to_string()),
        locale: text.locale,
        dir: texts.l10n().dir(lang),
        version: row.version,
        incomplete: params.unreadable,
    }
}

/// Changes whenever the inbox, the query or the rendering would: the version covers the
/// user's stored locale and time zone (a profile change bumps it), the texts' epoch a reload
/// of the locales, and `Accept-Language` is taken as sent, so no language is negotiated for a
/// `304`.
fn etag(texts: &Texts, version: i64, headers: &HeaderMap, params: &ListParams) -> String {
    let mut hasher = DefaultHasher::new();
    texts.epoch().hash(&mut hasher);
    params.hash(&mut hasher);
    headers
        .get(header::ACCEPT_LANGUAGE)
        .map(HeaderValue::as_bytes)
        .hash(&mut hasher);
    format!("W/\"{version}-{:016x}\"", hasher.finish())
}

pub(super) fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    let Some(candidates) = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    fn strip(tag: &str) -> &str {
        tag.trim().trim_start_matches("W/")
    }
    let ours = strip(etag);
    candidates.split(',').any(|c| c.trim() == "*" || strip(c) == ours)
}

fn cached(status: StatusCode, etag: &str, body: impl IntoResponse) -> Response {
    revalidated(status, etag, "private, no-cache", body)
}

/// A response whose `ETag` and language depend on the credential and `Accept-Language`.
pub(super) fn revalidated(
    status: StatusCode,
    etag: &str,
    cache_control: &'static str,
    body: impl IntoResponse,
) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Authorization, Accept-Language"),
    );
    response
}

fn encode_cursor(row: &NotificationRow) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}:{}", row.last_seen_at, row.id))
}

fn decode_cursor(raw: &str) -> Result<Cursor, Problem> {
    let invalid = || {
        Problem::invalid(
            "query.after",
            "is not a cursor from this inbox (use `next` as given)",
        )
    };
    let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (time, id) = text.split_once(':').ok_or_else(invalid)?;
    if !super::is_record_id(id) {
        return Err(invalid());
    }
    Ok(Cursor {
        last_seen_at: time.parse().map_err(|_| invalid())?,
        id: id.to_owned(),
    })
}
