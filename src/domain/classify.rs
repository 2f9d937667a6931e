//! From parsed outcomes to notification drafts: kinds, parameters, condition keys.
//!
//! Pure and total. Correlations across one result live here: errors that join another
//! kind (Threads 379 beside an Instagram media-fetch error), partial versus total 441, and
//! merging of errors that are one problem (the same post rejected as a duplicate on X and
//! on Facebook is one notification).

use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::catalog::{self, Catalog, Extractor, KindSpec, Resolution, Scope};
use super::params::{self, AspectRatio};
use super::result::{self, Failure, Link, PostOutcome};

/// The longest excerpt of the post text a notification carries.
const EXCERPT_CHARS: usize = 80;

/// What a notification says, stored as data (see [`params::encode`]) and rendered per locale
/// when read or sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Params {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The upstream message, verbatim (possibly translated by Ayrshare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_excerpt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Platforms where the same post went out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub succeeded: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_available: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<AspectRatio>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<i64>,
    /// 441: some platforms of the post went out (retry only the failed ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<bool>,
    /// Ayrshare unlinked the account itself (`social` webhook, `source: system`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unlinked_by_system: bool,
    /// The date by which the account must be reconnected (`refreshBy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub refresh_by: Option<Timestamp>,
    /// How many more problems the same request had than one request may make notifications
    /// for (`Classification::capped`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omitted: Option<u32>,
}

/// One notification a result asks for, before storage decides whether it is new or a bump.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: Arc<KindSpec>,
    pub platforms: Vec<String>,
    /// Same key while open → bump instead of a new notification. `None`: always new.
    pub condition_key: Option<String>,
    pub resolve_key: Option<String>,
    pub params: Params,
    pub expires_at: Option<Timestamp>,
    /// How many upstream errors this draft stands for.
    pub occurrences: u32,
}

