//! Cross-checks between the configuration, the catalog and the locales, run at start and by
//! `herald check`: a kind whose button has no link, or a locale missing a message, is caught
//! before anyone reads a broken notification.

use std::collections::{BTreeMap, BTreeSet};

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
    "platform-unlisted",
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
    problems.extend(shapes(catalog, l10n));
    problems.extend(formatting(l10n));
    problems.extend(l10n.check_client_texts(crate::http::COMPONENT_TEXTS));
    problems
}

/// Variables the code passes to every kind's messages. A translation may use them where its
/// source does not: a verb agreeing with `$count`, wording chosen by `$known` ("yes" when the
/// network has a name, "no" for "your social network").
pub const KIND_VARIABLES: &[&str] = &["platform", "platforms", "count", "known"];

/// Variables naming networks, each with a variable per declared form (`$platforms_on`).
const FAMILIES: [&str; 3] = ["platforms", "platform", "succeeded"];

/// Each translated message uses the variables of its source, and handles the same selector
/// values (plural categories aside, which are each language's own). Kind messages may also use
/// [`KIND_VARIABLES`] and the networks' forms their own locale declares (`.on` gives
/// `$platform_on` and `$platforms_on`) in place of `$platform` and `$platforms`; anything else
/// is a typo.
fn shapes(catalog: &Catalog, l10n: &Localizer) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(source) = l10n.shapes(SOURCE) else {
        return vec![format!("the source locale `{SOURCE}` is missing")];
    };
    let kind_messages: BTreeSet<String> = catalog
        .kinds()
        .iter()
        .flat_map(|kind| ["title", "preheader", "body", "action"].map(|part| format!("{}-{part}", kind.name)))
        .collect();
    for tag in l10n.tags() {
        let Some(translated) = l10n.shapes(tag) else {
            continue;
        };
        let forms = match platform_forms(translated) {
            Ok(forms) => forms,
            Err(problem) => {
                problems.push(format!("locale `{tag}`: {problem}"));
                continue;
            }
        };
        if tag == SOURCE {
            continue;
        }
        for (id, shape) in translated {
            let Some(expected) = source.get(id) else {
                problems.push(format!("locale `{tag}` has `{id}`, which `{SOURCE}` does not"));
                continue;
            };
            let variables = if kind_messages.contains(id) {
                kind_variables(expected, shape, &forms)
            } else {
                (shape.variables == expected.variables).then_some(())
            };
            if variables.is_none() {
                problems.push(format!(
                    "`{tag}` `{id}` uses {:?}, `{SOURCE}` uses {:?}",
                    shape.variables, expected.variables
                ));
            }
            for (variable, keys) in &expected.keys {
                let own_choice = variable == "known" || platform_family(variable).is_some();
                if !keys.is_empty() && !own_choice && shape.keys.get(variable) != Some(keys) {
                    problems.push(format!(
                        "`{tag}` `{id}` must select on ${variable} with the keys {keys:?}"
                    ));
                }
            }
        }
    }
    problems
}

/// The forms a locale declares for its networks: the attributes of `platform-other`. A
/// network may give fewer (its name stands in), never one the locale does not declare.
fn platform_forms(shapes: &BTreeMap<String, Shape>) -> Result<BTreeSet<String>, String> {
    let declared = shapes
        .get("platform-other")
        .map(|other| other.attributes.clone())
        .unwrap_or_default();
    for (id, shape) in shapes.iter().filter(|(id, _)| id.starts_with("platform-")) {
        if let Some(extra) = shape.attributes.difference(&declared).next() {
            return Err(format!(
                "`{id}` has the form `.{extra}`, which `platform-other` does not declare"
            ));
        }
    }
    Ok(declared)
}

/// The networks a variable names: `platform` for `$platform` and `$platform_<form>`,
/// `platforms` and `succeeded` likewise; `None` for any other variable.
fn platform_family(variable: &str) -> Option<&'static str> {
    FAMILIES
        .into_iter()
        .find(|family| variable == *family || variable.starts_with(&format!("{family}_")))
}

/// A kind message's variables are right when each is the source's, a kind variable or one of
/// the locale's own forms, and it names the network(s) wherever the source does.
fn kind_variables(expected: &Shape, shape: &Shape, forms: &BTreeSet<String>) -> Option<()> {
    let allowed = |variable: &str| {
        let names_networks = platform_family(variable).is_some_and(|family| {
            variable == family
                || variable
                    .strip_prefix(family)
                    .and_then(|rest| rest.strip_prefix('_'))
                    .is_some_and(|form| forms.contains(form))
        });
        names_networks
            || KIND_VARIABLES.contains(&variable)
            || (platform_family(variable).is_none() && expected.variables.contains(variable))
    };
    let names =
        |shape: &Shape, family: &str| shape.variables.iter().any(|v| platform_family(v) == Some(family));
    let others = |shape: &Shape| -> BTreeSet<String> {
        shape
            .variables
            .iter()
            .filter(|v| platform_family(v).is_none() && !KIND_VARIABLES.contains(&v.as_str()))
            .cloned()
            .collect()
    };
    let complete = FAMILIES
        .iter()
        .all(|family| !names(expected, family) || names(shape, family))
        && others(expected) == others(shape);
    (complete && shape.variables.iter().all(|v| allowed(v))).then_some(())
}

/// Every message of every locale formats without Fluent errors, given the arguments the code
/// passes (those of the source message and the locale's own forms), for values that take every selector branch and
/// several plural categories.
fn formatting(l10n: &Localizer) -> Vec<String> {
    let mut problems = Vec::new();
    let source = l10n.shapes(SOURCE);
    for tag in l10n.tags() {
        let (Some(lang), Some(shapes)) = (l10n.exactly(tag), l10n.shapes(tag)) else {
            continue;
        };
        for (id, own) in shapes {
            // The arguments the code passes: the source's, the kind variables and the forms.
            let mut shape = source.and_then(|s| s.get(id)).unwrap_or(own).clone();
            let passed = |v: &String| platform_family(v).is_some() || KIND_VARIABLES.contains(&v.as_str());
            shape
                .variables
                .extend(own.variables.iter().filter(|v| passed(v)).cloned());
            for (variable, keys) in own.keys.iter().filter(|(v, _)| passed(v)) {
                shape
                    .keys
                    .entry(variable.clone())
                    .or_default()
                    .extend(keys.iter().cloned());
            }
            for args in sample_arguments(&shape) {
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
