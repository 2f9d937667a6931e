//! Cross-checks between the configuration, the catalog and the locales, run at start and by
//! `herald check`: a kind whose button has no link, or a locale missing a message, is caught
//! before anyone reads a broken notification.

use crate::config::Config;
use crate::domain::catalog::Catalog;
use crate::domain::result::PLATFORMS;
use crate::i18n::Localizer;

/// Messages the code uses beyond the per-kind and per-platform ones.
pub const SHARED_MESSAGES: &[&str] = &["notification-post", "notification-upstream", "platform-other"];

/// Every message id the code and the catalog need, in every locale.
pub fn required_messages(catalog: &Catalog) -> Vec<String> {
    let mut ids: Vec<String> = SHARED_MESSAGES.iter().map(|id| (*id).to_owned()).collect();
    ids.extend(PLATFORMS.iter().map(|p| format!("platform-{p}")));
    for kind in catalog.kinds() {
        ids.push(format!("{}-title", kind.name));
        ids.push(format!("{}-body", kind.name));
        if kind.action.is_some() || kind.retry_action.is_some() {
            ids.push(format!("{}-action", kind.name));
        }
    }
    ids
}

/// Human-readable problems; empty when everything agrees.
pub fn consistency(config: &Config, catalog: &Catalog, l10n: &Localizer) -> Vec<String> {
    let mut problems = Vec::new();
    for kind in catalog.kinds() {
        for action in kind.action.iter().chain(&kind.retry_action) {
            if !config.links.templates.contains_key(action) {
                problems.push(format!(
                    "kind `{}` links to `{action}`, which [links] does not define",
                    kind.name
                ));
            }
        }
    }
    let required = required_messages(catalog);
    for tag in l10n.tags() {
        let missing: Vec<&str> = required
            .iter()
            .filter(|id| !l10n.has_message(tag, id))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            problems.push(format!("locale `{tag}` lacks {}", missing.join(", ")));
        }
    }
    problems
}
