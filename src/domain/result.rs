//! Reading Ayrshare results in every shape they come in.
//!
//! Parsing is total: any JSON value yields either the outcomes it describes or
//! [`NotAResult`]; nothing here panics or rejects a real result for odd types. Shapes
//! understood (`reference/ayrshare-facts.md` §2):
//!
//! - `POST /post` results: top-level `errors[]` and `postIds[]`, partial success included;
//! - request-level errors: a top-level `code`/`message` without `errors`;
//! - per-platform objects keyed by platform name (analytics, comments: the 444 shape);
//! - multi-profile results: `posts[]`, or a bare array of results; `GET /history`'s `history[]`;
//! - `scheduled` webhooks (a post result with `action`), `social` link/unlink webhooks;
//! - `GET /post/:id` records.
//!
//! Odd types are read for their meaning: a code given as `"161"`, `errors` as one object,
//! `retryAvailable` as `"true"`, ids as numbers.

use jiff::Timestamp;
use serde_json::{Map, Value};

/// Platforms Ayrshare publishes to, as they appear as JSON keys (`ayrshare-mcp` platform enum).
pub const PLATFORMS: &[&str] = &[
    "bluesky",
    "facebook",
    "gmb",
    "instagram",
    "linkedin",
    "pinterest",
    "reddit",
    "snapchat",
    "telegram",
    "threads",
    "tiktok",
    "twitter",
    "youtube",
];

/// Keys whose presence makes a JSON object a publish result rather than arbitrary JSON.
const RESULT_KEYS: &[&str] = &[
    "status",
    "errors",
    "postIds",
    "posts",
    "code",
    "history",
    "retryAvailable",
];

/// Results nest (`posts[]` inside a bare array, say) but never deeply; beyond this we stop.
const MAX_NESTING: u8 = 4;

/// The longest upstream text kept; Ayrshare messages are a few hundred bytes.
const MAX_TEXT: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the JSON is not an Ayrshare result: it has none of `status`, `errors`, `postIds`, `posts`, \
     `code`, `history`, `retryAvailable` or a platform key such as `facebook`"
)]
pub struct NotAResult;

/// One post (one profile's part of a result) and what happened to it on each platform.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostOutcome {
    /// Ayrshare's id of the post (`id`), as a string even when sent as a number.
    pub post_id: Option<String>,
    pub profile: Option<String>,
    pub post_text: Option<String>,
    pub failures: Vec<Failure>,
    pub published: Vec<Published>,
    pub link_changes: Vec<LinkChange>,
}

/// A platform (or the whole request, when `platform` is `None`) that failed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Failure {
    pub platform: Option<String>,
    /// The Ayrshare code, normalised to text: `161`, `"161"` and `161.0` all read `"161"`.
    pub code: Option<String>,
    pub message: Option<String>,
    pub details: Option<String>,
    pub retry_available: Option<bool>,
    /// An HTTP status carried in the body (`httpErrorCode`, `statusCode`).
    pub http_status: Option<u16>,
    /// The post text, when the error item carries it (`post`).
    pub post_text: Option<String>,
    /// Where the failure sat: an `errors[]` item, a platform object, or the top level.
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    ErrorItem,
    PlatformObject,
    TopLevel,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub platform: String,
}

/// A `social` webhook: what happened to the link between a profile and a network account.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkChange {
    pub platform: String,
    pub change: Link,
    /// Ayrshare's reason (`details`), as text.
    pub details: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// `type: "link"`: the account is connected (again).
    Linked,
    /// `type: "unlink"`, `source: "user"`: the person removed it themself.
    UnlinkedByUser,
    /// `type: "unlink"`, `source: "system"`: Ayrshare removed it because it stopped working.
    UnlinkedBySystem,
    /// `type: "refresh"`: the account must be reconnected before `refreshBy`.
    RefreshDue(Timestamp),
}

