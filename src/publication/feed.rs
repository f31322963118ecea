//! The Atom feed of published statements.

use atom_syndication::{Entry, Feed, Link, Text};
use chrono::{DateTime, FixedOffset, NaiveDateTime};

use crate::db::now;
use crate::statements::versions::Version;
use crate::statements::Statement;

fn to_fixed(t: NaiveDateTime) -> DateTime<FixedOffset> {
    t.and_utc().fixed_offset()
}

/// Text as XML can hold it: characters it forbids (which forms refuse,
/// but older data may hold) are dropped.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|c| !crate::web::edge::forbidden_in_text(*c))
        .collect()
}

fn entry(s: &Statement, versions: &[Version], base: &str) -> Entry {
    let url = format!("{base}/s/{}", s.slug);
    let mut e = Entry::default();
    e.set_id(url.clone());
    e.set_title(Text::plain(xml_text(&s.title)));
    e.set_updated(to_fixed(s.published_at.unwrap_or(s.updated_at)));
    e.set_published(s.published_at.map(to_fixed));
    let mut link = Link::default();
    link.set_href(url.clone());
    link.set_hreflang(Some(s.language.clone()));
    // Each other language version, as an alternate in its language.
    let mut links = vec![link];
    for v in versions.iter().filter(|v| v.statement_id == s.id) {
        let mut alternate = Link::default();
        alternate.set_href(format!("{url}?lang={}", v.language));
        alternate.set_rel("alternate");
        alternate.set_hreflang(Some(v.language.clone()));
        alternate.set_title(Some(xml_text(&v.title)));
        links.push(alternate);
    }
    e.set_links(links);
    if !s.summary.is_empty() {
        e.set_summary(Some(Text::plain(xml_text(&s.summary))));
    }
    e
}

/// The feed of these published statements, newest publication first in
/// its `updated` date.
pub fn atom(published: &[&Statement], versions: &[Version], base: &str) -> String {
    let mut feed = Feed::default();
    feed.set_id(format!("{base}/feed.atom"));
    feed.set_title(Text::plain(crate::i18n::t("en", "feed-title")));
    let mut self_link = Link::default();
    self_link.set_href(format!("{base}/feed.atom"));
    self_link.set_rel("self");
    feed.set_links(vec![self_link]);
    feed.set_updated(
        published
            .iter()
            .filter_map(|s| s.published_at)
            .max()
            .map(to_fixed)
            .unwrap_or_else(|| to_fixed(now())),
    );
    feed.set_entries(
        published
            .iter()
            .map(|s| entry(s, versions, base))
            .collect::<Vec<_>>(),
    );
    feed.to_string()
}
