//! The remediation catalog: notification kinds and the rules that map Ayrshare errors to them.
//!
//! The catalog is data (`catalog.toml`, embedded; an override file may replace it) so that a
//! new upstream code is a reviewed one-line change, not a code change. [`Catalog::parse`]
//! validates everything up front: unknown fields, unknown kinds, bad regular expressions and
//! bad ratios are errors with the offending entry named.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::result::Failure;

pub const EMBEDDED: &str = include_str!("catalog.toml");

/// Kinds the code itself produces, so every catalog must define them.
pub const POST_FAILED: &str = "post-failed";
pub const POST_PUBLISHED: &str = "post-published";
pub const ACCOUNT_DISCONNECTED: &str = "account-disconnected";
pub const ACCOUNT_REFRESH_DUE: &str = "account-refresh-due";

super::words! {
    /// What a notification is about; users turn email and inbox off per category.
    pub enum Category {
        Account = "account",
        Billing = "billing",
        Media = "media",
        RateLimit = "rate_limit",
        Content = "content",
        Analytics = "analytics",
        Publish = "publish",
    }
}

super::words! {
    /// How urgent a notification is.
    pub enum Severity {
        ActionRequired = "action_required",
        Warning = "warning",
        Info = "info",
    }
}

/// What makes two occurrences the same problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Platform,
    Post,
    PostPlatform,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    PlatformSuccess,
    PostSuccess,
    /// Only linking the account again (a `social` webhook of `type: "link"`) closes it.
    Relink,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Extractor {
    AspectRatio,
    RetryAfter,
    /// Whether some platforms succeeded beside the failure (441 partial vs total).
    Partial,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct KindSpec {
    pub name: String,
    pub category: Category,
    pub severity: Severity,
    pub email: bool,
    pub scope: Scope,
    pub resolved_by: Option<Resolution>,
    /// How long an open notification of this kind lasts, e.g. `1h`.
    #[serde(with = "humantime_serde")]
    #[schema(value_type = Option<String>)]
    pub expires_after: Option<Duration>,
    /// How long its email waits for the item to be seen in the inbox first; `None` emails at
    /// once (after the batch window). `[email] unseen_delay` overrides it.
    #[serde(with = "humantime_serde")]
    #[schema(value_type = Option<String>)]
    pub email_after: Option<Duration>,
    /// For a notification with a deadline (`refreshBy`): its email waits until this long
    /// before it, and goes at once when less remains.
    #[serde(with = "humantime_serde")]
    #[schema(value_type = Option<String>)]
    pub email_before_deadline: Option<Duration>,
    pub action: Option<String>,
    /// The action offered instead when the upstream says the post can be retried as is.
    pub retry_action: Option<String>,
    pub extract: Vec<Extractor>,
    /// A good outcome (a post published), not a problem: its text never says how often it
    /// happened.
    pub success: bool,
    /// Sent even during quiet hours.
    pub urgent: bool,
}

impl KindSpec {
    pub fn extracts(&self, extractor: Extractor) -> bool {
        self.extract.contains(&extractor)
    }
}

/// An accepted aspect-ratio range, e.g. Instagram's 4:5 to 1.91:1.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RatioRange {
    pub min_label: String,
    pub max_label: String,
    #[serde(skip)]
    pub min: f64,
    #[serde(skip)]
    pub max: f64,
}

#[derive(Debug)]
pub struct Rule {
    pub kind: Arc<KindSpec>,
    pub joins: Option<Arc<KindSpec>>,
    codes: Vec<String>,
    platforms: Vec<String>,
    http_status: Vec<u16>,
    details: Option<Regex>,
    message: Option<Regex>,
}

impl Rule {
    fn matches(&self, failure: &Failure) -> bool {
        let any_of = |wanted: &[String], got: Option<&str>| {
            wanted.is_empty() || got.is_some_and(|g| wanted.iter().any(|w| w == g))
        };
        let pattern = |re: &Option<Regex>, text: Option<&str>| {
            re.as_ref().is_none_or(|re| text.is_some_and(|t| re.is_match(t)))
        };
        any_of(&self.codes, failure.code.as_deref())
            && any_of(&self.platforms, failure.platform.as_deref())
            && (self.http_status.is_empty()
                || failure.http_status.is_some_and(|s| self.http_status.contains(&s)))
            && pattern(&self.details, failure.details.as_deref())
            && pattern(&self.message, failure.message.as_deref())
    }
}

/// The validated catalog.
#[derive(Debug)]
pub struct Catalog {
    kinds: Vec<Arc<KindSpec>>,
    by_name: HashMap<String, Arc<KindSpec>>,
    rules: Vec<Rule>,
    ratios: BTreeMap<String, RatioRange>,
    /// The source text, served by `GET /v1/catalog` alongside the parsed view.
    rules_view: Vec<RuleView>,
}