/// What [`parse`] reads, as the OpenAPI schema states it (a part of it: some odd shapes are
/// read too): an object with one of [`RESULT_KEYS`] (whatever its value: odd types are read
/// for their meaning; `posts` and `history` hold results), a platform object, or a `social`
/// webhook; or an array of them.
pub struct ResultSchema;

impl utoipa::PartialSchema for ResultSchema {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::Ref;
        use utoipa::openapi::schema::{AnyOfBuilder, ArrayBuilder, ObjectBuilder, Schema, Type};
        let object = || ObjectBuilder::new().schema_type(Type::Object);
        let results = || {
            ArrayBuilder::new()
                .items(Ref::from_schema_name(<Self as utoipa::ToSchema>::name()))
                .min_items(Some(1))
        };
        let with = |key: &str, value: Option<Schema>| match value {
            Some(value) => object().required(key).property(key, value),
            None => object().required(key),
        };
        let mut one = AnyOfBuilder::new();
        for key in RESULT_KEYS {
            let nested = matches!(*key, "posts" | "history").then(|| results().into());
            one = one.item(with(key, nested));
        }
        for platform in PLATFORMS {
            one = one.item(with(platform, Some(object().into())));
        }
        let social = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(["social"]));
        one = one.item(
            with("platform", None)
                .required("action")
                .property("action", social),
        );
        let one = Schema::AnyOf(one.build());
        AnyOfBuilder::new()
            .item(one.clone())
            .item(
                ArrayBuilder::new()
                    .items(utoipa::openapi::RefOr::T(one))
                    .min_items(Some(1)),
            )
            .description(Some("An Ayrshare result, verbatim, in any shape Ayrshare sends."))
            .into()
    }
}

impl utoipa::ToSchema for ResultSchema {
    fn name() -> std::borrow::Cow<'static, str> {
        "AyrshareResult".into()
    }
}

/// Reads every post outcome a JSON value describes.
pub fn parse(value: &Value) -> Result<Vec<PostOutcome>, NotAResult> {
    let mut outcomes = Vec::new();
    collect(value, 0, &mut outcomes);
    if outcomes.is_empty() {
        Err(NotAResult)
    } else {
        Ok(outcomes)
    }
}

fn collect(value: &Value, depth: u8, out: &mut Vec<PostOutcome>) {
    if depth > MAX_NESTING {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|item| collect(item, depth + 1, out)),
        Value::Object(map) => {
            let mut nested = false;
            for key in ["posts", "history"] {
                if let Some(Value::Array(items)) = map.get(key) {
                    nested = true;
                    items.iter().for_each(|item| collect(item, depth + 1, out));
                }
            }
            // A container of other results is not a post of its own unless it says more.
            let own = nested && !map.contains_key("errors") && !map.contains_key("postIds");
            if !own && is_result(map) {
                out.push(read_post(map));
            }
        }
        _ => {}
    }
}

fn is_result(map: &Map<String, Value>) -> bool {
    RESULT_KEYS.iter().any(|key| map.contains_key(*key))
        || map
            .iter()
            .any(|(key, value)| value.is_object() && platform_key(key).is_some())
        || (text(map, "action").as_deref() == Some("social") && map.contains_key("platform"))
}

fn read_post(map: &Map<String, Value>) -> PostOutcome {
    let mut post = PostOutcome {
        post_id: text(map, "id"),
        profile: text(map, "profileTitle").or_else(|| text(map, "title")),
        post_text: text(map, "post"),
        ..PostOutcome::default()
    };
    if text(map, "action").as_deref() == Some("social") {
        read_link_change(map, &mut post);
        return post;
    }
    for_each_item(map.get("errors"), |item| match item {
        Value::Object(error) => post.failures.push(read_failure(error, Origin::ErrorItem)),
        other => post.failures.push(Failure {
            message: scalar_text(other),
            ..Failure::default()
        }),
    });
    for_each_item(map.get("postIds"), |item| {
        if let Value::Object(entry) = item {
            read_post_id(entry, &mut post);
        }
    });
    for (key, value) in map {
        if let (Some(platform), Value::Object(object)) = (platform_key(key), value)
            && looks_failed(object)
        {
            let mut failure = read_failure(object, Origin::PlatformObject);
            failure.platform.get_or_insert_with(|| platform.to_owned());
            failure.http_status = failure.http_status.or_else(|| http_status(map));
            post.failures.push(failure);
        }
    }
    if post.failures.is_empty() {
        read_request_failure(map, &mut post);
    }
    post
}

