//! Every language is whole: the same messages in every locale, every key
//! the code asks for exists, none is left unused, and every page and email
//! read in another language has no English left and no raw key.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use crate::common::{self, input_value, Backend, Stranger, TestApp, PASSWORD};

const LOCALES: &[&str] = &["en", "fr", "es", "ar", "ru", "zh-Hans"];

/// A locale's messages: id → (texts of its pattern, variables it uses).
type Messages = BTreeMap<String, (Vec<String>, BTreeSet<String>)>;

fn read(lang: &str) -> Messages {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/main.ftl"));
    let source = std::fs::read_to_string(&path).expect("message file");
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("{lang}: syntax errors {errors:?}");
    });
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let (mut texts, mut vars) = (Vec::new(), BTreeSet::new());
                if let Some(p) = &m.value {
                    walk(p, &mut texts, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.clone(), (texts, vars)).is_none(),
                    "{lang}: {} twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{lang}: unreadable entry {content}"),
            _ => {}
        }
    }
    out
}

fn walk(pattern: &ast::Pattern<String>, texts: &mut Vec<String>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => texts.push(value.clone()),
            ast::PatternElement::Placeable { expression } => {
                expression_vars(expression, texts, vars)
            }
        }
    }
}

fn expression_vars(
    e: &ast::Expression<String>,
    texts: &mut Vec<String>,
    vars: &mut BTreeSet<String>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                // Each variant is its own text: a boundary between them.
                texts.push("\n".into());
                walk(&v.value, texts, vars);
            }
        }
        ast::Expression::Inline(inline) => {
            texts.push("\n".into());
            inline_vars(inline, vars);
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<String>, vars: &mut BTreeSet<String>) {
    if let ast::InlineExpression::VariableReference { id } = e {
        vars.insert(id.name.clone());
    }
}

#[test]
fn every_locale_has_the_same_messages() {
    let english = read("en");
    for lang in &LOCALES[1..] {
        let other = read(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let stale: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            stale.is_empty(),
            "{lang} has messages English no longer has: {stale:?}"
        );
        for (id, (_, vars)) in &other {
            let known = &english[id].1;
            let unknown: Vec<_> = vars.difference(known).collect();
            assert!(
                unknown.is_empty(),
                "{lang} {id} uses unknown variables {unknown:?}"
            );
        }
    }
}

/// Every file of `dir` (recursively) with one of `extensions`.
fn sources(dir: &str, extensions: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if extensions
                .iter()
                .any(|e| path.to_string_lossy().ends_with(e))
            {
                let text = std::fs::read_to_string(&path).expect("source");
                out.push((path.display().to_string(), text));
            }
        }
    }
    out
}

/// Keys built at run time from a prefix and a value (`status-open`,
/// `notice-saved` …): a message with such a prefix counts as used.
const BUILT_PREFIXES: &[&str] = &[
    "action-",
    "audit-did-",
    "audit-kind-",
    "circulation-audience-",
    "curation-mail-",
    "duplicates-reason-",
    "sigstatus-",
    "error-",
    "notice-",
    "sign-",
    "status-",
];

