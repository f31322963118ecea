//! Possible duplicates on one statement: pairs of entries that look like
//! the same signer although the exact duplicate rules (same name and
//! country, same email) let both in. "Front Line Defenders" and "Front
//! Line Defenders (FLD)", "Amnesty Internacional" and "Amnesty
//! International", two entries from one website. Coordinators decide;
//! nothing here changes anything.
//!
//! Pairs are found through shared keys (a name without its bracketed
//! acronym, an acronym, an email domain, a website) and, for spelling,
//! by comparing each name with its neighbours in alphabetical order, so
//! the work grows with the list, not with its square.

use std::collections::{BTreeMap, HashMap};

use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::signatures as sg;
use crate::db::DbConnection;
use crate::domain::text;
use crate::signatures::{Signature, SignatureStatus, SignerKind};

/// Why two entries may be one signer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The same name once brackets and punctuation are set aside.
    SameName,
    /// One is the acronym of the other ("FLD", "Front Line Defenders").
    Acronym,
    /// Names a few letters apart.
    Spelling,
    /// Contact addresses at one organisation's domain.
    EmailDomain,
    /// The same website.
    Website,
}

/// A pair, the entry to keep first (see [`keep_first`]).
#[derive(Debug)]
pub struct Pair {
    pub keep: Signature,
    pub other: Signature,
    pub reasons: Vec<Reason>,
}

/// How many names after each one, in alphabetical order, are compared
/// letter by letter.
const WINDOW: usize = 6;
/// Similarity (0–1, normalised Levenshtein) from which two names read as
/// one name misspelt.
const SPELLING: f64 = 0.88;
/// Pairs listed at most.
pub const MAX_PAIRS: usize = 200;

/// Addresses anyone can have: a shared domain there says nothing.
const OPEN_MAIL: [&str; 24] = [
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.co.uk",
    "hotmail.com",
    "hotmail.fr",
    "outlook.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "tutanota.com",
    "riseup.net",
    "gmx.de",
    "gmx.net",
    "web.de",
    "yandex.ru",
    "mail.ru",
    "qq.com",
];

/// The name without bracketed parts, folded (case, accents, punctuation).
fn plain_name(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1i32).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    text::match_key(&out)
}

/// The acronym a name gives in brackets: "Front Line Defenders (FLD)".
fn bracket_acronym(name: &str) -> Option<String> {
    let inner = name.rsplit_once('(')?.1.split(')').next()?.trim();
    let letters: String = inner.chars().filter(|c| c.is_alphanumeric()).collect();
    let looks = (2..=10).contains(&letters.chars().count())
        && letters.chars().any(char::is_uppercase)
        && !letters.chars().any(char::is_lowercase);
    looks.then(|| text::match_key(&letters))
}

/// Small words acronyms skip, in the statement languages coalitions use.
const SKIPPED: [&str; 20] = [
    "of", "for", "the", "and", "in", "on", "de", "la", "le", "les", "des", "du", "et", "y", "el",
    "los", "las", "del", "для", "и",
];