/// A top-level `code`/`message` (or a lone `retryAvailable`) describes the whole request when
/// there are no per-platform errors; with `errors[]` present it only summarises them.
fn read_request_failure(map: &Map<String, Value>, post: &mut PostOutcome) {
    let code = code(map.get("code"));
    let failed_code = code.as_deref().is_some_and(|c| !is_success_code(c));
    let says_error = text(map, "status").is_some_and(|s| s.eq_ignore_ascii_case("error"));
    let retry = map.contains_key("retryAvailable");
    if !(failed_code || retry || (says_error && post.published.is_empty())) {
        return;
    }
    let mut failure = read_failure(map, Origin::TopLevel);
    if !failed_code {
        failure.code = None;
    }
    post.failures.push(failure);
}

fn read_failure(map: &Map<String, Value>, origin: Origin) -> Failure {
    Failure {
        platform: text(map, "platform").map(|p| normalise_platform(&p)),
        code: code(map.get("code")),
        message: text(map, "message").or_else(|| text(map, "error")),
        details: map.get("details").and_then(any_text),
        retry_available: map.get("retryAvailable").and_then(boolean),
        http_status: http_status(map),
        post_text: text(map, "post"),
        origin,
    }
}

fn read_post_id(entry: &Map<String, Value>, post: &mut PostOutcome) {
    let status = text(entry, "status").unwrap_or_default().to_ascii_lowercase();
    match status.as_str() {
        "" | "success" => {
            if let Some(platform) = text(entry, "platform") {
                post.published.push(Published {
                    platform: normalise_platform(&platform),
                });
            }
        }
        "error" => post.failures.push(read_failure(entry, Origin::ErrorItem)),
        // `pending` (TikTok still processing) and the like: nothing has happened yet.
        _ => {}
    }
}

fn read_link_change(map: &Map<String, Value>, post: &mut PostOutcome) {
    let Some(platform) = text(map, "platform") else {
        return;
    };
    let kind = text(map, "type").unwrap_or_default().to_ascii_lowercase();
    let by_system = text(map, "source").is_some_and(|s| s.eq_ignore_ascii_case("system"));
    let change = match kind.as_str() {
        "link" => Link::Linked,
        "unlink" if by_system => Link::UnlinkedBySystem,
        "unlink" => Link::UnlinkedByUser,
        "refresh" => match text(map, "refreshBy").and_then(|at| at.parse().ok()) {
            Some(deadline) => Link::RefreshDue(deadline),
            None => return,
        },
        _ => return,
    };
    post.link_changes.push(LinkChange {
        platform: normalise_platform(&platform),
        change,
        details: details_text(map.get("details")),
    });
}

/// `details` of a `social` webhook is text, or an object whose `message` says it all
/// (`{"status":"error","code":349,"message":"Account locked"}`).
fn details_text(value: Option<&Value>) -> Option<String> {
    let value = value?;
    match value {
        Value::Object(object) => text(object, "message").or_else(|| any_text(value)),
        other => any_text(other),
    }
}

fn looks_failed(object: &Map<String, Value>) -> bool {
    let status_error = text(object, "status").is_some_and(|s| s.eq_ignore_ascii_case("error"));
    let failed_code = code(object.get("code")).is_some_and(|c| !is_success_code(&c));
    status_error || failed_code
}

/// `errors` is an array, but a single object (or string) means the same thing.
fn for_each_item(value: Option<&Value>, mut f: impl FnMut(&Value)) {
    match value {
        Some(Value::Array(items)) => items.iter().for_each(f),
        Some(Value::Null) | None => {}
        Some(other) => f(other),
    }
}