/// A rule as `GET /v1/catalog` shows it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleView {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub http_status: Vec<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joins: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    version: u32,
    kinds: BTreeMap<String, KindFile>,
    rules: Vec<RuleView>,
    #[serde(default)]
    ratios: BTreeMap<String, [String; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindFile {
    category: Category,
    severity: Severity,
    email: bool,
    scope: Scope,
    resolved_by: Option<Resolution>,
    #[serde(default, with = "humantime_serde")]
    expires_after: Option<Duration>,
    #[serde(default, with = "humantime_serde")]
    email_after: Option<Duration>,
    #[serde(default, with = "humantime_serde")]
    email_before_deadline: Option<Duration>,
    action: Option<String>,
    retry_action: Option<String>,
    #[serde(default)]
    extract: Vec<Extractor>,
    #[serde(default)]
    success: bool,
    #[serde(default)]
    urgent: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("the catalog is not valid TOML for herald: {0}")]
    Syntax(#[from] toml::de::Error),
    #[error("the catalog has version {0}; this herald reads version 1")]
    Version(u32),
    #[error("rule {index} names the kind `{kind}`, which the catalog does not define")]
    UnknownKind { index: usize, kind: String },
    #[error("rule {index} has an invalid `{field}` pattern: {source}")]
    Pattern {
        index: usize,
        field: &'static str,
        source: Box<regex::Error>,
    },
    #[error("rule {index} has no condition at all, so it would match every error")]
    Unconditional { index: usize },
    #[error("the catalog must define the kind `{0}`, which herald produces itself")]
    MissingKind(&'static str),
    #[error("the ratio `{0}` for {1} is not of the form W:H with positive numbers")]
    Ratio(String, String),
}

impl Catalog {
    pub fn embedded() -> Result<Self, CatalogError> {
        Self::parse(EMBEDDED)
    }

    pub fn parse(source: &str) -> Result<Self, CatalogError> {
        let file: CatalogFile = toml::from_str(source)?;
        if file.version != 1 {
            return Err(CatalogError::Version(file.version));
        }
        let kinds: Vec<Arc<KindSpec>> = file
            .kinds
            .into_iter()
            .map(|(name, k)| {
                Arc::new(KindSpec {
                    name,
                    category: k.category,
                    severity: k.severity,
                    email: k.email,
                    scope: k.scope,
                    resolved_by: k.resolved_by,
                    expires_after: k.expires_after,
                    email_after: k.email_after,
                    email_before_deadline: k.email_before_deadline,
                    action: k.action,
                    retry_action: k.retry_action,
                    extract: k.extract,
                    success: k.success,
                    urgent: k.urgent,
                })
            })
            .collect();
        let by_name: HashMap<_, _> = kinds.iter().map(|k| (k.name.clone(), k.clone())).collect();
        for required in [
            POST_FAILED,
            POST_PUBLISHED,
            ACCOUNT_DISCONNECTED,
            ACCOUNT_REFRESH_DUE,
        ] {
            if !by_name.contains_key(required) {
                return Err(CatalogError::MissingKind(required));
            }
        }
        let rules = file
            .rules
            .iter()
            .enumerate()
            .map(|(index, view)| compile_rule(index + 1, view, &by_name))
            .collect::<Result<_, _>>()?;
        let ratios = file
            .ratios
            .into_iter()
            .map(|(platform, [min, max])| {
                let range = RatioRange {
                    min: parse_ratio(&min)
                        .ok_or_else(|| CatalogError::Ratio(min.clone(), platform.clone()))?,
                    max: parse_ratio(&max)
                        .ok_or_else(|| CatalogError::Ratio(max.clone(), platform.clone()))?,
                    min_label: min,
                    max_label: max,
                };
                Ok((platform, range))
            })
            .collect::<Result<_, CatalogError>>()?;
        Ok(Self {
            kinds,
            by_name,
            rules,
            ratios,
            rules_view: file.rules,
        })
    }

    pub fn kinds(&self) -> &[Arc<KindSpec>] {
        &self.kinds
    }

    pub fn kind(&self, name: &str) -> Option<&Arc<KindSpec>> {
        self.by_name.get(name)
    }

    /// A kind herald produces itself; [`Catalog::parse`] guarantees it exists.
    pub(crate) fn builtin(&self, name: &'static str) -> &Arc<KindSpec> {
        &self.by_name[name]
    }

    /// The first rule that matches, if any.
    pub fn rule_for(&self, failure: &Failure) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.matches(failure))
    }

    pub fn ratio_range(&self, platform: &str) -> Option<&RatioRange> {
        self.ratios.get(platform)
    }

    pub fn rules(&self) -> &[RuleView] {
        &self.rules_view
    }

    pub fn ratios(&self) -> &BTreeMap<String, RatioRange> {
        &self.ratios
    }
}

