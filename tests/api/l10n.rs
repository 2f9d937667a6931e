//! Localization: every kind in every locale (snapshots), negotiation through the API, the
//! completeness checks, and a pseudo-locale that proves no user-visible text is hard-coded.

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use herald::check;
use herald::config::Config;
use herald::domain::catalog::Catalog;
use herald::domain::classify::classify;
use herald::domain::result::parse;
use herald::i18n::Localizer;
use herald::present::{Presenter, Subject};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::helpers::{fixture, spawn_app, spawn_with};

/// One sample result per kind: the seed fixtures plus results for the kinds they lack.
fn samples() -> Vec<(String, Value)> {
    let mut samples: Vec<(String, Value)> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed"))
            .expect("fixtures")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .map(|name| {
                let value = serde_json::from_str(&fixture(&name)).expect("json");
                (name.trim_end_matches(".json").to_owned(), value)
            })
            .collect();
    samples.extend([
        (
            "x-credentials-missing".into(),
            json!({"status": "error", "code": 419, "platform": "twitter"}),
        ),
        (
            "media-too-large".into(),
            json!({"id": "p1", "errors": [{"code": 254, "platform": "linkedin"}]}),
        ),
        (
            "media-format-unsupported".into(),
            json!({"id": "p2", "errors": [{"code": 451, "platform": "tiktok"}]}),
        ),
        (
            "post-published".into(),
            json!({"status": "success", "id": "p3", "postIds": [
            {"status": "success", "platform": "facebook"}, {"status": "success", "platform": "instagram"}]}),
        ),
        (
            "refresh-due".into(),
            json!({"action": "social", "type": "refresh", "platform": "instagram",
            "refreshBy": "2026-12-04T09:30:00Z", "source": "system"}),
        ),
        (
            "system-unlink".into(),
            json!({"action": "social", "type": "unlink", "source": "system", "platform": "tiktok"}),
        ),
    ]);
    samples.sort_by(|a, b| a.0.cmp(&b.0));
    samples
}

#[derive(serde::Serialize)]
struct Rendered {
    kind: String,
    title: String,
    preheader: String,
    body: String,
    action: Option<String>,
    details: Option<String>,
    unnamed: Sentences,
    unlisted: Sentences,
}

#[derive(serde::Serialize)]
struct Sentences {
    title: String,
    preheader: String,
    body: String,
}

impl Sentences {
    fn all(&self) -> [&String; 3] {
        [&self.title, &self.preheader, &self.body]
    }
}

fn render_all(l10n: &Localizer, tag: &str) -> BTreeMap<String, Vec<Rendered>> {
    let config = Config::from_toml("").expect("config");
    let catalog = Catalog::embedded().expect("catalog");
    let presenter = Presenter {
        l10n,
        catalog: &catalog,
        links: &config.links,
    };
    let lang = l10n.exactly(tag).expect("shipped");
    let now: Timestamp = "2026-11-29T14:00:00Z".parse().expect("time");
    let zone = TimeZone::get("Europe/Paris").expect("zone");
    samples()
        .into_iter()
        .map(|(name, value)| {
            let classification = classify(&catalog, &parse(&value).expect("result"), now);
            let rendered = classification
                .drafts
                .iter()
                .map(|draft| {
                    let subject = Subject {
                        user_id: "u",
                        occurrences: 3,
                        ..Subject::draft(draft, None, now)
                    };
                    let text = presenter.text(&subject, &lang, &zone);
                    assert_eq!(text.locale, tag);
                    // Problems say how often they happened; a success (a post published) never.
                    let mut count = fluent_bundle::FluentArgs::new();
                    count.set("count", 3);
                    let repeated = l10n.text(&lang, "notification-repeated", Some(&count));
                    assert_eq!(
                        text.body.contains(&repeated),
                        !draft.kind.success,
                        "{tag} {}: {}",
                        draft.kind.name,
                        text.body
                    );
                    // The same problem with no network named ("your social network") and
                    // with one herald has no name for.
                    let [unnamed, unlisted] = [&[][..], &["mastodon".to_owned()][..]].map(|platforms| {
                        let text = presenter.text(&Subject { platforms, ..subject }, &lang, &zone);
                        Sentences {
                            title: text.title,
                            preheader: text.preheader,
                            body: text.body,
                        }
                    });
                    for sentence in [&text.title, &text.preheader, &text.body]
                        .into_iter()
                        .chain(unnamed.all())
                        .chain(unlisted.all())
                    {
                        assert!(
                            !sentence.chars().next().is_some_and(char::is_lowercase),
                            "{tag} {}: `{sentence}` starts in lowercase",
                            draft.kind.name
                        );
                    }
                    Rendered {
                        kind: draft.kind.name.clone(),
                        title: text.title,
                        preheader: text.preheader,
                        body: text.body,
                        action: text.action.map(|a| a.label),
                        details: text.details,
                        unnamed,
                        unlisted,
                    }
                })
                .collect();
            (name, rendered)
        })
        .collect()
}

