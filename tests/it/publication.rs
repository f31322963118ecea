//! Curation, import, exports and publication of the final list.

use crate::common;
use crate::common::{input_value, location, Backend, TestApp};

const FIXTURE: &str = include_str!("fixtures/xiamen-2025-signatories.csv");

/// Imports a CSV through the workspace upload: preview, then commit.
pub(crate) async fn import(
    app: &TestApp,
    admin: &common::Stranger<'_>,
    slug: &str,
    csv: &str,
) -> reqwest::Response {
    let page = admin
        .get(&format!("/admin/statements/{slug}/import"))
        .await
        .text()
        .await
        .unwrap();
    let action = page
        .split("action=\"")
        .find(|p| p.contains("/import/preview"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#x3D;", "=");
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("list.csv"),
    );
    let res = admin
        .client
        .post(app.url(&action))
        .multipart(form)
        .send()
        .await
        .unwrap();
    if res.status() != 200 {
        return res;
    }
    let preview = res.text().await.unwrap();
    let token = input_value(&preview, "csrf_token").unwrap();
    let body = preview
        .split("<textarea name=\"csv\" hidden aria-hidden=\"true\">\n")
        .nth(1)
        .unwrap()
        .split("</textarea>")
        .next()
        .unwrap();
    let csv_back = body
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x3D;", "=")
        .replace("&#x2F;", "/")
        .replace("&#x60;", "`")
        .replace("&amp;", "&");
    admin
        .client
        .post(app.url(&format!("/admin/statements/{slug}/import")))
        .form(&[("csv", csv_back.as_str()), ("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap()
}

/// An admin client with an open statement `slug`.
pub(crate) async fn setup<'a>(
    app: &'a TestApp,
    slug: &str,
    extra: &[(&str, &str)],
) -> common::Stranger<'a> {
    app.open_statement(slug, extra).await;
    let admin = app.stranger();
    let email = format!("owner-{slug}@example.org");
    let res = admin
        .post(
            "/admin/login",
            &[("email", &email), ("password", common::PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), 303);
    admin
}

pub(crate) async fn close_and_publish(admin: &common::Stranger<'_>, slug: &str) {
    assert_eq!(
        admin
            .post(&format!("/admin/statements/{slug}/close"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(
        admin
            .post(&format!("/admin/statements/{slug}/publish"), &[])
            .await
            .status(),
        303
    );
}

fn parse_csv(body: &str) -> Vec<csv::StringRecord> {
    let body = body.strip_prefix('\u{feff}').expect("UTF-8 BOM for Excel");
    csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect()
}

fn fixture_rows() -> Vec<(String, String, String)> {
    csv::Reader::from_reader(FIXTURE.as_bytes())
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect()
}

backend_tests! {
    async fn the_fixture_round_trips_exactly_through_import_and_exports(app: TestApp) {
        let admin = setup(&app, "xiamen", &[]).await;
        let res = import(&app, &admin, "xiamen", FIXTURE).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap_or_default());
        // Not public before publication.
        assert_eq!(app.get("/s/xiamen/signatories.csv").await.status(), 404);
        close_and_publish(&admin, "xiamen").await;
        let res = app.get("/s/xiamen/signatories.csv").await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let rows = parse_csv(&res.text().await.unwrap());
        let mut exported: Vec<(String, String, String)> = rows.iter().map(|r| (r[0].to_string(), r[1].to_string(), r[3].to_string())).collect();
        let mut expected = fixture_rows();
        assert_eq!(exported.len(), 33);
        exported.sort();
        expected.sort();
        assert_eq!(exported, expected);
        // JSON and text carry the same names.
        let json: serde_json::Value = app.get("/s/xiamen/signatories.json").await.json().await.unwrap();
        assert_eq!(json["signatories"].as_array().unwrap().len(), 33);
        assert_eq!(json["signatory_count"], 33);
        let txt = app.get("/s/xiamen/signatories.txt").await.text().await.unwrap();
        assert!(txt.contains("Asian Lawyers Network (ALN) (Japan)\n"));
        assert!(txt.contains("International Federation for Human Rights (FIDH), within the framework of the Observatory for the Protection of Human Rights Defenders\n"));
        assert!(txt.contains("LUNGTA – Active for Tibet (Belgium)\n"));
        assert!(txt.contains("International Bar Association’s Human Rights Institute (IBAHRI)\n"));
        // The coordinator export has every one of them too, with every field.
        let full = admin.get("/admin/statements/xiamen/export.csv").await;
        assert_eq!(full.status(), 200);
        let rows = parse_csv(&full.text().await.unwrap());
        assert_eq!(rows.len(), 33);
        let names: std::collections::BTreeSet<String> = rows.iter().map(|r| r[3].to_string()).collect();
        assert!(names.contains("Centro de Derechos Humanos Fray Francisco de Vitoria OP, A.C."));
        // The page states the count, derived from the data.
        let page = app.get("/s/xiamen").await.text().await.unwrap();
        assert!(page.contains("Thirty-three organisations (33)"), "count in words and figures");
    }

    async fn the_final_list_is_in_collation_order_with_anonymous_counted(app: TestApp) {
        let admin = setup(&app, "order", &[("allow_individuals", "on")]).await;
        let csv = "name,country,kind,title\nZeta Collective,AR,organisation,\nAmnesty International,,organisation,\nAcción Solidaria,VE,organisation,\nCADAL,AR,organisation,\némile Durand,FR,individual,Lawyer\n";
        assert_eq!(import(&app, &admin, "order", csv).await.status(), 303);
        app.sql("UPDATE signatures SET listing = 'anonymous' WHERE name = 'Zeta Collective'").await;
        close_and_publish(&admin, "order").await;
        let txt = app.get("/s/order/signatories.txt").await.text().await.unwrap();
        assert_eq!(
            txt,
            "Acción Solidaria (Venezuela)\nAmnesty International\nCADAL (Argentina)\némile Durand (France), Lawyer\nand 1 organisation that asked not to be named\n"
        );
        let page = app.get("/s/order").await.text().await.unwrap();
        assert!(page.contains("Four organisations (4) and one individual (1)"), "{page}");
        let api: serde_json::Value = app.get("/api/v1/statements/order").await.json().await.unwrap();
        assert_eq!(api["signatory_count"], 5);
        assert_eq!(api["anonymous_count"], 1);
        assert_eq!(api["status"], "published");
        assert_eq!(api["signatories"][0]["name"], "Acción Solidaria");
        assert_eq!(api["deadline"], "2031-02-07T22:59:00Z");
        assert_eq!(api["timezone"], "Europe/Zurich");
    }

    async fn grouping_by_kind_and_by_country(app: TestApp) {
        let admin = setup(&app, "groups", &[("allow_individuals", "on")]).await;
        let csv = "name,country,kind,title\nFree Tibet,GB,organisation,\nPEN America,US,organisation,\nAda Lovelace,GB,individual,Mathematician\n";
        assert_eq!(import(&app, &admin, "groups", csv).await.status(), 303);
        app.sql("UPDATE statements SET grouping = 'kind'").await;
        close_and_publish(&admin, "groups").await;
        let txt = app.get("/s/groups/signatories.txt").await.text().await.unwrap();
        assert_eq!(txt, "Organisations\nFree Tibet (United Kingdom)\nPEN America (United States)\n\nIndividuals\nAda Lovelace (United Kingdom), Mathematician\n");
        app.sql("UPDATE statements SET grouping = 'country', updated_at = '2031-01-01 00:00:00'").await;
        let txt = app.get("/s/groups/signatories.txt").await.text().await.unwrap();
        assert_eq!(txt, "United Kingdom\nAda Lovelace (United Kingdom), Mathematician\nFree Tibet (United Kingdom)\n\nUnited States\nPEN America (United States)\n");
    }

    async fn formula_like_cells_are_neutralised_in_csv(app: TestApp) {
        let admin = setup(&app, "formula", &[]).await;
        // (Names with a web address are refused on entry; a formula is not.)
        let csv = "name,country,qualifier\n\"=HYPERLINK(\"\"evil\"\",\"\"x\"\")\",,\n+Plus Group,,@SUM(A1)\n";
        assert_eq!(import(&app, &admin, "formula", csv).await.status(), 303);
        let full = admin.get("/admin/statements/formula/export.csv").await.text().await.unwrap();
        assert!(full.contains("'=HYPERLINK"), "{full}");
        assert!(full.contains("'+Plus Group"));
        close_and_publish(&admin, "formula").await;
        let public = app.get("/s/formula/signatories.csv").await.text().await.unwrap();
        assert!(public.contains("'=HYPERLINK") && public.contains("'+Plus Group") && public.contains("'@SUM(A1)"));
        assert!(!public.contains(",=HYPERLINK") && !public.contains("\n=HYPERLINK"));
    }

    async fn public_pages_and_exports_never_carry_private_fields(app: TestApp) {
        let admin = setup(&app, "private", &[("public_list", "on")]).await;
        let page = app.get("/s/private").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        let form = [("kind", "organisation"), ("name", "Safeguard Defenders"), ("country", "ES"), ("contact_name", "Secret Contact Person"),
            ("email", "secret-address@example.org"), ("website", "https://sd.example.org"), ("listing", "public"), ("message", "Private note to coordinators"), ("csrf_token", token.as_str())];
        assert_eq!(app.post_form("/s/private/sign", &form).await.status(), 303);
        app.sql("UPDATE signatures SET status = 'approved'").await;
        close_and_publish(&admin, "private").await;
        let secrets = ["secret-address@example.org", "Secret Contact Person", "Private note to coordinators", "sd.example.org"];
        for path in ["/s/private", "/s/private/signatories.csv", "/s/private/signatories.json", "/s/private/signatories.txt", "/s/private/print", "/api/v1/statements/private", "/api/v1/statements", "/feed.atom", "/"] {
            let body = app.stranger().get(path).await.text().await.unwrap();
            assert!(body.contains("Safeguard Defenders") || !path.contains("private") || path == "/s/private/print" , "{path} lists the signatory");
            for s in secrets {
                assert!(!body.contains(s), "{path} leaks {s}");
            }
        }
        // The coordinators' export has them.
        let full = admin.get("/admin/statements/private/export.json").await.text().await.unwrap();
        let rows: serde_json::Value = serde_json::from_str(&full).unwrap();
        assert_eq!(rows[0]["email"], "secret-address@example.org");
        assert_eq!(rows[0]["contact_name"], "Secret Contact Person");
    }

    async fn every_export_needs_the_right_person(app: TestApp) {
        let admin = setup(&app, "perm", &[]).await;
        assert_eq!(import(&app, &admin, "perm", "name\nPEN America\n").await.status(), 303);
        let stranger = app.stranger();
        for ext in ["csv", "json", "txt"] {
            let res = stranger.get(&format!("/admin/statements/perm/export.{ext}")).await;
            assert_eq!(res.status(), 303, "coordinator {ext}");
            assert!(location(&res).starts_with("/admin/login"));
            assert_eq!(stranger.get(&format!("/s/perm/signatories.{ext}")).await.status(), 404, "public {ext} before publication");
        }
        assert!(stranger.get("/api/v1/statements/perm").await.json::<serde_json::Value>().await.unwrap().get("signatories").is_none());
        assert_eq!(app.count("audit_log", "action = 'statement.export'").await, 0);
        assert_eq!(admin.get("/admin/statements/perm/export.txt").await.status(), 200);
        assert_eq!(app.count("audit_log", "action = 'statement.export'").await, 1);
    }

    async fn published_pages_answer_304_when_unchanged(app: TestApp) {
        let admin = setup(&app, "etag", &[]).await;
        assert_eq!(import(&app, &admin, "etag", "name\nPEN America\n").await.status(), 303);
        close_and_publish(&admin, "etag").await;
        for path in ["/s/etag", "/s/etag/signatories.csv"] {
            let first = app.get(path).await;
            assert_eq!(first.status(), 200);
            let etag = first.headers()["etag"].to_str().unwrap().to_string();
            let again = app.client.get(app.url(path)).header("if-none-match", &etag).send().await.unwrap();
            assert_eq!(again.status(), 304, "{path}");
            // A coordinator's correction changes the page and its tag.
            app.sql("UPDATE statements SET updated_at = '2031-06-01 00:00:00'").await;
            // Pages are rechecked against the database at most once a second.
            tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
            let changed = app.client.get(app.url(path)).header("if-none-match", &etag).send().await.unwrap();
            assert_eq!(changed.status(), 200, "{path}");
            app.sql("UPDATE statements SET updated_at = '2031-06-02 00:00:00'").await;
        }
        let page = app.stranger().get("/s/etag").await;
        assert!(page.headers().contains_key("last-modified"));
        // No cookie and a shareable cache policy: nothing on it is personal.
        assert!(!page.headers().contains_key("set-cookie"));
        assert!(page.headers()["cache-control"].to_str().unwrap().starts_with("public"));
        let html = page.text().await.unwrap();
        assert!(html.contains("og:title") && html.contains("twitter:card"));
        // Clients that accept gzip get the page compressed (once, cached).
        let gz = app.client.get(app.url("/s/etag")).header("accept-encoding", "gzip").send().await.unwrap();
        assert_eq!(gz.headers()["content-encoding"], "gzip");
        // Brotli where accepted (browsers do), the same bytes once decoded.
        let br = app.client.get(app.url("/s/etag")).header("accept-encoding", "gzip, deflate, br").send().await.unwrap();
        assert_eq!(br.headers()["content-encoding"], "br");
        assert!(br.headers()["vary"].to_str().unwrap().contains("Accept-Encoding"));
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &br.bytes().await.unwrap()[..], &mut decoded).unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), html);
        // q=0 refuses a coding.
        let plain = app.client.get(app.url("/s/etag")).header("accept-encoding", "br;q=0, gzip;q=0").send().await.unwrap();
        assert!(!plain.headers().contains_key("content-encoding"));
        let gz_only = app.client.get(app.url("/s/etag")).header("accept-encoding", "br;q=0, gzip").send().await.unwrap();
        assert_eq!(gz_only.headers()["content-encoding"], "gzip");
        // A tag marked weak by a compressing proxy still matches.
        let etag = gz.headers()["etag"].to_str().unwrap().to_string();
        let weak = app.client.get(app.url("/s/etag")).header("if-none-match", format!("W/{etag}")).send().await.unwrap();
        assert_eq!(weak.status(), 304);
        let print = app.get("/s/etag/print").await.text().await.unwrap();
        assert!(print.contains("PEN America") && !print.contains("site-header"));
        let feed = app.get("/feed.atom").await.text().await.unwrap();
        assert!(feed.contains("<feed") && feed.contains("/s/etag"));
    }

    async fn imports_refuse_bad_files_whole(app: TestApp) {
        let admin = setup(&app, "imports", &[]).await;
        let cases = [
            ("name,phone\nA group,123\n", "unknown column \"phone\""),
            ("country\nJP\n", "must have a \"name\" column"),
            ("name,country\nGood Group,JP\nBad Country,XX\n", "Line 3: \"XX\" is not an ISO 3166 country code"),
            ("name,kind\nGroup,robot\n", "kind \"robot\""),
            ("name,email\nGroup,not-an-email\n", "not an email address"),
            ("name,country\nSame Group,JP\nSAME GROUP,JP\n", "the same signatory as line 2"),
            ("name\n\n", "no rows"),
        ];
        for (csv, message) in cases {
            let res = import(&app, &admin, "imports", csv).await;
            assert_eq!(res.status(), 422, "{csv}");
            let body = res.text().await.unwrap().replace("&quot;", "\"");
            assert!(body.contains(message), "{csv}: {message}");
        }
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        assert_eq!(import(&app, &admin, "imports", "name,country\nPEN America,US\n").await.status(), 303);
        // Already on the list: the whole file is refused.
        let res = import(&app, &admin, "imports", "name,country\nNew Group,FR\nPEN America,US\n").await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("already on the list"));
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
        // Published: no more imports.
        close_and_publish(&admin, "imports").await;
        assert_eq!(import(&app, &admin, "imports", "name\nLate Group\n").await.status(), 409);
    }

    async fn coordinators_curate_signatures(app: TestApp) {
        let admin = setup(&app, "curate", &[("moderation", "on")]).await;
        let mut csv = String::from("name,country\n");
        for i in 0..120 {
            csv.push_str(&format!("Organisation {i:03},FR\n"));
        }
        assert_eq!(import(&app, &admin, "curate", &csv).await.status(), 303);
        // Pages of 50, by name, through all 120.
        let mut seen = Vec::new();
        let mut next = Some("/admin/statements/curate/signatures?sort=name".to_string());
        while let Some(path) = next {
            let html = admin.get(&path).await.text().await.unwrap();
            seen.extend(html.split("<a href=\"/admin/signatures/").skip(1).map(|p| p.split('<').next().unwrap().split('>').nth(1).unwrap().to_string()));
            next = html
                .contains("rel=\"next\"")
                .then(|| html.split("\" rel=\"next\"").next().unwrap().rsplit("href=\"").next().unwrap().replace("&amp;", "&").replace("&#x3D;", "="));
        }
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(seen, sorted, "pages follow the order, none twice");
        let seen = seen.len();
        assert_eq!(seen, 120);
        // Search and filter.
        let html = admin.get("/admin/statements/curate/signatures?q=organisation%20007").await.text().await.unwrap();
        assert_eq!(html.matches("name=\"ids\"").count(), 1);
        let id = html.split("/admin/signatures/").nth(1).unwrap().split('"').next().unwrap().to_string();
        // Reject, approve, edit with a qualifier.
        assert_eq!(admin.post(&format!("/admin/signatures/{id}/reject"), &[]).await.status(), 303);
        assert_eq!(app.count("signatures", "status = 'rejected'").await, 1);
        let rejected = admin.get("/admin/statements/curate/signatures?status=rejected").await.text().await.unwrap();
        assert!(rejected.contains("Organisation 007"));
        assert_eq!(admin.post(&format!("/admin/signatures/{id}/approve"), &[]).await.status(), 303);
        let res = admin.post(&format!("/admin/signatures/{id}/edit"), &[("name", "Organisation Seven"), ("country", "BE"), ("title", ""), ("qualifier", "within the framework of the Observatory")]).await;
        assert_eq!(res.status(), 303);
        // Corrections follow the public form's rules and say what is wrong.
        let long = "O".repeat(301);
        let res = admin.post(&format!("/admin/signatures/{id}/edit"), &[("name", long.as_str()), ("country", "BE"), ("title", ""), ("qualifier", "")]).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("at most 300 characters"));
        let res = admin.post(&format!("/admin/signatures/{id}/edit"), &[("name", "O"), ("country", "BE"), ("title", ""), ("qualifier", "")]).await;
        assert_eq!(res.status(), 422);
        // Bulk: reject three at once.
        let list = admin.get("/admin/statements/curate/signatures?sort=name").await.text().await.unwrap();
        let ids: Vec<String> = list.split("name=\"ids\" value=\"").skip(1).take(3).map(|p| p.split('"').next().unwrap().to_string()).collect();
        let token = input_value(&list, "csrf_token").unwrap();
        let mut body = vec![("action", "reject"), ("csrf_token", token.as_str())];
        for i in &ids {
            body.push(("ids", i.as_str()));
        }
        let res = admin.client.post(app.url("/admin/statements/curate/signatures/bulk")).form(&body).send().await.unwrap();
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "status = 'rejected'").await, 3);
        // Merge a duplicate: a second entry for the same organisation.
        app.sql("UPDATE signatures SET name = 'Organisation Seven Duplicate', name_key = 'organisation seven|', country = NULL WHERE name = 'Organisation 100'").await;
        let dup = admin.get("/admin/statements/curate/signatures?q=duplicate").await.text().await.unwrap();
        let dup_id = dup.split("/admin/signatures/").nth(1).unwrap().split('"').next().unwrap().to_string();
        let res = admin.post(&format!("/admin/signatures/{dup_id}/merge"), &[("into", id.as_str())]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "status = 'duplicate'").await, 1);
        // Every change is in the audit log.
        for action in ["signature.reject", "signature.approve", "signature.edit", "signature.merge", "signature.import"] {
            assert!(app.count("audit_log", &format!("action = '{action}'")).await > 0, "{action}");
        }
        close_and_publish(&admin, "curate").await;
        // Published: who is on the list no longer changes; how it reads may.
        let res = admin.post(&format!("/admin/signatures/{id}/reject"), &[]).await;
        assert_eq!(res.status(), 409);
        assert!(res.text().await.unwrap().contains("The list is published"));
        let txt = app.get("/s/curate/signatories.txt").await.text().await.unwrap();
        assert!(txt.contains("Organisation Seven (Belgium), within the framework of the Observatory\n"));
        assert_eq!(txt.lines().count(), 120 - 3 - 1);
        // The charts draw on the statement page.
        let overview = admin.get("/admin/statements/curate").await.text().await.unwrap();
        assert!(overview.contains("<svg") && overview.contains("France"));
    }
}

#[test]
fn the_import_command_adds_the_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let app = rt.block_on(TestApp::spawn(Backend::Sqlite));
    rt.block_on(app.open_statement("cli", &[]));
    let file = dir.path().join("list.csv");
    std::fs::write(&file, FIXTURE).unwrap();
    let out = common::binary()
        .args(["import", "--statement", "cli"])
        .arg(&file)
        .arg("--data-dir")
        .arg(app.data_dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 33 signatures into cli"));
    assert_eq!(
        rt.block_on(app.count("signatures", "status = 'approved' AND source = 'import'")),
        33
    );
    // A bad file changes nothing and says why, by line.
    std::fs::write(&file, "name,colour\nX Group,red\n").unwrap();
    let out = common::binary()
        .args(["import", "--statement", "cli"])
        .arg(&file)
        .arg("--data-dir")
        .arg(app.data_dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown column \"colour\""));
    // A person's name has the same limit as on the public form.
    std::fs::write(
        &file,
        format!("name,kind\n{},individual\n", "a".repeat(250)),
    )
    .unwrap();
    let out = common::binary()
        .args(["import", "--statement", "cli"])
        .arg(&file)
        .arg("--data-dir")
        .arg(app.data_dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 to 200 characters"));
}
