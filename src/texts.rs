//! The words herald writes: translations, the catalog's kinds and the operator's links, built
//! once and shared by the inbox, `explain` and email.

use std::sync::Arc;

use crate::config::Links;
use crate::domain::catalog::Catalog;
use crate::i18n::Localizer;
use crate::present::Presenter;

#[derive(Clone)]
pub struct Texts {
    l10n: Arc<Localizer>,
    catalog: Arc<Catalog>,
    links: Arc<Links>,
    epoch: u64,
}

impl Texts {
    pub fn new(l10n: Localizer, catalog: Arc<Catalog>, links: Links) -> Self {
        let epoch = render_epoch(&l10n, &catalog, &links);
        Self {
            l10n: Arc::new(l10n),
            catalog,
            links: Arc::new(links),
            epoch,
        }
    }

    pub fn presenter(&self) -> Presenter<'_> {
        Presenter {
            l10n: &self.l10n,
            catalog: &self.catalog,
            links: &self.links,
        }
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn l10n(&self) -> &Localizer {
        &self.l10n
    }

    pub fn links(&self) -> &Links {
        &self.links
    }

    /// Changes when anything that shapes rendered text does (translations, catalog, links),
    /// so that inbox ETags issued before an upgrade or a configuration change stop matching.
    pub fn epoch(&self) -> u64 {
        self.epoch
    }
}

fn render_epoch(l10n: &Localizer, catalog: &Catalog, links: &Links) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    l10n.fingerprint().hash(&mut hasher);
    // Kinds, actions and links are plain data; their JSON is a stable rendering of them.
    serde_json::to_string(catalog.kinds())
        .unwrap_or_default()
        .hash(&mut hasher);
    links.dashboard_url.hash(&mut hasher);
    links.templates.hash(&mut hasher);
    hasher.finish()
}