/// A reviewed snapshot of every kind in every locale: a change to any translation shows here.
#[test]
fn inbox_texts_of_every_kind_in_every_locale() {
    let l10n = Localizer::load("en", None).expect("locales");
    let tags: Vec<String> = l10n.tags().map(str::to_owned).collect();
    assert_eq!(tags.len(), 12, "{tags:?}");
    for tag in tags {
        let rendered = render_all(&l10n, &tag);
        let kinds: std::collections::BTreeSet<&str> =
            rendered.values().flatten().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds.len(), 16, "{tag}: every kind is rendered");
        insta::assert_yaml_snapshot!(format!("inbox-{tag}"), rendered);
    }
}

#[test]
fn shipped_locales_are_complete_and_format_cleanly() {
    let config = Config::from_toml("").expect("config");
    let catalog = Catalog::embedded().expect("catalog");
    let l10n = Localizer::load("en", None).expect("locales");
    let problems = check::consistency(&config, &catalog, &l10n);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_checks_catch_broken_translations() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::create_dir(dir.path().join("fr-CA")).expect("dir");
    std::fs::write(
        dir.path().join("fr-CA/broken.ftl"),
        "account-disconnected-title = Reconnectez { $network }\n\
         post-failed-body = { $retry ->\n    [oui] Réessayez.\n   *[no] Non.\n}\n",
    )
    .expect("file");
    let l10n = Localizer::load("en", Some(dir.path())).expect("locales");
    let config = Config::from_toml("").expect("config");
    let problems = check::consistency(&config, &Catalog::embedded().expect("catalog"), &l10n).join("\n");
    assert!(
        problems.contains("`fr-CA` `account-disconnected-title` uses"),
        "{problems}"
    );
    assert!(problems.contains("locale `fr-CA` lacks"), "{problems}");
    assert!(problems.contains("must select on $retry"), "{problems}");
    assert!(problems.contains("fails to format"), "{problems}");
}

/// Translators may use what the code passes every kind (`$count`, `$known`) and the forms
/// their own locale declares, and nothing else: a form another locale declares is a typo here.
#[test]
fn translations_may_use_declared_forms_and_kind_variables_only() {
    let check = |platforms: &str, notifications: &str| {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir(dir.path().join("fr-CA")).expect("dir");
        std::fs::write(dir.path().join("fr-CA/platforms.ftl"), platforms).expect("file");
        std::fs::write(dir.path().join("fr-CA/notifications.ftl"), notifications).expect("file");
        let l10n = Localizer::load("en", Some(dir.path())).expect("locales");
        let config = Config::from_toml("").expect("config");
        check::consistency(&config, &Catalog::embedded().expect("catalog"), &l10n)
            .into_iter()
            .filter(|p| p.contains("fr-CA") && !p.contains("lacks"))
            .collect::<Vec<_>>()
    };
    let platforms = "platform-other = votre réseau social\n    .start = Votre réseau social\n    .sur = sur votre réseau social\n\
                     platform-facebook = Facebook\n    .sur = sur Facebook\n";
    let agreeing = "media-unreachable-title = { $platforms_start } { PLURAL($count) ->\n    [one] n’a pas pu\n   *[other] n’ont pas pu\n} télécharger votre média\n\
                    post-failed-title = { $known ->\n    [yes] Publication refusée { $platform_sur }\n   *[no] Publication refusée\n} { $platform }\n";
    assert_eq!(check(platforms, agreeing), Vec::<String>::new());

    let undeclared = check(platforms, "post-failed-title = Refusée { $platform_on }\n");
    assert!(
        undeclared[0].contains("`post-failed-title` uses"),
        "{undeclared:?}"
    );
    let typo = check(platforms, "post-failed-title = Refusée { $platfrom }\n");
    assert!(typo[0].contains("`post-failed-title` uses"), "{typo:?}");
    let unnamed = check(platforms, "post-failed-title = Refusée\n");
    assert!(
        unnamed[0].contains("`post-failed-title` uses"),
        "the network must be named: {unnamed:?}"
    );
    let stray = check(
        "platform-other = votre réseau social\nplatform-facebook = Facebook\n    .sur = sur Facebook\n",
        "",
    );
    assert!(
        stray[0].contains("`.sur`, which `platform-other` does not declare"),
        "{stray:?}"
    );
}