/// Everything one ingested result means.
#[derive(Debug, Clone, Default)]
pub struct Classification {
    pub drafts: Vec<Draft>,
    /// Resolve keys closed by successes in this result (`platform:facebook`, `post:<id>`).
    pub resolves: Vec<String>,
    /// The `(platform, code)` of failures no rule knows, which became the generic kind.
    pub unmapped: Vec<(&'static str, Option<String>)>,
}

impl Classification {
    /// At most `max` drafts (at least one): the problems beyond them are not lost but
    /// counted on the last one kept, whose notification says how many more there were. One
    /// request cannot make thousands of notifications, nor an email that lists them.
    pub fn capped(mut self, max: usize) -> Self {
        let max = max.max(1);
        if self.drafts.len() > max {
            let omitted = u32::try_from(self.drafts.len() - max).unwrap_or(u32::MAX);
            self.drafts.truncate(max);
            if let Some(last) = self.drafts.last_mut() {
                last.params.omitted = Some(omitted);
            }
        }
        self
    }
}

pub fn classify(catalog: &Catalog, outcomes: &[PostOutcome], now: Timestamp) -> Classification {
    let mut out = Classification::default();
    for outcome in outcomes {
        classify_outcome(catalog, outcome, now, &mut out);
    }
    out.drafts = merge_same_problem(out.drafts);
    out.resolves.sort_unstable();
    out.resolves.dedup();
    out
}

fn classify_outcome(catalog: &Catalog, outcome: &PostOutcome, now: Timestamp, out: &mut Classification) {
    let succeeded: Vec<String> = outcome.published.iter().map(|p| p.platform.clone()).collect();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut joining: Vec<(&Failure, Arc<KindSpec>, Arc<KindSpec>)> = Vec::new();

    for failure in &outcome.failures {
        let rule = catalog.rule_for(failure);
        if rule.is_none() {
            let platform = failure.platform.as_deref().and_then(result::platform_key);
            out.unmapped
                .push((platform.unwrap_or(result::OTHER_PLATFORM), failure.code.clone()));
        }
        let kind = rule.map_or_else(
            || catalog.builtin(catalog::POST_FAILED).clone(),
            |r| r.kind.clone(),
        );
        if let Some(joins) = rule.and_then(|r| r.joins.clone()) {
            joining.push((failure, kind, joins));
        } else {
            drafts.push(draft(catalog, kind, failure, outcome, &succeeded, now));
        }
    }
    // Joiners become part of the problem they travel with, or stand alone.
    for (failure, kind, joins) in joining {
        let host = drafts.iter_mut().find(|d| Arc::ptr_eq(&d.kind, &joins));
        match (host, &failure.platform) {
            (Some(host), Some(platform)) => {
                push_unique(&mut host.platforms, platform);
            }
            _ => drafts.push(draft(catalog, kind, failure, outcome, &succeeded, now)),
        }
    }
    for change in &outcome.link_changes {
        let platform = &change.platform;
        let (kind, deadline) = match change.change {
            Link::Linked => {
                out.resolves.push(platform_resolve_key(platform));
                out.resolves.push(relink_resolve_key(platform));
                continue;
            }
            Link::UnlinkedByUser => continue,
            Link::UnlinkedBySystem => (catalog::ACCOUNT_DISCONNECTED, None),
            Link::RefreshDue(deadline) => (catalog::ACCOUNT_REFRESH_DUE, Some(deadline)),
        };
        let failure = Failure {
            platform: Some(platform.clone()),
            details: change.details.clone(),
            ..Failure::default()
        };
        let mut d = draft(
            catalog,
            catalog.builtin(kind).clone(),
            &failure,
            outcome,
            &succeeded,
            now,
        );
        d.params.unlinked_by_system = change.change == Link::UnlinkedBySystem;
        if let Some(deadline) = deadline {
            d.params.refresh_by = Some(deadline);
            d.expires_at = Some(deadline);
        }
        drafts.push(d);
    }
    for platform in &succeeded {
        out.resolves.push(platform_resolve_key(platform));
    }
    if outcome.failures.is_empty() && !succeeded.is_empty() {
        if let Some(post) = &outcome.post_id {
            out.resolves.push(post_resolve_key(post));
        }
        let kind = catalog.builtin(catalog::POST_PUBLISHED).clone();
        let mut d = draft(catalog, kind, &Failure::default(), outcome, &[], now);
        d.platforms = succeeded;
        drafts.push(d);
    }
    out.drafts.extend(drafts);
}

fn draft(
    catalog: &Catalog,
    kind: Arc<KindSpec>,
    failure: &Failure,
    outcome: &PostOutcome,
    succeeded: &[String],
    now: Timestamp,
) -> Draft {
    let platform = failure.platform.as_deref();
    let mut params = Params {
        code: failure.code.clone(),
        message: failure.message.clone(),
        details: failure.details.clone(),
        post_id: outcome.post_id.clone(),
        post_excerpt: failure
            .post_text
            .as_deref()
            .or(outcome.post_text.as_deref())
            .map(excerpt),
        profile: outcome.profile.clone(),
        succeeded: succeeded.to_vec(),
        retry_available: failure.retry_available,
        ..Params::default()
    };
    if kind.extracts(Extractor::Partial) {
        params.partial = Some(!succeeded.is_empty());
    }
    if kind.extracts(Extractor::AspectRatio) {
        let range = platform.and_then(|p| catalog.ratio_range(p));
        params.aspect_ratio = failure
            .message
            .as_deref()
            .and_then(|m| params::aspect_ratio(m, range));
    }
    let mut expires_at = kind.expires_after.and_then(|after| {
        SignedDuration::try_from(after)
            .ok()
            .and_then(|d| now.checked_add(d).ok())
    });
    let wait = kind
        .extracts(Extractor::RetryAfter)
        .then(|| {
            failure
                .details
                .as_deref()
                .and_then(|d| params::retry_after(d, now))
        })
        .flatten();
    if let Some(wait) = wait {
        params.retry_after_secs = Some(wait.as_secs());
        expires_at = now.checked_add(wait).ok();
    }
    let post_key = outcome.post_id.as_deref().map(str::to_owned).or_else(|| {
        failure
            .post_text
            .as_deref()
            .or(outcome.post_text.as_deref())
            .map(text_key)
    });
    let condition_key = match kind.scope {
        Scope::Platform => Some(match platform {
            Some(p) => format!("{}:{p}", kind.name),
            None => kind.name.clone(),
        }),
        Scope::Post => post_key.as_ref().map(|post| format!("{}:post:{post}", kind.name)),
        Scope::PostPlatform => post_key
            .as_ref()
            .map(|post| format!("{}:post:{post}:{}", kind.name, platform.unwrap_or("-"))),
    };
    let resolve_key = match kind.resolved_by {
        Some(Resolution::PlatformSuccess) => platform.map(platform_resolve_key),
        Some(Resolution::PostSuccess) => outcome.post_id.as_deref().map(post_resolve_key),
        Some(Resolution::Relink) => platform.map(relink_resolve_key),
        None => None,
    };
    Draft {
        platforms: platform.map(|p| vec![p.to_owned()]).unwrap_or_default(),
        kind,
        condition_key,
        resolve_key,
        params,
        expires_at,
        occurrences: 1,
    }
}

/// Drafts with the same condition key are one problem: one notification, platforms merged.
fn merge_same_problem(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut merged: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts {
        let same = d
            .condition_key
            .as_ref()
            .and_then(|key| merged.iter_mut().find(|m| m.condition_key.as_ref() == Some(key)));
        match same {
            Some(m) => {
                for p in &d.platforms {
                    push_unique(&mut m.platforms, p);
                }
                // One result is one occurrence, however many networks it names.
                m.occurrences = m.occurrences.max(d.occurrences);
                m.expires_at = m.expires_at.max(d.expires_at);
            }
            None => merged.push(d),
        }
    }
    merged
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_owned());
    }
}

