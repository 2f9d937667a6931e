//! `GET /openapi.json`: the API as an OpenAPI 3.1 document, generated from the code.
//!
//! Every route is registered through utoipa-axum's `routes!` from its handler's
//! `#[utoipa::path]`, which names the path, the method, the parameters and the answers: a
//! route cannot exist without its description, nor be described at a path it does not serve.
//! The bodies' schemas come from the types the handlers serialize (`ToSchema`). utoipa over
//! aide: it is the more widely used and maintained of the two, its annotations sit beside the
//! handler instead of changing its signature, and it writes OpenAPI 3.1 (JSON Schema 2020-12).
//!
//! Problems are described per operation with [`problems!`]: each operation lists the problem
//! types it may answer with, and every operation also may answer `400` (a bad `Host`), `408`,
//! `413`, `500` and `503` (see [`problem_responses`]). The document is serialized once, at
//! start.

use std::collections::BTreeMap;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type as SchemaType};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required};
use utoipa::{Modify, OpenApi};

use super::auth::Auth;
use super::problem::{FieldError, ProblemBody, Type};
use super::rate_limit::ClientIp;

/// The document's fixed parts: what herald is, the problem schema and the credentials.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "herald",
        description = "Turns Ayrshare publish results into actionable, localized notifications: \
            email and an inbox. Errors are `application/problem+json` (RFC 9457) with a `type` \
            of `urn:herald:problem:<slug>`.",
        license(name = "MIT OR Apache-2.0")
    ),
    components(schemas(ProblemBody<'_>, FieldError, UserIdSchema)),
    modifiers(&Credentials),
    tags(
        (name = "ingest", description = "Ayrshare results in, from services and from Ayrshare's webhooks"),
        (name = "users", description = "The people herald notifies"),
        (name = "inbox", description = "A user's notifications, for dashboards"),
        (name = "live", description = "What changed in an inbox, as a feed, a long-poll or a stream"),
        (name = "deliveries", description = "Emails herald sent or will send"),
        (name = "catalog", description = "The notification kinds herald maps error codes to"),
        (name = "operations", description = "Health, metrics and this document"),
    )
)]
pub struct ApiDoc;

/// The credentials, by the names operations give in `security(...)`.
struct Credentials;

impl Modify for Credentials {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = |description: &str, format: Option<&str>| {
            let mut http = Http::new(HttpAuthScheme::Bearer);
            http.description = Some(description.to_owned());
            http.bearer_format = format.map(str::to_owned);
            SecurityScheme::Http(http)
        };
        let schemes = [
            (
                "api_key",
                bearer("An operator API key, from `herald keys create`.", None),
            ),
            (
                "inbox_token",
                bearer(
                    "A user's inbox token (`POST /v1/users/{user_id}/inbox-token`): that user's inbox only.",
                    Some("JWT"),
                ),
            ),
            (
                "inbox_token_query",
                SecurityScheme::ApiKey(ApiKey::Query(ApiKeyValue::with_description(
                    "token",
                    "An inbox token in the query, for `EventSource`, which cannot send headers.",
                ))),
            ),
            (
                "standard_webhooks",
                SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                    "webhook-signature",
                    "A Standard Webhooks signature (with `webhook-id` and `webhook-timestamp`) \
                     by one of `[ingest] signing_secrets`, instead of an API key.",
                ))),
            ),
            (
                "ayrshare_signature",
                SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                    "x-authorization-content-sha256",
                    "Ayrshare's HMAC-SHA256 of the raw body, by one of `[webhooks] ayrshare_secrets`.",
                ))),
            ),
        ];
        for (name, scheme) in schemes {
            components.add_security_scheme(name, scheme);
        }
    }
}