/// Posting with `Translate-Error-Message` renders the inbox in that language, unless the viewer
/// asks for another.
#[tokio::test]
async fn translate_error_message_sets_the_inbox_language() {
    let app = spawn_app().await;
    let english = Localizer::load("en", None).expect("locales");
    let en = english.exactly("en").expect("en");
    for (header, expected) in [
        ("fr", "fr"),
        ("de", "de"),
        ("ja", "ja"),
        ("ar", "ar"),
        ("pt", "pt-BR"),
        ("xx", "en"),
    ] {
        for (name, body) in samples() {
            let user = format!("{header}-{name}");
            let response = app
                .post_result_with(&user, &body.to_string(), &[("translate-error-message", header)])
                .await;
            assert_eq!(response.status(), reqwest::StatusCode::ACCEPTED, "{name}");
            let inbox = app.inbox(&user, "").await;
            for item in inbox["items"].as_array().expect("items") {
                assert_eq!(item["locale"], expected, "{header} {name}");
                assert_eq!(item["dir"], if expected == "ar" { "rtl" } else { "ltr" });
                let kind = item["kind"].as_str().expect("kind");
                let has_translated_title = english.format(&en, &format!("{kind}-title"), None).is_some();
                assert!(has_translated_title);
                if expected != "en" {
                    let body = item["body"].as_str().expect("body");
                    let english_body = app.inbox(&user, "?locale=en").await["items"][0]["body"].clone();
                    assert_ne!(
                        Some(body),
                        english_body.as_str(),
                        "{header} {name}: body is not translated"
                    );
                }
            }
            let german = app.inbox(&user, "?locale=de").await;
            assert!(
                german["items"]
                    .as_array()
                    .expect("items")
                    .iter()
                    .all(|i| i["locale"] == "de")
            );
        }
    }
}

#[tokio::test]
async fn the_viewer_language_wins_by_parameter_then_accept_language_then_profile() {
    let app = spawn_app().await;
    app.put_user("u", json!({"locale": "it"})).await;
    app.post_result_with(
        "u",
        &fixture("facebook-auth-161.json"),
        &[("translate-error-message", "fr")],
    )
    .await;
    let locale_of = |inbox: Value| inbox["items"][0]["locale"].as_str().expect("locale").to_owned();
    assert_eq!(
        locale_of(app.inbox("u", "").await),
        "it",
        "the profile beats the translation language"
    );
    assert_eq!(locale_of(app.inbox("u", "?locale=es").await), "es");
    let accepted: Value = app
        .client
        .get(app.url("/v1/users/u/inbox"))
        .bearer_auth(&app.key)
        .header("accept-language", "zh;q=0.9, de;q=0.8, ja;q=0.95")
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert_eq!(
        locale_of(accepted),
        "ja",
        "q-values order the preferences; zh is not shipped"
    );
    assert_eq!(locale_of(app.inbox("u", "?locale=fr-CA").await), "fr");
}

/// Accents every letter of the source texts and brackets every message, so any text that does
/// not come from Fluent shows up outside the brackets. It is tagged `fr-XA`: a language other
/// than the (English) upstream messages, so those are labelled, and formatted by ICU4X with
/// French data, whose times have no letters.
fn pseudo_locale(dir: &std::path::Path) {
    let en = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let target = dir.join("fr-XA");
    std::fs::create_dir_all(&target).expect("dir");
    for file in std::fs::read_dir(&en).expect("en") {
        let path = file.expect("entry").path();
        let source = std::fs::read_to_string(&path).expect("ftl");
        let mut resource = fluent_syntax::parser::parse(source.as_str()).expect("valid ftl");
        for entry in &mut resource.body {
            if let Entry::Message(message) = entry
                && let Some(pattern) = &mut message.value
            {
                accent(pattern);
            }
        }
        let text = fluent_syntax::serializer::serialize(&resource);
        std::fs::write(target.join(path.file_name().expect("name")), text).expect("write");
    }
}