fn compile_rule(
    index: usize,
    view: &RuleView,
    kinds: &HashMap<String, Arc<KindSpec>>,
) -> Result<Rule, CatalogError> {
    let kind_named = |name: &str| {
        kinds.get(name).cloned().ok_or_else(|| CatalogError::UnknownKind {
            index,
            kind: name.to_owned(),
        })
    };
    let pattern = |field: &'static str, source: &Option<String>| {
        source
            .as_deref()
            .map(Regex::new)
            .transpose()
            .map_err(|e| CatalogError::Pattern {
                index,
                field,
                source: Box::new(e),
            })
    };
    let rule = Rule {
        kind: kind_named(&view.kind)?,
        joins: view.joins.as_deref().map(kind_named).transpose()?,
        codes: view.codes.clone(),
        platforms: view.platforms.clone(),
        http_status: view.http_status.clone(),
        details: pattern("details", &view.details)?,
        message: pattern("message", &view.message)?,
    };
    let unconditional = rule.codes.is_empty()
        && rule.platforms.is_empty()
        && rule.http_status.is_empty()
        && rule.details.is_none()
        && rule.message.is_none();
    if unconditional {
        return Err(CatalogError::Unconditional { index });
    }
    Ok(rule)
}

/// `"4:5"` → 0.8, `"1.91:1"` → 1.91.
pub fn parse_ratio(label: &str) -> Option<f64> {
    let (w, h) = label.split_once(':')?;
    let (w, h): (f64, f64) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    (w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite()).then(|| w / h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: &str) -> Failure {
        Failure {
            code: Some(code.into()),
            ..Failure::default()
        }
    }

    #[test]
    fn embedded_catalog_is_valid() {
        let catalog = Catalog::embedded().expect("valid");
        assert!(catalog.kinds().len() >= 15);
    }

    /// Every code on the errors page and in ayrshare-facts.md §1 has an explicit rule.
    #[test]
    fn every_documented_code_has_a_rule() {
        let catalog = Catalog::embedded().expect("valid");
        let documented = [
            ("102", "post-failed"),
            ("107", "post-failed"),
            ("110", "duplicate-post"),
            ("137", "duplicate-post"),
            ("138", "post-failed"),
            ("156", "account-disconnected"),
            ("161", "account-disconnected"),
            ("182", "media-aspect-ratio"),
            ("254", "media-too-large"),
            ("272", "account-disconnected"),
            ("379", "post-failed"),
            ("416", "x-credits-depleted"),
            ("417", "x-app-permissions"),
            ("419", "x-credentials-missing"),
            ("435", "rate-limited"),
            ("436", "media-processing-timeout"),
            ("440", "media-unreachable"),
            ("441", "caption-enhancement-failed"),
            ("444", "analytics-throttled"),
            ("450", "media-format-unsupported"),
            ("451", "media-format-unsupported"),
            ("452", "media-format-unsupported"),
            ("479", "media-unreachable"),
        ];
        for (code, kind) in documented {
            let got = catalog.rule_for(&failure(code)).map(|r| r.kind.name.as_str());
            // 138 without details or a ratio is Instagram's generic "try again".
            let expected = (code != "138").then_some(kind);
            assert_eq!(got, expected, "code {code}");
        }
    }

    #[test]
    fn rejects_bad_catalogs_with_a_reason() {
        let base = EMBEDDED.replace("version = 1", "version = 2");
        assert!(matches!(Catalog::parse(&base), Err(CatalogError::Version(2))));
        let unknown = format!("{EMBEDDED}\n[[rules]]\ncodes = [\"1\"]\nkind = \"nope\"\n");
        assert!(
            matches!(Catalog::parse(&unknown), Err(CatalogError::UnknownKind { kind, .. }) if kind == "nope")
        );
        let pattern = format!("{EMBEDDED}\n[[rules]]\nmessage = \"(\"\nkind = \"post-failed\"\n");
        assert!(matches!(
            Catalog::parse(&pattern),
            Err(CatalogError::Pattern { .. })
        ));
        let bare = format!("{EMBEDDED}\n[[rules]]\nkind = \"post-failed\"\n");
        assert!(matches!(
            Catalog::parse(&bare),
            Err(CatalogError::Unconditional { .. })
        ));
        let typo = EMBEDDED.replace("email = true", "emial = true");
        assert!(matches!(Catalog::parse(&typo), Err(CatalogError::Syntax(_))));
    }

    #[test]
    fn ratios_parse() {
        assert_eq!(parse_ratio("4:5"), Some(0.8));
        assert_eq!(parse_ratio("1.91:1"), Some(1.91));
        assert_eq!(parse_ratio("0:1"), None);
        assert_eq!(parse_ratio("abc"), None);
    }
}
