//! Sharing a statement: plain links built on the server, a link field to
//! copy, Mastodon through the reader's own server.

use crate::common::{Backend, TestApp};

backend_tests! {
    async fn the_open_page_offers_plain_share_links(app: TestApp) {
        app.open_statement("shared", &[]).await;
        let page = app.stranger().get("/s/shared").await.text().await.unwrap();
        let url = app.url("/s/shared");
        let enc = |s: &str| s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect::<String>();
        assert!(page.contains(&format!("id=\"share-link\" value=\"{url}\" readonly")), "{page}");
        let title = "Solidarity with the lawyers of Xiamen";
        for href in [
            format!("https://bsky.app/intent/compose?text={}", enc(&format!("{title} {url}"))),
            format!("https://x.com/intent/post?text={}&amp;url={}", enc(title), enc(&url)),
            format!("https://www.linkedin.com/sharing/share-offsite/?url={}", enc(&url)),
            format!("https://wa.me/?text={}", enc(&format!("{title} {url}"))),
            format!("https://t.me/share/url?url={}&amp;text={}", enc(&url), enc(title)),
            format!("mailto:?subject={}&amp;body=", enc(title)),
        ] {
            let href = href.replace('=', "&#x3D;");
            assert!(page.contains(&href), "{href} in {page}");
        }
        // Nothing is loaded from those networks: no image, script or frame
        // points outside the site.
        for attr in ["src=\"http", "srcset=", "<iframe", "<img src=\"//"] {
            assert!(!page.contains(attr), "{attr}");
        }
        // Mastodon: the reader's server, then a link to follow there.
        let res = app.stranger().get("/s/shared/share/mastodon?instance=https://Todon.EU/").await;
        assert_eq!(res.status(), 200);
        let go = res.text().await.unwrap();
        let expected = format!("https://todon.eu/share?text={}", enc(&format!("{title} {url}"))).replace('=', "&#x3D;");
        assert!(go.contains(&expected), "{go}");
        assert!(go.contains("Continue on todon.eu"));
        let res = app.stranger().get("/s/shared/share/mastodon?instance=evil.example%2Fpath").await;
        assert_eq!(res.status(), 400);
        assert!(res.text().await.unwrap().contains("Give the address of your Mastodon server"));
    }

    async fn drafts_are_not_shared(app: TestApp) {
        app.as_admin().await;
        let res = app.post("/admin/statements/new", &[
            ("title", "Not yet"), ("slug", "not-yet"), ("summary", "s"), ("body", "b"),
            ("language", "en"), ("deadline", "2031-02-07T23:59"), ("timezone", "UTC"),
            ("grouping", "none"), ("allow_organisations", "on"), ("action", "save"),
        ]).await;
        assert_eq!(res.status(), 303);
        let res = app.stranger().get("/s/not-yet/share/mastodon?instance=mastodon.social").await;
        assert_eq!(res.status(), 404);
    }
}

backend_tests! {
    async fn link_previews_show_a_drawn_image_that_follows_the_count(app: TestApp) {
        app.open_statement("pictured", &[]).await;
        let page = app.stranger().get("/s/pictured").await.text().await.unwrap();
        let image = app.url("/s/pictured/share.png");
        assert!(page.contains(&format!("<meta property=\"og:image\" content=\"{image}\">")), "{page}");
        assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        let res = app.stranger().get("/s/pictured/share.png").await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "image/png");
        let first = res.bytes().await.unwrap();
        assert_eq!(&first[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(u32::from_be_bytes(first[16..20].try_into().unwrap()), 1200);
        assert_eq!(u32::from_be_bytes(first[20..24].try_into().unwrap()), 630);
        // The same picture while nothing changes; another once someone signs.
        let again = app.stranger().get("/s/pictured/share.png").await.bytes().await.unwrap();
        assert_eq!(first, again);
        app.sign_confirmed("pictured", &crate::common::org("Free Tibet", "ft@example.org")).await;
        let after = app.stranger().get("/s/pictured/share.png").await.bytes().await.unwrap();
        assert_ne!(first, after);
        // Drafts have none.
        assert_eq!(app.stranger().get("/s/nothing-here/share.png").await.status(), 404);
    }
}
