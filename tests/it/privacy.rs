//! Signers' safety: look-alike names, what a name may hold, what the logs
//! and a copy of the database reveal.

use crate::common::{input_value, location, Backend, TestApp};
use crate::signing::{confirm, confirm_link, manage_link, org, sign};

backend_tests! {
    async fn look_alike_names_are_one_organisation(app: TestApp) {
        app.open_statement("alike", &[]).await;
        assert_eq!(sign(&app, "alike", &org("Amnesty International", "first@example.org")).await.status(), 303);
        for (i, name) in [
            "Аmnesty Internationаl",         // Cyrillic а
            "Amnesty\u{200B} International", // zero-width space
            "AMNESTY INTERNATIONAL",
            "Arnnesty lnternational",        // rn for m, l for I
        ]
        .iter()
        .enumerate()
        {
            let email = format!("other{i}@example.org");
            let res = sign(&app, "alike", &org(name, &email)).await;
            assert_eq!(res.status(), 303, "{name:?}");
            assert_eq!(location(&res), "/s/alike/thanks");
            assert_eq!(app.count("signatures", "1 = 1").await, 1, "{name:?} made a second entry");
        }
        assert_eq!(app.count("audit_log", "action = 'signature.duplicate_attempt'").await, 4);
        // Another organisation is another organisation.
        assert_eq!(sign(&app, "alike", &org("Amnistía Internacional", "ai-es@example.org")).await.status(), 303);
        assert_eq!(app.count("signatures", "1 = 1").await, 2);
        // Nor can a signer rename theirs into a look-alike of another.
        confirm(&app, &confirm_link(&app, "ai-es@example.org").await).await;
        let path = manage_link(&app, "ai-es@example.org").await;
        let html = app.get(&path).await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        let mut form = org("Amnesty Internationаl", "ai-es@example.org");
        form.push(("csrf_token", &token));
        let res = app.post_form(&path, &form).await;
        assert_eq!(res.status(), 422, "a look-alike rename is refused");
        assert!(res.text().await.unwrap().contains("already signed"));
        assert_eq!(app.count("signatures", "name = 'Amnistía Internacional'").await, 1);
    }

    async fn stored_keys_are_recomputed_once_at_start(app: TestApp) {
        use undersigned::signatures::org_key;
        app.open_statement("rekey", &[]).await;
        for (name, email) in [
            ("Amnesty International", "first@example.org"),
            ("Placeholder One", "second@example.org"),
            ("Free Tibet", "tibet@example.org"),
            ("Placeholder Two", "gone@example.org"),
        ] {
            assert_eq!(sign(&app, "rekey", &org(name, email)).await.status(), 303);
        }
        // As an older version stored them: keys of match_key, and two
        // organisations that only the new keys tell apart as look-alikes.
        app.sql(
            "UPDATE signatures SET name_key = 'amnesty international|JP' WHERE email = 'first@example.org';
             UPDATE signatures SET name = 'Аmnesty Internationаl', name_key = 'аmnesty internationаl|JP' WHERE email = 'second@example.org';
             UPDATE signatures SET name_key = 'free tibet|JP' WHERE email = 'tibet@example.org';
             UPDATE signatures SET name = 'AMNESTY INTERNATIONAL', name_key = 'amnesty international old|JP', status = 'withdrawn' WHERE email = 'gone@example.org';
             DELETE FROM settings WHERE key = 'name_key_version';",
        )
        .await;
        let key = |email: &str| {
            let email = email.to_string();
            let state = app.state.clone();
            async move {
                state
                    .db(move |conn| {
                        use diesel::prelude::*;
                        use undersigned::db::schema::signatures as sg;
                        Ok(sg::table.filter(sg::email.eq(email)).select(sg::name_key).first::<Option<String>>(conn)?)
                    })
                    .await
                    .unwrap()
                    .unwrap_or_default()
            }
        };
        let settings = (*app.state.settings).clone();
        undersigned::prepare(settings.clone()).expect("start again");
        let amnesty = org_key("Amnesty International", Some("JP"));
        assert_eq!(key("first@example.org").await, amnesty);
        assert_eq!(key("tibet@example.org").await, org_key("Free Tibet", Some("JP")));
        assert_eq!(key("gone@example.org").await, amnesty, "not live: no collision");
        // The later look-alike keeps its old key, for a coordinator to judge.
        assert_eq!(key("second@example.org").await, "аmnesty internationаl|JP");
        assert_eq!(app.count("audit_log", "action = 'signature.look_alike_kept' AND actor_kind = 'system'").await, 1);
        assert_eq!(app.count("settings", "key = 'name_key_version' AND value = '2'").await, 1);
        // Signing again under either spelling is a duplicate.
        sign(&app, "rekey", &org("Аmnesty International", "third@example.org")).await;
        sign(&app, "rekey", &org("FREE TIBET", "fourth@example.org")).await;
        assert_eq!(app.count("signatures", "status <> 'withdrawn'").await, 3);
        // Once done, a start changes nothing.
        app.sql("UPDATE signatures SET name_key = 'left alone|JP' WHERE email = 'tibet@example.org'").await;
        undersigned::prepare(settings).expect("start once more");
        assert_eq!(key("tibet@example.org").await, "left alone|JP");
        assert_eq!(app.count("audit_log", "action = 'signature.look_alike_kept'").await, 1);
    }
}