pub fn platform_key(key: &str) -> Option<&'static str> {
    PLATFORMS
        .iter()
        .copied()
        .find(|p| p.eq_ignore_ascii_case(key))
        .or_else(|| key.eq_ignore_ascii_case("x").then_some("twitter"))
}

/// The longest name of a platform herald does not know that it keeps.
const MAX_PLATFORM_NAME: usize = 32;

/// What herald calls a platform that it has no name for (`platform-other`).
pub const OTHER_PLATFORM: &str = "other";

/// Ayrshare calls X `twitter`; some callers write `X` or `Instagram`. A platform herald does
/// not know is data that reaches titles, subjects and links, so it is kept only as a short
/// lowercase token (letters, digits, `_.-`, at most 32); anything else becomes `other`.
pub fn normalise_platform(raw: &str) -> String {
    if let Some(known) = platform_key(raw) {
        return known.to_owned();
    }
    let token = raw.len() <= MAX_PLATFORM_NAME
        && raw.starts_with(|c: char| c.is_ascii_alphanumeric())
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
    if token {
        raw.to_ascii_lowercase()
    } else {
        OTHER_PLATFORM.to_owned()
    }
}

fn is_success_code(code: &str) -> bool {
    code.len() == 3 && code.starts_with('2')
}

fn code(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| format!("{f:.0}"))),
        Value::String(s) => {
            let trimmed = s.trim();
            (!trimmed.is_empty()).then(|| clip(trimmed))
        }
        _ => None,
    }
}

fn http_status(map: &Map<String, Value>) -> Option<u16> {
    ["httpErrorCode", "statusCode", "httpStatus"]
        .iter()
        .filter_map(|key| code(map.get(*key)))
        .find_map(|c| c.parse::<u16>().ok())
        .filter(|status| (100..600).contains(status))
}

fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        Value::Number(n) => n.as_i64().map(|i| i != 0),
        _ => None,
    }
}

fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(scalar_text)
}

/// A string or a number as text; empty strings count as absent.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(clip(s.trim())),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `details` is usually a string but may be any JSON; keep it readable either way.
fn any_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Object(_) | Value::Array(_) => Some(clip(&value.to_string())),
        Value::Bool(b) => Some(b.to_string()),
        other => scalar_text(other),
    }
}