pub fn platform_resolve_key(platform: &str) -> String {
    format!("platform:{platform}")
}

/// Closed only by linking the account again, not by publishing on it.
pub fn relink_resolve_key(platform: &str) -> String {
    format!("relink:{platform}")
}

pub fn post_resolve_key(post_id: &str) -> String {
    format!("post:{post_id}")
}

/// Posts without an id are recognised by their text.
fn text_key(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    format!("text-{}", hex::encode(&digest[..8]))
}

fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::result::parse;
    use serde_json::json;

    fn run(value: serde_json::Value) -> Classification {
        let catalog = Catalog::embedded().expect("catalog");
        let outcomes = parse(&value).expect("result");
        classify(&catalog, &outcomes, "2026-11-29T14:00:00Z".parse().expect("time"))
    }

    fn kinds(c: &Classification) -> Vec<&str> {
        c.drafts.iter().map(|d| d.kind.name.as_str()).collect()
    }

    #[test]
    fn threads_379_joins_the_instagram_media_problem() {
        let c = run(json!({"status": "error", "id": "p1", "errors": [
            {"code": 379, "platform": "threads", "message": "Error posting to Threads."},
            {"code": 440, "platform": "instagram", "details": "Media download has failed."}
        ]}));
        assert_eq!(kinds(&c), ["media-unreachable"]);
        assert_eq!(c.drafts[0].platforms, ["instagram", "threads"]);
        assert_eq!(c.drafts[0].occurrences, 1, "one result, one occurrence");
    }

    #[test]
    fn threads_379_alone_is_a_failed_post() {
        let c = run(json!({"errors": [{"code": 379, "platform": "threads"}], "id": "p1"}));
        assert_eq!(kinds(&c), ["post-failed"]);
    }

    #[test]
    fn duplicates_on_two_platforms_are_one_problem() {
        let c = run(json!({"status": "error", "id": "p", "errors": [
            {"code": 110, "platform": "twitter", "message": "Status is a duplicate."},
            {"code": 107, "platform": "facebook", "message": "Facebook Error: This status update is identical to the last one you posted."}
        ]}));
        assert_eq!(kinds(&c), ["duplicate-post"]);
        assert_eq!(c.drafts[0].platforms, ["twitter", "facebook"]);
        assert_eq!(c.drafts[0].occurrences, 1, "one result, one occurrence");
    }

    #[test]
    fn account_problems_stay_per_platform_and_successes_resolve() {
        let c = run(json!({"errors": [
            {"code": 161, "platform": "facebook"}, {"code": 272, "platform": "twitter"}
        ], "postIds": [{"status": "success", "platform": "bluesky"}], "id": "p"}));
        assert_eq!(kinds(&c), ["account-disconnected", "account-disconnected"]);
        assert_eq!(
            c.drafts[0].condition_key.as_deref(),
            Some("account-disconnected:facebook")
        );
        assert_eq!(c.drafts[0].resolve_key.as_deref(), Some("platform:facebook"));
        assert_eq!(c.resolves, ["platform:bluesky"]);
    }

    #[test]
    fn full_success_publishes_and_resolves_the_post() {
        let c = run(json!({"status": "success", "id": "p9", "postIds": [
            {"status": "success", "platform": "facebook"}, {"status": "success", "platform": "x"}
        ]}));
        assert_eq!(kinds(&c), ["post-published"]);
        assert_eq!(c.drafts[0].platforms, ["facebook", "twitter"]);
        assert_eq!(c.resolves, ["platform:facebook", "platform:twitter", "post:p9"]);
    }

    #[test]
    fn unknown_code_is_post_failed_with_the_message() {
        let c = run(json!({"errors": [{"code": 9999, "platform": "reddit", "message": "Quelque chose"}]}));
        assert_eq!(kinds(&c), ["post-failed"]);
        assert_eq!(c.drafts[0].params.message.as_deref(), Some("Quelque chose"));
        assert_eq!(c.drafts[0].condition_key, None, "no post id, no text: always new");
    }

    #[test]
    fn translated_messages_classify_the_same() {
        let c = run(json!({"errors": [{"code": 138, "platform": "instagram",
            "message": "Erreur Instagram : l'image avec le rapport d'aspect ('1440/2158',) ne peut pas être publiée."}]}));
        assert_eq!(kinds(&c), ["media-aspect-ratio"]);
        let ratio = c.drafts[0].params.aspect_ratio.as_ref().expect("ratio");
        assert_eq!(ratio.ratio, "2:3");
    }

    #[test]
    fn rate_limit_expires_after_retry_after() {
        let c =
            run(json!({"errors": [{"code": 435, "platform": "instagram", "details": "Retry-After: 3600"}]}));
        assert_eq!(c.drafts[0].params.retry_after_secs, Some(3600));
        assert_eq!(
            c.drafts[0].expires_at,
            Some("2026-11-29T15:00:00Z".parse().expect("time"))
        );
    }

    #[test]
    fn system_unlink_disconnects_and_link_resolves() {
        let c = run(json!({"action": "social", "type": "unlink", "source": "system", "platform": "tiktok"}));
        assert_eq!(kinds(&c), ["account-disconnected"]);
        assert!(c.drafts[0].params.unlinked_by_system);
        let c = run(json!({"action": "social", "type": "link", "platform": "tiktok"}));
        assert!(c.drafts.is_empty());
        assert_eq!(c.resolves, ["platform:tiktok", "relink:tiktok"]);
        let c = run(json!({"action": "social", "type": "unlink", "source": "user", "platform": "tiktok"}));
        assert!(c.drafts.is_empty() && c.resolves.is_empty());
    }

    #[test]
    fn a_refresh_deadline_asks_to_reconnect_until_a_link() {
        let c = run(
            json!({"action": "social", "type": "refresh", "platform": "instagram",
            "refreshBy": "2026-12-20T12:00:00Z", "source": "system"}),
        );
        assert_eq!(kinds(&c), ["account-refresh-due"]);
        let deadline: Timestamp = "2026-12-20T12:00:00Z".parse().expect("time");
        assert_eq!(c.drafts[0].params.refresh_by, Some(deadline));
        assert_eq!(c.drafts[0].expires_at, Some(deadline));
        assert!(!c.drafts[0].params.unlinked_by_system);
        assert_eq!(c.drafts[0].resolve_key.as_deref(), Some("relink:instagram"));
        let published = run(json!({"status": "success", "id": "p", "postIds": [
            {"status": "success", "platform": "instagram"}]}));
        assert!(
            !published.resolves.contains(&"relink:instagram".to_owned()),
            "publishing does not reconnect the account"
        );
    }

    #[test]
    fn excerpts_are_cut_on_characters() {
        assert_eq!(excerpt("short"), "short");
        let long = "é".repeat(100);
        assert_eq!(excerpt(&long).chars().count(), EXCERPT_CHARS + 1);
    }
}
