//! Templates (tera): the embedded `templates/` plus, optionally, a directory whose files replace
//! them by name, so an operator can restyle emails without a rebuild.
//!
//! Templates only lay out: every word they show comes from the view, which is built from
//! Fluent. HTML templates (`.html`) are autoescaped; the one `| safe` is for items that were
//! themselves rendered (and escaped) by an item template.

pub mod view;

use std::collections::BTreeMap;
use std::path::Path;

use rust_embed::RustEmbed;
use tera::{Context, Tera};

pub use view::{EmailView, ItemView, PageView};

#[derive(RustEmbed)]
#[folder = "templates/"]
struct Embedded;

pub struct Renderer {
    tera: Tera,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template error: {0}")]
    Tera(#[from] tera::Error),
    #[error("cannot read the templates in {path}: {error}")]
    Read { path: String, error: std::io::Error },
}

/// The two parts of an email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub text: String,
}

impl Renderer {
    pub fn load(overrides: Option<&Path>) -> Result<Self, RenderError> {
        let mut sources: BTreeMap<String, String> = Embedded::iter()
            .filter_map(|name| {
                let file = Embedded::get(&name)?;
                Some((name.to_string(), String::from_utf8_lossy(&file.data).into_owned()))
            })
            .collect();
        if let Some(dir) = overrides {
            read_dir(dir, dir, &mut sources)?;
        }
        let mut tera = Tera::default();
        tera.autoescape_on([".html"]);
        tera.add_raw_templates(&sources)?;
        let renderer = Self { tera };
        renderer.check()?;
        Ok(renderer)
    }

    /// Renders an email in both parts; each item through its kind's template, or the generic
    /// item template for kinds without one.
    pub fn email(&self, view: &EmailView) -> Result<Rendered, RenderError> {
        // One context for the whole email: each item template sees the view plus its `item`,
        // the layout the view plus the rendered `items`.
        let mut context = Context::from_serialize(view)?;
        let mut parts = [String::new(), String::new()];
        for (part, suffix) in parts.iter_mut().zip(["html", "txt"]) {
            let items = view
                .items
                .iter()
                .map(|item| {
                    context.insert("item", item);
                    let kind = format!("email/kinds/{}.{suffix}", item.kind);
                    let name = if self.tera.contains_template(&kind) {
                        kind
                    } else {
                        format!("email/item.{suffix}")
                    };
                    self.tera.render(&name, &context)
                })
                .collect::<Result<Vec<_>, _>>()?;
            context.insert("items", &items);
            *part = self.tera.render(&format!("email/layout.{suffix}"), &context)?;
        }
        let [html, text] = parts;
        Ok(Rendered { html, text })
    }

    pub fn page(&self, view: &PageView) -> Result<String, RenderError> {
        Ok(self
            .tera
            .render("pages/page.html", &Context::from_serialize(view)?)?)
    }

    /// Renders a sample of everything, so that a broken override fails at start, not at send.
    fn check(&self) -> Result<(), RenderError> {
        self.email(&EmailView::sample())?;
        self.page(&PageView::sample())?;
        Ok(())
    }
}

fn read_dir(root: &Path, dir: &Path, sources: &mut BTreeMap<String, String>) -> Result<(), RenderError> {
    let failed = |path: &Path, error| RenderError::Read {
        path: path.display().to_string(),
        error,
    };
    for entry in std::fs::read_dir(dir).map_err(|e| failed(dir, e))?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_dir(root, &path, sources)?;
        } else if let Ok(name) = path.strip_prefix(root) {
            let text = std::fs::read_to_string(&path).map_err(|e| failed(&path, e))?;
            sources.insert(name.to_string_lossy().replace('\\', "/"), text);
        }
    }
    Ok(())
}
