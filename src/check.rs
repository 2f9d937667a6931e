//! Cross-checks between the configuration, the catalog and the locales, run at start and by
//! `herald check`: a kind whose button has no link, or a locale missing a message, is caught
//! before anyone reads a broken notification.

use fluent_bundle::FluentArgs;

use crate::config::Config;
use crate::domain::catalog::{Catalog, Category};
use crate::domain::result::PLATFORMS;
use crate::i18n::{Localizer, SOURCE, Shape};

/// Messages the code uses beyond the per-kind, per-platform and per-category ones: the
/// notification texts, the emails' own text and the unsubscribe pages.
pub const SHARED_MESSAGES: &[&str] = &[
    "notification-post",
    "notification-upstream",
    "notification-repeated",
    "notification-omitted",
    "platform-other",
    "email-subject",
    "email-subject-digest",
    "email-preheader-digest",
    "email-greeting",
    "email-intro",
    "email-more",
    "email-details-heading",
    "email-link-fallback",
    "email-open-product",
    "email-footer-reason",
    "email-unsubscribe",
    "page-unsubscribe-title",
    "page-unsubscribe-question",
    "page-unsubscribe-note",
    "page-unsubscribe-button",
    "page-unsubscribed-title",
    "page-unsubscribed-body",
    "page-invalid-title",
    "page-invalid-body",
];

/// Variables the code passes as numbers (plural selection needs numbers).
pub const NUMERIC_VARIABLES: &[&str] = &["count", "width", "height", "crop_width", "crop_height"];

/// Every message id the code and the catalog need, in every locale.
pub fn required_messages(catalog: &Catalog) -> Vec<String> {
    let mut ids: Vec<String> = SHARED_MESSAGES.iter().map(|id| (*id).to_owned()).collect();
    ids.extend(PLATFORMS.iter().map(|p| format!("platform-{p}")));
    ids.extend(Category::ALL.iter().map(|c| format!("category-{}", c.as_str())));
    for kind in catalog.kinds() {
        ids.push(format!("{}-title", kind.name));
        ids.push(format!("{}-preheader", kind.name));
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
    problems.extend(shapes(l10n));
    problems.extend(formatting(l10n));
    problems.extend(l10n.check_client_texts(crate::http::COMPONENT_TEXTS));
    problems
}

/// Every translated message uses the same variables as the source, and handles the same
/// selector values (plural categories aside, which are each language's own).
fn shapes(l10n: &Localizer) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(source) = l10n.shapes(SOURCE) else {
        return vec![format!("the source locale `{SOURCE}` is missing")];
    };
    for tag in l10n.tags().filter(|t| *t != SOURCE) {
        let Some(translated) = l10n.shapes(tag) else {
            continue;
        };
        for (id, shape) in translated {
            let Some(expected) = source.get(id) else {
                problems.push(format!("locale `{tag}` has `{id}`, which `{SOURCE}` does not"));
                continue;
            };
            if shape.variables != expected.variables {
                problems.push(format!(
                    "`{tag}` `{id}` uses {:?}, `{SOURCE}` uses {:?}",
                    shape.variables, expected.variables
                ));
            }
            for (variable, keys) in &expected.keys {
                if !keys.is_empty() && shape.keys.get(variable) != Some(keys) {
                    problems.push(format!(
                        "`{tag}` `{id}` must select on ${variable} with the keys {keys:?}"
                    ));
                }
            }
        }
    }
    problems
}

/// Every message of every locale formats without Fluent errors, given the arguments the code
/// passes (those of the source message), for values that take every selector branch and
/// several plural categories.
fn formatting(l10n: &Localizer) -> Vec<String> {
    let mut problems = Vec::new();
    let source = l10n.shapes(SOURCE);
    for tag in l10n.tags() {
        let (Some(lang), Some(shapes)) = (l10n.exactly(tag), l10n.shapes(tag)) else {
            continue;
        };
        for (id, own) in shapes {
            let shape = source.and_then(|s| s.get(id)).unwrap_or(own);
            for args in sample_arguments(shape) {
                if let Some((_, errors)) = l10n.format(&lang, id, Some(&args))
                    && !errors.is_empty()
                {
                    problems.push(format!("`{tag}` `{id}` fails to format: {errors:?}"));
                    break;
                }
            }
        }
    }
    problems
}

/// Argument sets for a message: each selector key in turn, and numbers of every plural form.
pub fn sample_arguments(shape: &Shape) -> Vec<FluentArgs<'static>> {
    let base = |count: i64, key: Option<(&str, &str)>| {
        let mut args = FluentArgs::new();
        for variable in &shape.variables {
            if NUMERIC_VARIABLES.contains(&variable.as_str()) {
                args.set(variable.clone(), count);
            } else {
                let value = key.filter(|(v, _)| v == variable).map_or("sample", |(_, k)| k);
                args.set(variable.clone(), value.to_owned());
            }
        }
        args
    };
    let mut sets: Vec<FluentArgs<'static>> = [0, 1, 2, 3, 11, 100, 1_000_000]
        .iter()
        .map(|&n| base(n, None))
        .collect();
    for (variable, keys) in &shape.keys {
        for key in keys {
            sets.push(base(2, Some((variable, key))));
        }
    }
    sets
}
