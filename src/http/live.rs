//! The live inbox over HTTP, built on the inbox versions (`crate::live`):
//!
//! - `GET …/inbox/changes?since=V`: every item that changed after version `V`, oldest change
//!   first, rendered like inbox items, with the version to ask from next time;
//! - `…&wait=S`: a long-poll that holds the request until something changes (woken by the
//!   live inbox, never by polling the database) or `S` seconds pass;
//! - `GET …/inbox/stream`: the same as server-sent events, for as long as the credential that
//!   opened it is valid.
//!
//! A version the feed cannot answer from (notifications deleted, preferences or the profile
//! changed since, or a version this inbox never reached) is a `410 inbox-reload`: the client
//! loads the inbox again and follows from its `version`. Waiting connections are bounded per
//! user (429) and in all (503), and a stream whose reader stops reading is dropped.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use utoipa::openapi::schema::{self, ObjectBuilder, OneOfBuilder, Schema};
use utoipa::openapi::{Ref, RefOr};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::ApiState;
use super::auth::{InboxAccess, OpenToken, StreamAccess};
use super::inbox::{Inbox, Item};
use super::openapi::{UserIdPath, problems};
use super::problem::{Problem, Type};
use crate::domain::user_id::UserId;
use crate::live::{Hold, Refused, Subscription};
use crate::store::Counts;

/// A stream says it is alive at least this often (proxies close silent connections).
const KEEPALIVE: Duration = Duration::from_secs(20);
/// The longest a long-poll waits.
const MAX_WAIT: u64 = 30;

pub fn router() -> OpenApiRouter<ApiState> {
    OpenApiRouter::new()
        .routes(routes!(changes))
        .routes(routes!(stream))
}

