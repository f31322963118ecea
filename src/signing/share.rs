//! Helping a statement's link travel, without tracking: plain links to
//! the sharing pages of common networks, built here, so that the page
//! makes no request to another site until a reader clicks one. Mastodon
//! has no one site: the reader names their server and this server sends
//! them there.

use actix_web::{web, HttpResponse};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::AppError;
use crate::state::AppState;
use crate::web::page::Page;

fn enc(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

/// The share links of a page with `title` at `url` (its full address).
pub fn links(title: &str, url: &str) -> Value {
    let both = format!("{title} {url}");
    json!({
        "url": url,
        "email": format!("mailto:?subject={}&body={}", enc(title), enc(&format!("{title}\n\n{url}"))),
        "bluesky": format!("https://bsky.app/intent/compose?text={}", enc(&both)),
        "x": format!("https://x.com/intent/post?text={}&url={}", enc(title), enc(url)),
        "linkedin": format!("https://www.linkedin.com/sharing/share-offsite/?url={}", enc(url)),
        "whatsapp": format!("https://wa.me/?text={}", enc(&both)),
        "telegram": format!("https://t.me/share/url?url={}&text={}", enc(url), enc(title)),
    })
}

/// A Mastodon server's address as a reader types it ("mastodon.social",
/// "https://eupolicy.social/"): its host, or `None` when it is not one.
fn server(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let typed = typed
        .strip_prefix("https://")
        .or_else(|| typed.strip_prefix("http://"))
        .unwrap_or(typed);
    let host = typed.trim_end_matches('/').trim_start_matches('@');
    // "@user@server" and "user@server" name a server too.
    let host = host.rsplit('@').next().unwrap_or(host).to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let labels: Vec<&str> = host.split('.').collect();
    (labels.len() >= 2 && host.len() <= 253 && labels.iter().all(|l| label_ok(l))).then_some(host)
}

#[derive(Deserialize)]
pub struct MastodonForm {
    #[serde(default)]
    instance: String,
    #[serde(default)]
    lang: String,
}

/// `GET /s/{slug}/share/mastodon?instance=…`: a link to the reader's
/// server's sharing page, with the statement's title and address. A link
/// to follow rather than a redirect: the pages' `form-action 'self'`
/// keeps forms from sending anyone elsewhere, and the reader sees where
/// they are going.
pub async fn mastodon(
    state: web::Data<AppState>,
    page: Page,
    path: web::Path<String>,
    form: web::Query<MastodonForm>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let form = form.into_inner();
    let Some(host) = server(&form.instance) else {
        return Err(AppError::BadRequest(page.t("share-mastodon-invalid")));
    };
    let wanted = slug.clone();
    let statement = state
        .db(move |conn| Ok(crate::statements::queries::find_by_slug(conn, &wanted)?))
        .await?
        .filter(|s| s.is_public(crate::db::now()))
        .ok_or(AppError::NotFound)?;
    let mut url = format!("{}/s/{slug}", state.settings.public_url());
    if crate::i18n::supported(&form.lang).is_some() {
        url.push_str(&format!("?lang={}", form.lang));
    }
    let text = format!("{} {url}", statement.title);
    page.render(
        "signing/share-mastodon",
        json!({
            "page_title": statement.title,
            "host": host,
            "href": format!("https://{host}/share?text={}", enc(&text)),
            "back": format!("/s/{slug}"),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::server;

    #[test]
    fn servers_as_readers_type_them() {
        assert_eq!(
            server("mastodon.social").as_deref(),
            Some("mastodon.social")
        );
        assert_eq!(
            server(" https://EUpolicy.social/ ").as_deref(),
            Some("eupolicy.social")
        );
        assert_eq!(server("@maria@todon.eu").as_deref(), Some("todon.eu"));
        assert_eq!(server("localhost"), None);
        assert_eq!(server("evil.example/path"), None);
        assert_eq!(server("a..b"), None);
        assert_eq!(server("x.example\r\nSet-Cookie: a"), None);
        assert_eq!(server(""), None);
    }
}