fn clip(s: &str) -> String {
    if s.len() <= MAX_TEXT {
        return s.to_owned();
    }
    let mut end = MAX_TEXT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_platform_herald_does_not_know_is_a_short_token_or_other() {
        use super::normalise_platform as n;
        assert_eq!(n("X"), "twitter");
        assert_eq!(n("Mastodon"), "mastodon");
        assert_eq!(n("my-network.v2"), "my-network.v2");
        for hostile in [
            "<b>x</b>",
            "a\r\nBcc: x@example.com",
            "",
            ".hidden",
            &"x".repeat(33),
            "é",
        ] {
            assert_eq!(n(hostile), "other", "{hostile:?}");
        }
    }

    use super::*;
    use serde_json::json;

    fn one(value: Value) -> PostOutcome {
        let mut outcomes = parse(&value).expect("a result");
        assert_eq!(outcomes.len(), 1);
        outcomes.remove(0)
    }

    #[test]
    fn partial_success_has_both_sides() {
        let post = one(json!({
            "status": "error",
            "errors": [{"code": 441, "platform": "twitter", "message": "m"}],
            "postIds": [{"status": "success", "platform": "bluesky", "id": 7}],
            "id": 12345
        }));
        assert_eq!(post.post_id.as_deref(), Some("12345"));
        assert_eq!(post.failures[0].code.as_deref(), Some("441"));
        assert_eq!(post.published[0].platform, "bluesky");
    }

    #[test]
    fn odd_types_keep_their_meaning() {
        let post = one(json!({
            "status": "error",
            "errors": {"code": "161", "platform": "Facebook", "retryAvailable": "true"}
        }));
        let failure = &post.failures[0];
        assert_eq!(failure.code.as_deref(), Some("161"));
        assert_eq!(failure.platform.as_deref(), Some("facebook"));
        assert_eq!(failure.retry_available, Some(true));
    }

    #[test]
    fn request_level_code_without_errors() {
        let post = one(json!({"status": "error", "code": 416, "platform": "twitter"}));
        assert_eq!(post.failures[0].origin, Origin::TopLevel);
        assert_eq!(post.failures[0].code.as_deref(), Some("416"));
    }

    #[test]
    fn top_level_code_only_summarises_error_items() {
        let post = one(json!({"code": 441, "errors": [{"code": 441, "platform": "twitter"}]}));
        assert_eq!(post.failures.len(), 1);
        assert_eq!(post.failures[0].origin, Origin::ErrorItem);
    }

    #[test]
    fn platform_objects_and_http_status() {
        let post = one(json!({
            "status": "error",
            "facebook": {"status": "error", "code": 444},
            "instagram": {"id": "1", "analytics": {}},
            "httpErrorCode": 444
        }));
        assert_eq!(post.failures.len(), 1);
        assert_eq!(post.failures[0].platform.as_deref(), Some("facebook"));
        assert_eq!(post.failures[0].http_status, Some(444));
    }

    #[test]
    fn multi_profile_and_bare_arrays() {
        let posts = json!({"status": "error", "posts": [
            {"status": "error", "errors": [{"code": 156, "platform": "facebook"}], "id": "a"},
            {"status": "success", "postIds": [{"status": "success", "platform": "twitter"}], "id": "b"}
        ]});
        assert_eq!(parse(&posts).map(|p| p.len()), Ok(2));
        let bare = json!([{"status": "success", "postIds": []}, 3, {"status": "error"}]);
        assert_eq!(parse(&bare).map(|p| p.len()), Ok(2));
    }

    #[test]
    fn scheduled_webhook_success_is_not_a_failure() {
        let post = one(json!({
            "action": "scheduled", "code": 200, "status": "success", "errors": [],
            "postIds": [{"platform": "facebook", "status": "success", "id": "1"}]
        }));
        assert!(post.failures.is_empty());
        assert_eq!(post.published.len(), 1);
    }

    #[test]
    fn social_webhooks() {
        let post = one(json!({"action": "social", "type": "unlink", "source": "system",
                              "platform": "tiktok", "details": "token revoked"}));
        assert_eq!(
            post.link_changes,
            vec![LinkChange {
                platform: "tiktok".into(),
                change: Link::UnlinkedBySystem,
                details: Some("token revoked".into())
            }]
        );
        let post = one(
            json!({"action": "social", "type": "refresh", "platform": "instagram",
                              "refreshBy": "2022-11-05T12:21:29Z",
                              "details": {"status": "error", "code": 349, "message": "Account locked"}}),
        );
        assert_eq!(
            post.link_changes,
            vec![LinkChange {
                platform: "instagram".into(),
                change: Link::RefreshDue("2022-11-05T12:21:29Z".parse().expect("time")),
                details: Some("Account locked".into())
            }]
        );
        let post = one(json!({"action": "social", "type": "refresh", "platform": "instagram"}));
        assert!(
            post.link_changes.is_empty(),
            "a refresh without a deadline says nothing"
        );
    }

    #[test]
    fn pending_entries_are_neither_success_nor_failure() {
        let post =
            one(json!({"status": "success", "postIds": [{"status": "pending", "platform": "tiktok"}]}));
        assert!(post.published.is_empty() && post.failures.is_empty());
    }

    #[test]
    fn rejects_json_that_is_no_result() {
        for value in [
            json!({}),
            json!({"hello": "world"}),
            json!([]),
            json!("x"),
            json!(3),
            json!(null),
            json!([1, "a"]),
        ] {
            assert_eq!(parse(&value), Err(NotAResult), "{value}");
        }
    }
}