backend_tests! {
    async fn names_need_letters_and_hold_no_addresses_everywhere(app: TestApp) {
        use crate::publication::{import, setup};
        let admin = setup(&app, "names", &[("allow_individuals", "on")]).await;
        const LETTERS: &str = "A name must contain letters";
        const LINKS: &str = "cannot contain a web or email address";
        // The public form.
        let person = |name: &'static str, title: &'static str| {
            vec![("kind", "individual"), ("name", name), ("title", title), ("country", "CH"), ("email", "p@example.org"), ("listing", "public")]
        };
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (org("\u{200B}\u{200B}\u{200B}", "a@example.org"), LETTERS),
            (org("\u{3164}\u{3164}", "a@example.org"), LETTERS),
            (org("2025 / 2026", "a@example.org"), LETTERS),
            (org("Visit www.evil.example", "a@example.org"), LINKS),
            (org("Group https://evil.example", "a@example.org"), LINKS),
            (org("press@evil.example", "a@example.org"), LINKS),
            (person("Marie Curie", "See https://evil.example"), LINKS),
            (person("...", ""), LETTERS),
        ];
        for (form, message) in cases {
            let res = sign(&app, "names", &form).await;
            assert_eq!(res.status(), 422, "{form:?}");
            let html = res.text().await.unwrap();
            assert!(html.contains(message), "{form:?}: missing {message:?}");
        }
        let mut form = org("Real Group", "a@example.org");
        form.retain(|(k, _)| *k != "contact_name");
        form.push(("contact_name", "Aiko (aiko@real.example)"));
        let res = sign(&app, "names", &form).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(LINKS));
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // CSV import.
        for (csv, message) in [
            ("name\n\u{200B}\u{200B}\n", "the name must contain letters"),
            ("name\n12345\n", "the name must contain letters"),
            ("name\npress@evil.example\n", "the name must not contain a web or email address"),
            ("name,qualifier\nGood Group,see www.evil.example\n", "must not contain a web or email address"),
            ("name,kind,title\nMarie Curie,individual,https://evil.example\n", "must not contain a web or email address"),
        ] {
            let res = import(&app, &admin, "names", csv).await;
            assert_eq!(res.status(), 422, "{csv:?}");
            assert!(res.text().await.unwrap().contains(message), "{csv:?}: {message}");
        }
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // Coordinators' corrections.
        assert_eq!(import(&app, &admin, "names", "name\nPEN America\n").await.status(), 303);
        let list = admin.get("/admin/statements/names/signatures").await.text().await.unwrap();
        let id = list.split("/admin/signatures/").nth(1).unwrap().split('"').next().unwrap().to_string();
        for (fields, message) in [
            ([("name", "PEN America www.pen.example"), ("qualifier", "")], LINKS),
            ([("name", "\u{3164}\u{3164}"), ("qualifier", "")], LETTERS),
            ([("name", "PEN America"), ("qualifier", "mailto:press")], LINKS),
        ] {
            let mut form = vec![("country", "US"), ("title", "")];
            form.extend(fields);
            let res = admin.post(&format!("/admin/signatures/{id}/edit"), &form).await;
            assert_eq!(res.status(), 422, "{form:?}");
            assert!(res.text().await.unwrap().contains(message), "{form:?}: {message}");
        }
        assert_eq!(app.count("signatures", "name = 'PEN America' AND qualifier = ''").await, 1);
    }
}
