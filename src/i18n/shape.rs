//! The shape of a message: which variables it uses and which literal keys its selectors
//! expect. Translations must keep the shape of the source, or the code's arguments stop
//! matching; `herald check` compares them.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// CLDR plural categories: selector keys a translation may add or drop for its language.
pub const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    pub variables: BTreeSet<String>,
    /// Per selector variable, the keys that are not plural categories or numbers: values the
    /// code passes, which every translation must handle the same way.
    pub keys: BTreeMap<String, BTreeSet<String>>,
    /// The message's attributes (`.gender`, `.on`…); their variables count as the message's.
    pub attributes: BTreeSet<String>,
}

/// The shapes of every message in an FTL source; `Err` with the syntax errors.
pub fn of_source(source: &str) -> Result<BTreeMap<String, Shape>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut shapes = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(pattern) = &message.value {
                visit(pattern, &mut shape);
            }
            for attribute in &message.attributes {
                shape.attributes.insert(attribute.id.name.to_owned());
                visit(&attribute.value, &mut shape);
            }
            shapes.insert(message.id.name.to_owned(), shape);
        }
    }
    Ok(shapes)
}

fn visit(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_shape(expression, shape);
        }
    }
}

fn expression_shape(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_shape(inline, shape),
        Expression::Select { selector, variants } => {
            inline_shape(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = shape.keys.entry(id.name.to_owned()).or_default();
                for variant in variants {
                    if let VariantKey::Identifier { name } = variant.key
                        && !PLURAL_CATEGORIES.contains(&name)
                    {
                        keys.insert(name.to_owned());
                    }
                }
            }
            for variant in variants {
                visit(&variant.value, shape);
            }
        }
    }
}

fn inline_shape(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_shape(expression, shape),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_shape(argument, shape);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_variables_and_selector_keys() {
        let shapes = of_source(
            "m = { $a ->\n    [yes] { $b }\n   *[no] x\n}\nn = { $count ->\n    [one] one\n   *[other] { $count } { NUMBER($c) }\n}\n",
        )
        .expect("valid");
        let m = &shapes["m"];
        assert_eq!(m.variables.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(m.keys["a"].iter().collect::<Vec<_>>(), ["no", "yes"]);
        let n = &shapes["n"];
        assert_eq!(n.variables.iter().collect::<Vec<_>>(), ["c", "count"]);
        assert!(
            n.keys["count"].is_empty(),
            "plural categories are the translation's business"
        );
        assert!(of_source("broken = {").is_err());
        let forms =
            &of_source("p = { $name }\n    .on = on { $name }\n    .gender = m\n").expect("valid")["p"];
        assert_eq!(forms.attributes.iter().collect::<Vec<_>>(), ["gender", "on"]);
        assert_eq!(forms.variables.iter().collect::<Vec<_>>(), ["name"]);
    }
}