/// Problem types an operation may answer with, as a type for `#[utoipa::path]`'s
/// `responses(...)`: `problems! { pub Listing = [Unauthorized, Forbidden]; }`. A type answered
/// with another status than its own says so: `InvalidInput @ 422` (a JSON body of the wrong
/// shape).
macro_rules! problems {
    ($($(#[$meta:meta])* $vis:vis $name:ident = [$($kind:ident $(@ $status:literal)?),* $(,)?];)+) => {$(
        $(#[$meta])*
        $vis struct $name;

        impl utoipa::IntoResponses for $name {
            fn responses() -> std::collections::BTreeMap<
                String,
                utoipa::openapi::RefOr<utoipa::openapi::response::Response>,
            > {
                $crate::http::openapi::problem_responses(&[$(
                    ($crate::http::problem::Type::$kind, None$(.or(Some($status)))?)
                ),*])
            }
        }
    )+};
}
pub(crate) use problems;

/// Answers any operation may give whatever it does: a bad `Host` or over-long header (400),
/// a body that stopped coming (408) or is too large (413), a failure (500), or herald briefly
/// unable to answer (503).
const ALWAYS: [(Type, Option<u16>); 5] = [
    (Type::InvalidInput, None),
    (Type::BodyTimeout, None),
    (Type::BodyTooLarge, None),
    (Type::Internal, None),
    (Type::Unavailable, None),
];

/// `kinds` and [`ALWAYS`] as responses, one per status, each naming its problem types.
pub fn problem_responses(
    kinds: &[(Type, Option<u16>)],
) -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
    let mut by_status: BTreeMap<u16, Vec<Type>> = BTreeMap::new();
    for &(kind, status) in kinds.iter().chain(&ALWAYS) {
        let status = status.unwrap_or_else(|| kind.status().as_u16());
        let of_status = by_status.entry(status).or_default();
        if !of_status.contains(&kind) {
            of_status.push(kind);
        }
    }
    by_status
        .into_iter()
        .map(|(status, kinds)| {
            let slugs: Vec<String> = kinds.iter().map(|k| format!("`{}`", k.slug())).collect();
            let mut response = ResponseBuilder::new()
                .description(format!("Problem: {}.", slugs.join(", ")))
                .content(
                    "application/problem+json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                );
            if kinds.iter().any(|k| k.sends_retry_after()) {
                response = response.header(
                    "Retry-After",
                    header_of(
                        SchemaType::Integer,
                        "Seconds to wait before sending the request again.",
                    ),
                );
            }
            if kinds.contains(&Type::RateLimited) {
                response = response
                    .header(
                        "RateLimit-Policy",
                        header_of(
                            SchemaType::String,
                            "The limit that refused it (IETF draft), e.g. `\"per-key\";q=50;w=1`.",
                        ),
                    )
                    .header(
                        "RateLimit",
                        header_of(
                            SchemaType::String,
                            "What is left of it, e.g. `\"per-key\";r=0;t=1`.",
                        ),
                    );
            }
            (status.to_string(), response.build().into())
        })
        .collect()
}

fn header_of(kind: SchemaType, description: &str) -> utoipa::openapi::header::Header {
    HeaderBuilder::new()
        .schema(Some(ObjectBuilder::new().schema_type(kind)))
        .description(Some(description))
        .build()
}

/// A user id, as [`crate::domain::user_id::UserId`] reads it: in a path ([`UserIdPath`]) or
/// a query (`value_type = Option<UserIdSchema>`).
pub struct UserIdSchema;

impl utoipa::PartialSchema for UserIdSchema {
    fn schema() -> RefOr<utoipa::openapi::schema::Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::String)
            .min_length(Some(1))
            .max_length(Some(crate::domain::user_id::MAX_LEN))
            .pattern(Some("^[A-Za-z0-9._:@+-]+$"))
            .description(Some(
                "The operator's id for the user: 1–128 ASCII letters, digits and `._:@+-`, other \
                 than `.` and `..`.",
            ))
            .into()
    }
}

impl utoipa::ToSchema for UserIdSchema {
    fn name() -> std::borrow::Cow<'static, str> {
        "UserId".into()
    }
}

/// The `{user_id}` of a path.
pub struct UserIdPath;

impl utoipa::IntoParams for UserIdPath {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        use utoipa::PartialSchema;
        vec![parameter(
            "user_id",
            ParameterIn::Path,
            Required::True,
            UserIdSchema::schema(),
        )]
    }
}

/// `Translate-Error-Message` as the schema states it: a language tag with language, script and
/// region (`fr`, `pt-BR`, `zh-Hant-TW`, `es-419`), a subset of what
/// [`super::ingest::translate_header`] reads.
pub struct TranslateHeader;

impl utoipa::IntoParams for TranslateHeader {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let tag = ObjectBuilder::new()
            .schema_type(SchemaType::String)
            .pattern(Some("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$"))
            .description(Some(
                "The language Ayrshare was asked to translate messages into (`fr`, `pt-BR`), \
                 as the request to Ayrshare sent it.",
            ));
        let name = "Translate-Error-Message";
        vec![parameter(name, ParameterIn::Header, Required::False, tag.into())]
    }
}

/// A parameter whose schema (and its description) code states, where the derive cannot.
fn parameter(
    name: &str,
    location: ParameterIn,
    required: Required,
    schema: RefOr<utoipa::openapi::schema::Schema>,
) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(location)
        .required(required)
        .schema(Some(schema))
        .build()
}

/// The document, serialized once.
#[derive(Clone)]
pub struct Document(pub Bytes);

#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "operations",
    operation_id = "openapi",
    summary = "This API, as an OpenAPI 3.1 document",
    responses(
        (status = 200, description = "The document.", content_type = "application/json", body = Object),
        Public,
    )
)]
pub async fn document(
    State(auth): State<Auth>,
    client: ClientIp,
    Extension(Document(document)): Extension<Document>,
) -> Result<Response, super::problem::Problem> {
    auth.anonymous(client)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], document).into_response())
}

problems! {
    /// Only what every operation may answer.
    pub Always = [];
    /// A public route: and the client's rate limit.
    pub Public = [RateLimited];
    /// An operator's route: and a missing or invalid key, and the key's rate limit.
    pub WithKey = [Unauthorized, RateLimited];
}