problems! {
    LiveProblems = [Unauthorized, Forbidden, InboxReload, TooManyWaiting, RateLimited];
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct ChangesParams {
    /// The `version` of the inbox, counts or change feed answer the client has.
    #[param(minimum = 0)]
    since: i64,
    /// Changes per answer, 1 to `inbox.max_limit`; `more` says when others wait.
    #[param(minimum = 1)]
    limit: Option<u32>,
    /// Seconds (1–30) to wait for a change before answering without one: a long-poll.
    #[param(minimum = 1, maximum = 30)]
    wait: Option<u64>,
    /// The language to render in, before `Accept-Language` and the user's locale.
    locale: Option<String>,
}

/// What changed: the change feed's answer, and the data of a stream's `changes` event.
#[derive(Serialize, utoipa::ToSchema)]
struct Feed {
    /// Ask from here next time (`since`, or a stream's `Last-Event-ID`).
    version: i64,
    changes: Vec<Item>,
    counts: Counts,
    /// More changes wait: ask again from `version` at once.
    more: bool,
}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/inbox/changes",
    tag = "live",
    operation_id = "inboxChanges",
    summary = "Every item that changed after a version, oldest change first",
    description = "With `wait`, a long-poll: answers when something changes or the wait ends \
        (then without changes). `410 inbox-reload`: load the inbox again and follow from its \
        `version`.",
    params(UserIdPath, ChangesParams),
    responses((status = 200, description = "What changed.", body = Feed), LiveProblems),
    security(("api_key" = []), ("inbox_token" = []))
)]
async fn changes(
    State(inbox): State<Inbox>,
    InboxAccess(user): InboxAccess,
    headers: HeaderMap,
    params: Result<Query<ChangesParams>, QueryRejection>,
) -> Result<Json<Feed>, Problem> {
    let Query(params) = params?;
    let limit = inbox.page_size(params.limit, inbox.max_limit)?;
    let wait = match params.wait {
        None => None,
        Some(seconds @ 1..=MAX_WAIT) => Some(Duration::from_secs(seconds)),
        Some(_) => {
            return Err(Problem::invalid(
                "query.wait",
                format!("must be between 1 and {MAX_WAIT} (seconds)"),
            ));
        }
    };
    if let Some(wait) = wait {
        let _hold = hold(&inbox, &user)?;
        let mut subscription = inbox.live.subscribe(&user);
        let deadline = tokio::time::Instant::now() + wait;
        // Any version but `since` is an answer: newer has changes, older is a reload.
        while inbox.live.version(&inbox.db, &user).await? == params.since {
            let woken = tokio::select! {
                woken = tokio::time::timeout_at(deadline, subscription.changed()) => woken.is_ok(),
                () = inbox.live.closed() => false,
            };
            if !woken {
                break;
            }
        }
    }
    let viewer = Reader {
        locale: params.locale.as_deref(),
        headers: &headers,
    };
    Ok(Json(feed(&inbox, &user, params.since, limit, &viewer).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct StreamParams {
    /// Replay the changes after this version (`Last-Event-ID` wins).
    since: Option<i64>,
    /// The language to render in, before `Accept-Language` and the user's locale.
    locale: Option<String>,
    /// Read by [`StreamAccess`]; described as the `inbox_token_query` credential.
    #[serde(rename = "token")]
    #[param(ignore)]
    _token: Option<serde::de::IgnoredAny>,
}

/// One event of the stream, as the schema states it (for `text/event-stream`, a schema is
/// each event's): its name, the `id` of a `changes` (its version), and its JSON `data`.
struct StreamEvent;

impl utoipa::PartialSchema for StreamEvent {
    fn schema() -> RefOr<Schema> {
        let object = || ObjectBuilder::new().schema_type(schema::Type::Object);
        let of = |kind| ObjectBuilder::new().schema_type(kind);
        let event = |name: &str, data: RefOr<Schema>| {
            let json = of(schema::Type::String)
                .content_media_type("application/json")
                .content_schema(Some(data));
            object()
                .property("event", of(schema::Type::String).enum_values(Some([name])))
                .property("data", json)
                .required("event")
                .required("data")
        };
        let version = object()
            .property("version", of(schema::Type::Integer))
            .required("version");
        let changes = event("changes", Ref::from_schema_name("Feed").into())
            .property("id", of(schema::Type::String).pattern(Some("^[0-9]+$")))
            .required("id");
        let problem = object()
            .property("type", of(schema::Type::String))
            .property("detail", of(schema::Type::String))
            .required("type")
            .required("detail");
        OneOfBuilder::new()
            .item(event("ready", version.into()))
            .item(changes)
            .item(event("reload", problem.into()))
            .item(event("expired", object().into()))
            .into()
    }
}

impl utoipa::ToSchema for StreamEvent {}

#[utoipa::path(
    get,
    path = "/v1/users/{user_id}/inbox/stream",
    tag = "live",
    operation_id = "inboxStream",
    summary = "The inbox's changes as server-sent events",
    description = "Events: `ready` (the version it starts at), `changes` (`id:` the version, data as \
        the change feed's answer), `reload` (the client reloads the inbox), `expired` (the \
        token ran out or was revoked, or the stream reached `inbox.stream_max_age`: reconnect, \
        with a fresh token if need be); a `: keepalive` comment every 20 s.",
    params(
        UserIdPath,
        StreamParams,
        ("Last-Event-ID" = Option<i64>, Header, description = "The last `id:` received: what came after is replayed."),
    ),
    responses(
        (status = 200, description = "The event stream.", content_type = "text/event-stream", body = StreamEvent),
        LiveProblems,
    ),
    security(("api_key" = []), ("inbox_token" = []), ("inbox_token_query" = []))
)]
async fn stream(
    State(inbox): State<Inbox>,
    StreamAccess { user, token }: StreamAccess,
    headers: HeaderMap,
    params: Result<Query<StreamParams>, QueryRejection>,
) -> Result<Response, Problem> {
    let Query(params) = params?;
    let last_event = match headers.get("last-event-id") {
        None => None,
        Some(value) => Some(
            value
                .to_str()
                .ok()
                .and_then(|v| v.trim().parse::<i64>().ok())
                .ok_or_else(|| {
                    Problem::invalid("header.Last-Event-ID", "must be a version this stream sent")
                })?,
        ),
    };
    let hold = hold(&inbox, &user)?;
    // Subscribed before the version is read: no change falls in between.
    let subscription = inbox.live.subscribe(&user);
    let since = match last_event.or(params.since) {
        Some(since) => {
            check_since(&inbox, &user, since).await?;
            since
        }
        None => inbox.live.version(&inbox.db, &user).await?,
    };
    let (events, received) = mpsc::channel(4);
    let ready = Event::default()
        .event("ready")
        .json_data(serde_json::json!({ "version": since }))
        .map_err(|e| Problem::internal(&e))?;
    // Room for four events: this first one always fits.
    let _ = events.try_send(Ok(ready));
    let aged = inbox
        .clock
        .now()
        .saturating_add(inbox.stream_max_age)
        .unwrap_or(jiff::Timestamp::MAX);
    let pump = Pump {
        inbox: inbox.clone(),
        user,
        since,
        locale: params.locale,
        headers: language_only(&headers),
        ends: token.as_ref().map_or(aged, |token| token.expires.min(aged)),
        token,
        subscription,
        _hold: hold,
        events,
    };
    tokio::spawn(pump.run());
    let mut response = Sse::new(ReceiverStream::new(received))
        .keep_alive(KeepAlive::new().interval(KEEPALIVE).text(" keepalive"))
        .into_response();
    // Proxies such as nginx would otherwise buffer the events.
    response
        .headers_mut()
        .insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(response)
}

/// The request's `Accept-Language`, copied: a stream lives for hours, and the request's own
/// header values share (and so keep alive) the 8 KiB buffer its head was read into.
fn language_only(headers: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    if let Some(value) = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| HeaderValue::from_bytes(v.as_bytes()).ok())
    {
        kept.insert(header::ACCEPT_LANGUAGE, value);
    }
    kept
}