/// "Front Line Defenders" → "fld"; `None` for a single word (its own
/// acronym would match any word with that initial).
fn initials(name: &str) -> Option<String> {
    let words: Vec<String> = plain_name(name)
        .split(' ')
        .filter(|w| !w.is_empty() && !SKIPPED.contains(w))
        .map(str::to_string)
        .collect();
    (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The name as an acronym when it is one ("FLD", "ISHR").
fn as_acronym(name: &str) -> Option<String> {
    let trimmed = name.trim();
    let looks = (2..=10).contains(&trimmed.chars().count())
        && trimmed.chars().all(|c| c.is_alphanumeric())
        && !trimmed.chars().any(char::is_lowercase);
    looks.then(|| text::match_key(trimmed))
}

fn email_domain(email: Option<&str>) -> Option<String> {
    let domain = email?.rsplit_once('@')?.1.trim().to_lowercase();
    (!domain.is_empty() && !OPEN_MAIL.contains(&domain.as_str())).then_some(domain)
}

/// Sites that host many organisations' pages: sharing one says nothing.
const SHARED_HOSTS: [&str; 18] = [
    "facebook.com",
    "instagram.com",
    "twitter.com",
    "x.com",
    "linkedin.com",
    "youtube.com",
    "t.me",
    "linktr.ee",
    "medium.com",
    "wordpress.com",
    "blogspot.com",
    "wixsite.com",
    "sites.google.com",
    "github.io",
    "substack.com",
    "tiktok.com",
    "vk.com",
    "weibo.com",
];

fn website_host(website: &str) -> Option<String> {
    let site = website.trim();
    if site.is_empty() {
        return None;
    }
    let parsed = url::Url::parse(site)
        .or_else(|_| url::Url::parse(&format!("https://{site}")))
        .ok()?;
    let host = parsed.host_str()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let shared = SHARED_HOSTS
        .iter()
        .any(|s| host == *s || host.ends_with(&format!(".{s}")));
    (!shared).then_some(host)
}

/// The numbers in a name: "Group 12" and "Group 13" are two groups,
/// however close their spelling.
fn digits(name: &str) -> String {
    name.chars().filter(char::is_ascii_digit).collect()
}

/// Countries that allow two entries to be one signer: the same, or one
/// not given.
fn same_place(a: &Signature, b: &Signature) -> bool {
    match (&a.country, &b.country) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn rank(status: SignatureStatus) -> u8 {
    match status {
        SignatureStatus::Approved => 0,
        SignatureStatus::Pending => 1,
        SignatureStatus::Review => 2,
        _ => 3,
    }
}

/// Whether `a` is the one to keep: the more settled status, then the
/// earlier arrival.
fn keep_first(a: &Signature, b: &Signature) -> bool {
    (rank(a.status), &a.id) <= (rank(b.status), &b.id)
}

/// The statements' entries compared: confirmed ones (unconfirmed ones
/// hold no place, and are checked when confirmed).
const COMPARED: [&str; 3] = ["pending", "approved", "review"];

/// The statement's possible duplicates, best supported first, and
/// whether there were more than `MAX_PAIRS`.
pub fn pairs(conn: &mut DbConnection, statement_id: &str) -> QueryResult<(Vec<Pair>, bool)> {
    let rows: Vec<Signature> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq_any(COMPARED))
        .select(Signature::as_select())
        .load(conn)?;
    Ok(find_pairs(rows))
}

fn find_pairs(rows: Vec<Signature>) -> (Vec<Pair>, bool) {
    let plain: Vec<String> = rows.iter().map(|s| plain_name(&s.name)).collect();
    let mut found: BTreeMap<(usize, usize), Vec<Reason>> = BTreeMap::new();
    let mut note = |a: usize, b: usize, reason: Reason| {
        if a != b {
            let key = (a.min(b), a.max(b));
            let reasons = found.entry(key).or_default();
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
        }
    };
    // Shared keys: every pair within a group.
    let mut groups: BTreeMap<(Reason, String), Vec<usize>> = BTreeMap::new();
    for (i, s) in rows.iter().enumerate() {
        if !plain[i].is_empty() {
            groups
                .entry((Reason::SameName, format!("{}|{:?}", plain[i], s.kind)))
                .or_default()
                .push(i);
        }
        if let Some(domain) = email_domain(s.email.as_deref()) {
            if s.kind == SignerKind::Organisation {
                groups
                    .entry((Reason::EmailDomain, domain))
                    .or_default()
                    .push(i);
            }
        }
        if let Some(host) = website_host(&s.website) {
            groups.entry((Reason::Website, host)).or_default().push(i);
        }
    }
    // Acronyms: a name's acronym (given in brackets, or the name itself)
    // against the initials of the others.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in rows.iter().enumerate() {
        if s.kind == SignerKind::Organisation {
            if let Some(init) = initials(&s.name) {
                by_initials.entry(init).or_default().push(i);
            }
        }
    }
    for (i, s) in rows.iter().enumerate() {
        let acronym = bracket_acronym(&s.name).or_else(|| as_acronym(&s.name));
        // An acronym many names share says nothing.
        let matches = acronym
            .and_then(|a| by_initials.get(&a))
            .filter(|m| m.len() <= 8);
        if let Some(matches) = matches {
            for &j in matches {
                if same_place(s, &rows[j]) {
                    note(i, j, Reason::Acronym);
                }
            }
        }
    }
    for ((reason, _), members) in groups.iter() {
        // A key shared by many (a coalition's own domain) is not a signal.
        if members.len() > 8 {
            continue;
        }
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                // National sections of one organisation share a domain
                // and a website: only entries of one place pair.
                if same_place(&rows[a], &rows[b]) {
                    note(a, b, *reason);
                }
            }
        }
    }
    // Spelling: each name against its next neighbours in order.
    let mut order: Vec<usize> = (0..rows.len()).filter(|&i| plain[i].len() >= 5).collect();
    order.sort_by(|&a, &b| plain[a].cmp(&plain[b]));
    for (n, &a) in order.iter().enumerate() {
        for &b in order.iter().skip(n + 1).take(WINDOW) {
            if plain[a] != plain[b]
                && digits(&plain[a]) == digits(&plain[b])
                && rows[a].kind == rows[b].kind
                && same_place(&rows[a], &rows[b])
                && strsim::normalized_levenshtein(&plain[a], &plain[b]) >= SPELLING
            {
                note(a, b, Reason::Spelling);
            }
        }
    }
    let mut found: Vec<((usize, usize), Vec<Reason>)> = found.into_iter().collect();
    // Entries that cannot take a merge (neither stands) are left out.
    found.retain(|((a, b), _)| rows[*a].status.is_live() || rows[*b].status.is_live());
    // Most reasons first, then in the order of the names.
    found.sort_by_cached_key(|((a, b), reasons)| {
        (
            std::cmp::Reverse(reasons.len()),
            plain[*a].clone(),
            plain[*b].clone(),
        )
    });
    let capped = found.len() > MAX_PAIRS;
    found.truncate(MAX_PAIRS);
    let pairs = found
        .into_iter()
        .map(|((a, b), mut reasons)| {
            reasons.sort();
            let (keep, other) = if keep_first(&rows[a], &rows[b]) && rows[a].status.is_live() {
                (a, b)
            } else if rows[b].status.is_live() {
                (b, a)
            } else {
                (a, b)
            };
            Pair {
                keep: rows[keep].clone(),
                other: rows[other].clone(),
                reasons,
            }
        })
        .collect();
    (pairs, capped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_acronyms_and_hosts() {
        assert_eq!(
            plain_name("Front Line Defenders (FLD)"),
            "front line defenders"
        );
        assert_eq!(
            bracket_acronym("Front Line Defenders (FLD)").as_deref(),
            Some("fld")
        );
        assert_eq!(bracket_acronym("Centre (Geneva office)"), None);
        assert_eq!(initials("Front Line Defenders").as_deref(), Some("fld"));
        assert_eq!(
            initials("International Service for Human Rights").as_deref(),
            Some("ishr")
        );
        assert_eq!(initials("Amnesty"), None);
        assert_eq!(as_acronym("ISHR").as_deref(), Some("ishr"));
        assert_eq!(as_acronym("Amnesty"), None);
        assert_eq!(email_domain(Some("a@FLD.ie")).as_deref(), Some("fld.ie"));
        assert_eq!(email_domain(Some("someone@gmail.com")), None);
        assert_eq!(
            website_host("https://www.ishr.ch/news").as_deref(),
            Some("ishr.ch")
        );
        assert_eq!(website_host("ishr.ch").as_deref(), Some("ishr.ch"));
        assert_eq!(website_host(""), None);
        assert_eq!(website_host("https://www.facebook.com/somegroup"), None);
        assert_eq!(website_host("https://group.wordpress.com/"), None);
    }
}
