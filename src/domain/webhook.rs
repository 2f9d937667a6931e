//! Ayrshare's webhooks (`reference/ayrshare-facts.md` §2.8 and §7): which User Profile a
//! delivery is about, how a repeat is recognised, and what each action means.
//!
//! - `scheduled`: a publish result, classified exactly like one POSTed to `…/results`;
//! - `social`: an account linked, unlinked (by the person or by Ayrshare) or due for a
//!   refresh (`result::Link`);
//! - every other action (`messages`, `comments`, `feed`, `batch`, `accountActivity`, and the
//!   names Ayrshare adds later): kept as an event, no notification.

use jiff::Timestamp;
use serde_json::Value;

use super::catalog::Catalog;
use super::classify::{Classification, classify};
use super::result;

/// The actions Ayrshare's webhooks are registered for (facts §2.8, §7), `message` being the
/// older name of `messages`.
pub const ACTIONS: &[&str] = &[
    "accountActivity",
    "automations",
    "batch",
    "comments",
    "feed",
    "mentions",
    "message",
    "messages",
    "scheduled",
    "social",
    "suspended",
];

/// The longest `refId`, `hookId` or delivery id herald keeps (Ayrshare's are 40 hex digits or
/// about 20 characters).
const MAX_ID: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the JSON is not an Ayrshare webhook: it has no `action` (a text such as \"scheduled\" or \"social\")"
)]
pub struct NotAWebhook;

/// What herald reads from every delivery before looking at its action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub action: String,
    /// The User Profile it is about; a delivery without one can never be routed to a user.
    pub ref_id: Option<String>,
    /// Ayrshare's id of the delivery, the same on every retry.
    pub hook_id: Option<String>,
}

impl Head {
    pub fn read(value: &Value) -> Result<Self, NotAWebhook> {
        let action = id_text(value.get("action")).ok_or(NotAWebhook)?;
        Ok(Self {
            action,
            ref_id: id_text(value.get("refId")),
            hook_id: id_text(value.get("hookId")),
        })
    }

    /// One of [`ACTIONS`]: a name only webhooks use (results say `"action": "post"`).
    pub fn is_known_action(&self) -> bool {
        ACTIONS.contains(&self.action.as_str())
    }

    /// What identifies this delivery across Ayrshare's retries: the body's `hookId`, else the
    /// SHA-256 of the body. Only what the signature covers may decide it: an
    /// `X-Ayrshare-Delivery-Id` header is not signed, so a captured delivery sent again under
    /// a new header value would count as new (and one sent under a future value would shadow
    /// the real delivery).
    pub fn delivery_key(&self, body_hash: &str) -> String {
        match self.hook_id.as_deref() {
            Some(id) => format!("ayrshare-hook:{id}"),
            None => format!("ayrshare-body:{body_hash}"),
        }
    }
}

/// What a delivery asks for. A `scheduled` body that is not a result, or an action herald
/// does not act on, asks for nothing: it is still stored.
pub fn classify_webhook(catalog: &Catalog, head: &Head, value: &Value, now: Timestamp) -> Classification {
    match head.action.as_str() {
        "scheduled" | "social" => result::parse(value)
            .map(|outcomes| classify(catalog, &outcomes, now))
            .unwrap_or_default(),
        _ => Classification::default(),
    }
}

/// A short identifier: text (or a number) of visible ASCII.
fn id_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.is_empty() && s.len() <= MAX_ID && s.bytes().all(|b| b.is_ascii_graphic()) => {
            Some(s.clone())
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn now() -> Timestamp {
        "2026-12-02T12:00:00Z".parse().expect("time")
    }

    #[test]
    fn the_head_names_the_profile_and_the_delivery() {
        let head = Head::read(&json!({"action": "social", "refId": "abc", "hookId": "h1"})).expect("head");
        assert_eq!(head.ref_id.as_deref(), Some("abc"));
        assert_eq!(head.delivery_key("hash"), "ayrshare-hook:h1");
        let bare = Head::read(&json!({"action": "feed", "hookId": "has space"})).expect("head");
        assert_eq!(bare.delivery_key("hash"), "ayrshare-body:hash");
        assert_eq!(Head::read(&json!({"refId": "abc"})), Err(NotAWebhook));
        assert_eq!(Head::read(&json!({"action": ""})), Err(NotAWebhook));
        assert_eq!(Head::read(&json!([1])), Err(NotAWebhook));
    }

    #[test]
    fn each_action_asks_for_what_it_means() {
        let catalog = Catalog::embedded().expect("catalog");
        let run = |value: Value| {
            let head = Head::read(&value).expect("head");
            classify_webhook(&catalog, &head, &value, now())
        };
        let failed = run(json!({"action": "scheduled", "status": "error", "id": "p",
            "errors": [{"code": 161, "platform": "facebook"}]}));
        assert_eq!(failed.drafts[0].kind.name, "account-disconnected");
        let messages = run(json!({"action": "messages", "subAction": "messageCreated", "status": "error"}));
        assert!(messages.drafts.is_empty() && messages.resolves.is_empty());
        let odd = run(json!({"action": "scheduled", "note": "no result here"}));
        assert!(odd.drafts.is_empty());
    }
}