/// One stream's task: sends what changed each time the user's inbox does, until the reader
/// goes, stops reading, or the credential expires or is revoked.
struct Pump {
    inbox: Inbox,
    user: UserId,
    since: i64,
    locale: Option<String>,
    /// Only what rendering reads: `Accept-Language`.
    headers: HeaderMap,
    /// When the stream ends: at `inbox.stream_max_age`, or sooner with its token.
    ends: jiff::Timestamp,
    token: Option<OpenToken>,
    subscription: Subscription,
    _hold: Hold,
    events: mpsc::Sender<Result<Event, Infallible>>,
}

impl Pump {
    async fn run(mut self) {
        loop {
            // Boxed: the feed's queries are large futures, and an idle stream keeps only what
            // its task holds between changes.
            match Box::pin(self.send_changes()).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(problem) => {
                    // A reload (or a failure): say so, and end; the client starts over.
                    let said = serde_json::json!({
                        "type": problem.type_uri(),
                        "detail": problem.detail(),
                    });
                    if let Ok(event) = Event::default().event("reload").json_data(said) {
                        let _ = self.send(event).await;
                    }
                    return;
                }
            }
            let left = self.ends.duration_since(self.inbox.clock.now());
            let expiring = tokio::time::sleep(left.try_into().unwrap_or_default());
            let expired = tokio::select! {
                () = self.subscription.changed() => self.revoked().await,
                () = expiring => true,
                () = self.events.closed() => return,
                () = self.inbox.live.closed() => return,
            };
            if expired {
                // The client reconnects, asking for a fresh token first if it needs one (a
                // revoked one's user may get none).
                let _ = self.send(Event::default().event("expired").data("{}")).await;
                return;
            }
        }
    }

    /// Whether the token this stream was opened with has been revoked (revoking wakes the
    /// user's streams).
    async fn revoked(&self) -> bool {
        match &self.token {
            Some(token) => token.revoked(&self.user).await,
            None => false,
        }
    }

    /// Sends every change after `since`; false when the reader is gone.
    async fn send_changes(&mut self) -> Result<bool, Problem> {
        let limit = self.inbox.max_limit;
        // A wake-up for a version already sent (a reset, a repeat from another instance).
        if self.inbox.live.version(&self.inbox.db, &self.user).await? == self.since {
            return Ok(true);
        }
        loop {
            let reader = Reader {
                locale: self.locale.as_deref(),
                headers: &self.headers,
            };
            let feed = feed(&self.inbox, &self.user, self.since, limit, &reader).await?;
            self.since = feed.version;
            if feed.changes.is_empty() {
                return Ok(true);
            }
            let more = feed.more;
            let event = Event::default()
                .event("changes")
                .id(feed.version.to_string())
                .json_data(&feed)
                .map_err(|e| Problem::internal(&e))?;
            if !self.send(event).await {
                return Ok(false);
            }
            if !more {
                return Ok(true);
            }
        }
    }

    /// False when the reader is gone, or has taken nothing for `inbox.slow_reader_timeout`:
    /// the events wait in a small channel, never in an unbounded buffer.
    async fn send(&self, event: Event) -> bool {
        let patience = self.inbox.slow_reader_timeout;
        self.events.send_timeout(Ok(event), patience).await.is_ok()
    }
}