/// The parser borrows the source, so accented texts are leaked: a few KiB, once per test run.
fn accent(pattern: &mut Pattern<&str>) {
    fn walk(pattern: &mut Pattern<&str>) {
        for element in &mut pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    let accented: String = value.chars().map(accented).collect();
                    *value = Box::leak(accented.into_boxed_str());
                }
                PatternElement::Placeable {
                    expression: fluent_syntax::ast::Expression::Select { variants, .. },
                } => {
                    for variant in variants {
                        walk(&mut variant.value);
                    }
                }
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    walk(pattern);
    pattern
        .elements
        .insert(0, PatternElement::TextElement { value: "⟦" });
    pattern.elements.push(PatternElement::TextElement { value: "⟧" });
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ó',
        'U' => 'Ú',
        'Y' => 'Ý',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

/// What is left of a text once every bracketed (Fluent) segment is removed.
fn outside_brackets(text: &str) -> String {
    let mut depth = 0_u32;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

#[tokio::test]
async fn a_pseudo_locale_proves_no_visible_text_is_hard_coded() {
    let dir = tempfile::tempdir().expect("dir");
    pseudo_locale(dir.path());
    let app = spawn_with(&format!("locales_dir = '{}'", dir.path().display())).await;
    for (name, body) in samples() {
        let user = format!("pseudo-{name}");
        app.ingest(&user, &body.to_string()).await;
        app.ingest(
            &user,
            &body.to_string().replace("\"status\"", "\"retry\":1,\"status\""),
        )
        .await;
        let inbox = app.inbox(&user, "?locale=fr-XA").await;
        for item in inbox["items"].as_array().expect("items") {
            assert_eq!(item["locale"], "fr-XA");
            let mut texts = vec![
                item["title"].clone(),
                item["body"].clone(),
                item["action"]["label"].clone(),
            ];
            if item["details"].as_str().is_some_and(|d| d.starts_with('⟦')) {
                texts.push(item["details"].clone());
            }
            for text in texts.iter().filter_map(Value::as_str) {
                let outside = outside_brackets(text);
                assert!(
                    !outside.chars().any(char::is_alphanumeric),
                    "{name}: `{outside}` in `{text}` does not come from Fluent"
                );
                assert!(text.contains('⟦'), "{name}: `{text}` is not localized at all");
            }
        }
    }
}

/// Visible text of an HTML document: no head, no tags, entities decoded.
fn visible_text(html: &str) -> String {
    let body = html.split_once("</head>").map_or(html, |(_, body)| body);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&middot;", "·")
        .replace("&nbsp;", " ")
        .replace("&rarr;", "→")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Text that is neither a link nor an address nor the configured product name.
fn without_data(text: &str) -> String {
    text.split_whitespace()
        .filter(|word| !word.contains("://") && !word.contains('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn a_pseudo_locale_proves_emails_and_pages_come_from_fluent() {
    let dir = tempfile::tempdir().expect("dir");
    pseudo_locale(dir.path());
    let (sink, addr) = crate::smtp::Sink::start();
    let app = spawn_with(&format!(
        "locales_dir = '{}'\ndefault_locale = 'fr-XA'\nsmtp_url = 'smtp://{addr}'\n\
         [email]\nbatch_window = '300ms'\nhourly_cap = 100\n[brand]\nproduct_name = '4242'",
        dir.path().display()
    ))
    .await;
    app.put_user("p", json!({"email": "p@example.com", "name": "1234"}))
        .await;
    for name in [
        "facebook-auth-161",
        "instagram-rate-limit-435",
        "instagram-aspect-ratio-138",
    ] {
        app.ingest("p", &fixture(&format!("{name}.json"))).await;
    }
    let raw = sink.wait_for(1).await.remove(0);
    let message = mail_parser::MessageParser::default().parse(&raw).expect("parse");
    let subject = message.subject().expect("subject");
    let text = message.body_text(0).expect("text");
    let html = visible_text(&message.body_html(0).expect("html"));
    for (part, content) in [
        ("subject", subject.to_owned()),
        ("text", text.into_owned()),
        ("html", html),
    ] {
        let outside = outside_brackets(&without_data(&content));
        assert!(
            !outside.chars().any(char::is_alphabetic),
            "{part}: `{outside}` does not come from Fluent in:\n{content}"
        );
    }

    let local = crate::email::unsubscribe_link(&message, &app);
    for response in [
        app.client
            .get(&local)
            .header("accept-language", "fr-XA")
            .send()
            .await
            .expect("page"),
        app.client
            .post(&local)
            .header("accept-language", "fr-XA")
            .send()
            .await
            .expect("page"),
        app.client
            .get(app.url("/unsubscribe?token=nope"))
            .header("accept-language", "fr-XA")
            .send()
            .await
            .expect("page"),
    ] {
        let page = visible_text(&response.text().await.expect("html"));
        let outside = outside_brackets(&without_data(&page));
        assert!(
            !outside.chars().any(char::is_alphabetic),
            "page: `{outside}` in:\n{page}"
        );
    }
}