#[test]
fn every_key_the_code_asks_for_exists_and_none_is_unused() {
    let english = read("en");
    let code = sources("src", &[".rs"]);
    let templates = sources("templates", &[".hbs"]);
    let asked_in_code = regex::Regex::new(
        r#"(?:\bt|\.t|t_vars|t_args)\(\s*(?:[A-Za-z_.&()]+\s*,\s*)?"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#,
    )
    .unwrap();
    let asked_in_templates = regex::Regex::new(r#"[{(]t "([a-z][a-z0-9-]*)""#).unwrap();
    let mut asked = BTreeSet::new();
    for (file, text) in &code {
        for c in asked_in_code.captures_iter(text) {
            asked.insert((c[1].to_string(), file.clone()));
        }
    }
    for (file, text) in &templates {
        for c in asked_in_templates.captures_iter(text) {
            asked.insert((c[1].to_string(), file.clone()));
        }
    }
    assert!(
        asked.len() > 200,
        "the key finder found too little: {}",
        asked.len()
    );
    let missing: Vec<_> = asked
        .iter()
        .filter(|(k, _)| !english.contains_key(k))
        .collect();
    assert!(
        missing.is_empty(),
        "keys asked for that no locale has: {missing:?}"
    );

    let everything: String = code
        .iter()
        .chain(&templates)
        .map(|(_, t)| t.as_str())
        .collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|k| !everything.contains(&format!("\"{k}\"")))
        .filter(|k| !BUILT_PREFIXES.iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// The text a reader sees: tags and attributes dropped, a few entities read.
fn visible_text(html: &str) -> String {
    let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    tags.replace_all(html, "\n")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&#x3D;", "=")
}

/// Phrases of the English messages (two words or more, each between two
/// placeables) that `lang` does not use as they are.
fn english_phrases(lang: &str) -> Vec<String> {
    let theirs: String = read(lang)
        .values()
        .flat_map(|(texts, _)| texts.clone())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out: Vec<String> = read("en")
        .values()
        .flat_map(|(texts, _)| {
            texts
                .join("")
                .split('\n')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .map(|t| {
            t.trim()
                .trim_end_matches([':', '.', ','])
                .trim()
                .to_string()
        })
        .filter(|t| t.split_whitespace().count() >= 2 && t.len() >= 8)
        .filter(|t| !theirs.contains(t.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Every page a coordinator and a signer meet, read in `lang`: (what, html).
async fn tour(app: &TestApp, lang: &str) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let admin = Stranger {
        app,
        client: common::client_in(lang),
    };
    let signer = Stranger {
        app,
        client: common::client_in(lang),
    };
    async fn page(who: &Stranger<'_>, path: &str) -> String {
        let res = who.get(path).await;
        res.text().await.unwrap()
    }
    let slug = format!("lorem-{}", lang.to_ascii_lowercase());
    let email = format!("admin-{slug}@example.org");
    app.create_user(&email, "Ipsum Dolor", undersigned::accounts::Role::Admin)
        .await;
    pages.push(("home".into(), page(&signer, "/").await));
    pages.push(("login".into(), page(&admin, "/admin/login").await));
    let res = admin
        .post("/admin/login", &[("email", &email), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status(), 303);
    for path in [
        "/admin",
        "/admin/statements/new",
        "/admin/audit",
        "/admin/signers",
        "/admin/users",
        "/admin/account",
    ] {
        pages.push((path.into(), page(&admin, path).await));
    }
    let res = admin
        .post(
            "/admin/statements/new",
            &[
                ("title", "Lorem ipsum"),
                ("slug", &slug),
                ("organiser", "Consectetur"),
                ("summary", "Adipiscing elit"),
                ("body", "Sed do eiusmod tempor."),
                ("note", "Incididunt"),
                ("language", if lang == "zh-Hans" { "zh" } else { lang }),
                ("deadline", "2031-02-07T23:59"),
                ("timezone", "Europe/Zurich"),
                ("grouping", "kind"),
                ("allow_organisations", "on"),
                ("allow_individuals", "on"),
                ("public_list", "on"),
                ("moderation", "on"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        303,
        "created: {}",
        visible_text(&res.text().await.unwrap())
    );
    let base = format!("/admin/statements/{slug}");
    for path in [
        base.clone(),
        format!("{base}/edit"),
        format!("{base}/preview"),
    ] {
        pages.push((path.clone(), page(&admin, &path).await));
    }
    assert_eq!(admin.post(&format!("{base}/open"), &[]).await.status(), 303);
    pages.push((
        "open statement".into(),
        page(&signer, &format!("/s/{slug}")).await,
    ));
    let bad = app
        .sign_with(
            &signer.client,
            &slug,
            &[("kind", "organisation"), ("name", ""), ("email", "x")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    pages.push(("sign form with mistakes".into(), bad.text().await.unwrap()));
    let signer_email = format!("signer-{slug}@example.org");
    let form = crate::common::org_listed("Amet Collective", &signer_email, "public");
    assert_eq!(
        app.sign_with(&signer.client, &slug, &form).await.status(),
        303
    );
    pages.push((
        "thanks".into(),
        page(&signer, &format!("/s/{slug}/thanks")).await,
    ));
    let mail = app.last_mail_to(&signer_email).await;
    pages.push((
        "confirmation email (text)".into(),
        format!("{}\n{}", mail.subject, mail.text),
    ));
    pages.push(("confirmation email (html)".into(), mail.html.clone()));
    let confirm = app.link_to(&signer_email, "/confirm/").await;
    let confirm_page = page(&signer, &confirm).await;
    let token = input_value(&confirm_page, "csrf_token").unwrap();
    pages.push(("confirm".into(), confirm_page));
    let done = signer
        .client
        .post(app.url(&confirm))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    pages.push(("confirmed".into(), done.text().await.unwrap()));
    let manage = app.link_to(&signer_email, "/manage/").await;
    pages.push(("manage".into(), page(&signer, &manage).await));
    pages.push((
        "erase".into(),
        page(&signer, &format!("{manage}/erase")).await,
    ));
    let id = app.signature_id(&signer_email).await;
    for path in [
        format!("{base}/signatures"),
        format!("/admin/signatures/{id}"),
        format!("{base}/amend"),
        format!("{base}/import"),
    ] {
        pages.push((path.clone(), page(&admin, &path).await));
    }
    let amend = admin
        .post(
            &format!("{base}/amend"),
            &[
                ("title", "Lorem ipsum"),
                ("summary", "x"),
                ("body", "y"),
                ("note", ""),
                ("reason", ""),
            ],
        )
        .await;
    pages.push(("amend without a reason".into(), amend.text().await.unwrap()));
    assert_eq!(
        admin
            .post(&format!("/admin/signatures/{id}/approve"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(
        admin.post(&format!("{base}/close"), &[]).await.status(),
        303
    );
    assert_eq!(
        admin.post(&format!("{base}/publish"), &[]).await.status(),
        303
    );
    pages.push((
        "published statement".into(),
        page(&signer, &format!("/s/{slug}")).await,
    ));
    pages.push((
        "print view".into(),
        page(&signer, &format!("/s/{slug}/print")).await,
    ));
    pages.push(("not found".into(), page(&signer, "/nowhere").await));
    pages.push(("source".into(), page(&signer, "/source").await));
    pages
}

backend_tests! {
    async fn every_page_and_email_speaks_the_readers_language(app: TestApp) {
        let keys: Vec<String> = read("en").into_keys().filter(|k| k.contains('-')).collect();
        let key_pattern = regex::Regex::new(&format!(r"(?:^|[^a-z0-9-])({})(?:$|[^a-z0-9-])", keys.join("|"))).unwrap();
        let mut problems = Vec::new();
        for lang in &LOCALES[1..] {
            let phrases = english_phrases(lang);
            for (what, html) in tour(&app, lang).await {
                if html.starts_with("<!doctype html>") && what != "print view" {
                    let dir = if *lang == "ar" { "rtl" } else { "ltr" };
                    if !html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")) {
                        problems.push(format!("{lang} {what}: <html> not in {lang}/{dir}"));
                    }
                }
                let text = visible_text(&html);
                if let Some(k) = key_pattern.captures(&text) {
                    problems.push(format!("{lang} {what}: raw key {}", &k[1]));
                }
                for phrase in phrases.iter().filter(|p| text.contains(p.as_str())) {
                    problems.push(format!("{lang} {what}: English \"{phrase}\""));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
        // The check itself sees English where there is some.
        let phrases = english_phrases("fr");
        let english: String = tour(&app, "en").await.into_iter().map(|(_, html)| visible_text(&html)).collect();
        let seen = phrases.iter().filter(|p| english.contains(p.as_str())).count();
        assert!(seen > 100, "only {seen} of {} English phrases seen on English pages", phrases.len());
    }
}

backend_tests! {
    async fn the_switcher_chooses_and_a_cookie_remembers(app: TestApp) {
        app.open_statement("switch", &[]).await;
        let reader = app.stranger();
        // Asked for in the address: the page is French, and the choice kept.
        let res = reader.get("/s/switch?lang=fr").await;
        assert!(res.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("us_lang=fr")));
        let html = res.text().await.unwrap();
        assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
        assert!(html.contains("href=\"/s/switch?lang=ar\"") || html.contains("href=\"/s/switch?lang&#x3D;ar\""));
        // Remembered on the next page, whatever the browser says.
        let res = reader.client.get(app.url("/")).header("accept-language", "ru").send().await.unwrap();
        assert!(res.text().await.unwrap().contains("<html lang=\"fr\""));
        // A new browser: its Accept-Language decides.
        let res = app.stranger().client.get(app.url("/")).header("accept-language", "ar-EG,ar;q=0.9").send().await.unwrap();
        assert!(res.text().await.unwrap().contains("<html lang=\"ar\" dir=\"rtl\">"));
        let res = app.stranger().client.get(app.url("/")).header("accept-language", "zh-CN").send().await.unwrap();
        assert!(res.text().await.unwrap().contains("<html lang=\"zh-Hans\""));
        // Unknown choices change nothing.
        let res = app.stranger().get("/?lang=xx").await;
        assert!(res.headers().get("set-cookie").is_none_or(|c| !c.to_str().unwrap().contains("us_lang")));
    }
}

/// A statement written in English, with a French version made before
/// signing opened and an Arabic one after.
async fn multilingual(app: &TestApp, slug: &str) {
    app.as_admin().await;
    let res = app
        .post(
            "/admin/statements/new",
            &[
                ("title", "Solidarity with the lawyers"),
                ("slug", slug),
                ("organiser", "Coalition"),
                ("summary", "Organisations stand together."),
                ("body", "We stand with them."),
                ("language", "en"),
                ("deadline", "2031-02-07T23:59"),
                ("timezone", "Europe/Zurich"),
                ("grouping", "none"),
                ("allow_organisations", "on"),
                ("public_list", "on"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let base = format!("/admin/statements/{slug}/versions");
    let overview = app
        .get(&format!("/admin/statements/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(overview.contains("<option value=\"fr\">Français</option>"));
    let res = app.get(&format!("{base}?version=fr")).await;
    assert_eq!(crate::common::location(&res), format!("{base}/fr"));
    let french = [
        ("title", "Solidarité avec les avocats"),
        ("summary", "Des organisations se tiennent ensemble."),
        ("body", "Nous sommes à leurs côtés."),
        ("note", ""),
    ];
    assert_eq!(app.post(&format!("{base}/fr"), &french).await.status(), 303);
    // The original's own language, or one no statement may have: none.
    assert_eq!(app.post(&format!("{base}/en"), &french).await.status(), 404);
    assert_eq!(app.post(&format!("{base}/xx"), &french).await.status(), 404);
    assert_eq!(
        app.post(&format!("/admin/statements/{slug}/open"), &[])
            .await
            .status(),
        303
    );
    let arabic = [
        ("title", "تضامنًا مع المحامين"),
        ("summary", "منظمات تقف معًا."),
        ("body", "نقف إلى جانبهم."),
        ("note", ""),
    ];
    assert_eq!(app.post(&format!("{base}/ar"), &arabic).await.status(), 303);
}

backend_tests! {
    async fn a_statement_is_read_and_signed_in_each_of_its_languages(app: TestApp) {
        multilingual(&app, "three").await;
        // The original by default, each version by its address or the
        // reader's languages, with alternates for the others.
        let reader = app.stranger();
        let en = reader.get("/s/three").await.text().await.unwrap();
        assert!(en.contains("<html lang=\"en\" dir=\"ltr\">") && en.contains("Solidarity with the lawyers"));
        assert!(en.contains("hreflang=\"fr\" href=\"/s/three?lang=fr\"") || en.contains("hreflang=\"fr\" href=\"/s/three?lang&#x3D;fr\""), "{en}");
        let fr = reader.get("/s/three?lang=fr").await.text().await.unwrap();
        assert!(fr.contains("<html lang=\"fr\" dir=\"ltr\">") && fr.contains("Solidarité avec les avocats"));
        assert!(!fr.contains("Solidarity with the lawyers") && !fr.contains("version-translation"));
        let res = app.stranger().client.get(app.url("/s/three")).header("accept-language", "ar").send().await.unwrap();
        let ar = res.text().await.unwrap();
        assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("تضامنًا مع المحامين"));
        // Added after signing opened: said to be a translation.
        assert!(ar.contains("أُضيفت هذه الترجمة"), "{ar}");

        // Each signer signs in their language and hears in it.
        for (lang, email) in [("fr", "fr@example.org"), ("ar", "ar@example.org"), ("en", "en@example.org")] {
            let signer = app.stranger();
            let page = signer.get(&format!("/s/three?lang={lang}")).await.text().await.unwrap();
            let token = input_value(&page, "csrf_token").unwrap();
            let name = format!("Group {lang}");
            let mut form = crate::common::org(&name, email);
            form.push(("csrf_token", &token));
            let res = signer.client.post(app.url(&format!("/s/three/sign?lang={lang}"))).form(&form).send().await.unwrap();
            assert_eq!(res.status(), 303, "{lang}");
            let id = app.signature_id(email).await;
            assert_eq!(app.count("signatures", &format!("id = '{id}' AND language = '{lang}'")).await, 1);
            let mail = app.last_mail_to(email).await;
            let (title, word) = match lang {
                "fr" => ("Solidarité avec les avocats", "confirmer"),
                "ar" => ("تضامنًا مع المحامين", "تأكيد"),
                _ => ("Solidarity with the lawyers", "confirm"),
            };
            assert!(mail.subject.contains(title) && mail.text.to_lowercase().contains(word), "{lang}: {} {}", mail.subject, mail.text);
            let confirm = app.link_to(email, "/confirm/").await;
            // The emailed link opens in the signer's language, whatever
            // the browser opening it prefers.
            if lang != "en" {
                assert!(confirm.ends_with(&format!("?lang={lang}")), "{confirm}");
                let elsewhere = app.stranger().client.get(app.url(&confirm)).header("accept-language", "en").send().await.unwrap();
                assert!(elsewhere.text().await.unwrap().contains(&format!("<html lang=\"{lang}\"")));
            }
            assert_eq!(app.confirm(&confirm).await.status(), 200);
        }

        // Once signed, a version changes only as an amendment, and stays.
        let base = "/admin/statements/three/versions";
        let changed = [("title", "Solidarité avec les avocates et avocats"), ("summary", ""), ("body", "Nous sommes à leurs côtés."), ("note", "")];
        assert_eq!(app.post(&format!("{base}/fr"), &changed).await.status(), 422);
        let mut with_reason = changed.to_vec();
        with_reason.push(("reason", "Inclusive wording"));
        assert_eq!(app.post(&format!("{base}/fr"), &with_reason).await.status(), 303);
        assert_eq!(app.count("audit_log", "action = 'statement.version_amend' AND details LIKE '%Inclusive wording%'").await, 1);
        assert_eq!(app.post(&format!("{base}/fr/delete"), &[]).await.status(), 409);

        assert_eq!(app.post("/admin/statements/three/close", &[]).await.status(), 303);
        assert_eq!(app.post("/admin/statements/three/publish", &[]).await.status(), 303);
        for (lang, path, title) in [
            ("fr", "/s/three?lang=fr", "Solidarité avec les avocates et avocats"),
            ("fr", "/s/three/print?lang=fr", "Solidarité avec les avocates et avocats"),
            ("ar", "/s/three?lang=ar", "تضامنًا مع المحامين"),
            ("ar", "/s/three/print?lang=ar", "تضامنًا مع المحامين"),
        ] {
            let html = app.stranger().get(path).await.text().await.unwrap();
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")), "{path}");
            assert!(html.contains(title) && html.contains("Group en"), "{path}");
            // The page and its paper copy say when it was published.
            let published = if lang == "ar" { "نُشر في" } else { "Publiée le" };
            assert!(html.contains(published), "{path}");
            assert!(!html.contains("Solidarity with the lawyers"), "{path}");
            let text = visible_text(&html);
            let english: Vec<_> = english_phrases(lang).into_iter().filter(|p| text.contains(p.as_str())).collect();
            assert!(english.is_empty(), "{path}: {english:?}");
        }
        // The API and the feed offer every version.
        let api: serde_json::Value = app.get("/api/v1/statements/three").await.json().await.unwrap();
        let versions: Vec<(String, bool)> = api["versions"].as_array().unwrap().iter()
            .map(|v| (v["language"].as_str().unwrap().to_string(), v["translation"].as_bool().unwrap()))
            .collect();
        assert_eq!(versions, vec![("en".into(), false), ("ar".into(), true), ("fr".into(), false)]);
        let feed = app.get("/feed.atom").await.text().await.unwrap();
        assert!(feed.contains("hreflang=\"fr\"") && feed.contains("/s/three?lang=ar"), "{feed}");
    }
}

backend_tests! {
    async fn the_signed_text_keeps_its_language_and_versions_their_rules(app: TestApp) {
        multilingual(&app, "rules").await;
        let original = |language: &'static str| {
            [
                ("title", "Solidarity with the lawyers"),
                ("slug", "rules"),
                ("organiser", "Coalition"),
                ("summary", "Organisations stand together."),
                ("body", "We stand with them."),
                ("language", language),
                ("deadline", "2031-02-07T23:59"),
                ("timezone", "Europe/Zurich"),
                ("grouping", "none"),
                ("allow_organisations", "on"),
                ("public_list", "on"),
                ("action", "save"),
            ]
        };
        // The original cannot take a version's language.
        assert_eq!(app.post("/admin/statements/rules/edit", &original("fr")).await.status(), 422);
        let form = crate::common::org("Rules Group", "rules@example.org");
        assert_eq!(app.sign_confirmed("rules", &form).await.status(), 200);
        // Signed: the original's language is part of its text.
        let form = original("de");
        assert_eq!(app.post("/admin/statements/rules/edit", &form).await.status(), 422);
        assert_eq!(app.count("statements", "slug = 'rules' AND language = 'en'").await, 1);
        // Published: a signed version is no longer amended; a new one may come.
        assert_eq!(app.post("/admin/statements/rules/close", &[]).await.status(), 303);
        assert_eq!(app.post("/admin/statements/rules/publish", &[]).await.status(), 303);
        let changed = [("title", "Autre titre"), ("summary", ""), ("body", "x"), ("note", ""), ("reason", "late")];
        assert_eq!(app.post("/admin/statements/rules/versions/fr", &changed).await.status(), 409);
        let spanish = [("title", "Solidaridad con los abogados"), ("summary", ""), ("body", "Estamos con ellos."), ("note", "")];
        assert_eq!(app.post("/admin/statements/rules/versions/es", &spanish).await.status(), 303);
        let es = app.stranger().get("/s/rules?lang=es").await.text().await.unwrap();
        assert!(es.contains("Solidaridad con los abogados") && es.contains("<html lang=\"es\""));
    }
}

backend_tests! {
    async fn the_language_choice_leaves_little_trace_and_touches_no_shared_page(app: TestApp) {
        app.open_statement("trace", &[]).await;
        // The switcher's links hold the path and the language, nothing
        // else a visitor put in the address.
        let html = app.stranger().get("/s/trace?lang=fr&marker=zzqq").await.text().await.unwrap();
        assert!(!html.contains("zzqq"));
        // The cookie lasts the session, and no emailed link sets it.
        let res = app.stranger().get("/?lang=es").await;
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_ascii_lowercase();
        assert!(cookie.starts_with("us_lang=es") && !cookie.contains("max-age") && !cookie.contains("expires"), "{cookie}");
        assert_eq!(res.headers()["cache-control"], "private");
        app.sign("trace", &crate::common::org("Trace Group", "trace@example.org")).await;
        let link = app.link_to("trace@example.org", "/confirm/");
        let res = app.stranger().get(&format!("{}?lang=fr", link.await.split('?').next().unwrap())).await;
        assert!(res.headers().get_all("set-cookie").iter().all(|c| !c.to_str().unwrap().contains("us_lang")));
    }
}