/// Who reads the feed: the language to render in.
struct Reader<'a> {
    locale: Option<&'a str>,
    headers: &'a HeaderMap,
}

/// Up to `limit` changes after `since`.
async fn feed(
    inbox: &Inbox,
    user_id: &UserId,
    since: i64,
    limit: u32,
    reader: &Reader<'_>,
) -> Result<Feed, Problem> {
    let user = check_since(inbox, user_id, since).await?;
    let (mut rows, counts) = tokio::try_join!(
        inbox.db.inbox_changes(user_id, since, limit + 1),
        inbox.db.inbox_counts(user_id)
    )?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let last = rows.last().map(|row| row.version);
    // Changes committed after the user was read are in `rows` too: the newest one counts.
    let version = match (more, last) {
        (true, Some(last)) => last,
        (_, last) => last.map_or(user.version, |last| last.max(user.version)),
    };
    let changes = inbox.render(user_id, user.row.as_ref(), reader.locale, reader.headers, &rows);
    Ok(Feed {
        version,
        changes,
        counts,
        more,
    })
}

/// The user as the feed needs them.
struct FeedUser {
    row: Option<crate::store::UserRow>,
    version: i64,
}

/// The feed can answer from `since` when no change it cannot tell came after it, and the
/// inbox has reached it.
async fn check_since(inbox: &Inbox, user: &UserId, since: i64) -> Result<FeedUser, Problem> {
    let row = inbox.db.user(user).await?;
    let (version, floor) = row.as_ref().map_or((0, 0), |u| (u.inbox_version, u.inbox_floor));
    if since < floor || since > version {
        return Err(Problem::new(
            Type::InboxReload,
            format!(
                "the changes since version {since} cannot be told (items were deleted, or preferences \
                 or the profile changed, or this inbox never had that version); load the inbox again \
                 and follow from its `version` ({version})"
            ),
        ));
    }
    Ok(FeedUser { row, version })
}

fn hold(inbox: &Inbox, user: &UserId) -> Result<Hold, Problem> {
    inbox.live.hold(user).map_err(|refused| match refused {
        Refused::User { limit } => Problem::new(
            Type::TooManyWaiting,
            format!("this user already has {limit} long-polls or streams open; close one first"),
        ),
        Refused::Server { limit } => Problem::unavailable(format!(
            "this instance holds {limit} long-polls and streams, its limit; try again or another instance"
        )),
    })
}
