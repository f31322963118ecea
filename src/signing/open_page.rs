//! The open statement's page served from memory (docs/SPEC.md §8): it is
//! the hot page while a sign-on goes round, read by thousands at once.
//!
//! A page is rendered once per language with a placeholder where each
//! visitor's form token goes, and kept split around it. A request stitches
//! its own token in; nothing else is done per request. At most once a
//! second (per instance) a request checks the page's version — the
//! statement's last change, and the number and last change of its
//! approved signatures, read from one index — and renders again only when
//! it moved, or a minute has passed ("closes in 3 days" moves on), or the
//! deadline came. Instances stay consistent through the database alone.
//!
//! Browsers that accept gzip get it without compressing per request: each
//! part is deflated once, ending on a byte boundary (a sync flush), and a
//! response is the gzip header, the parts with the token between them as
//! stored (uncompressed) deflate blocks, and a trailer whose CRC-32 is
//! combined from the parts' (RFC 1951 §3.2.4, RFC 1952).
//!
//! Brotli works the same way where the token is the page's only one and
//! comes last (the sign form's token is placed at the end of the page and
//! tied to the form by its `form` attribute): everything before it is
//! compressed once and flushed to a byte boundary, and a response adds the
//! token and the short rest as an uncompressed meta-block, then the empty
//! last one (RFC 7932 §9.2). A brotli stream cannot be cut anywhere else:
//! its literal contexts and back-references span the cut.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::http::header;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures as sg;
use crate::db::DbConnection;
use crate::signatures::SignatureStatus;
use crate::statements::Statement;
use crate::web::csrf::CsrfUsed;
use crate::web::page::Page;

/// Where the form token goes in a page about to be kept: drawn afresh for
/// each render (URL-safe base64, which templates print unchanged), so that
/// no text a coordinator wrote can hold it and receive visitors' tokens.
pub fn token_placeholder() -> String {
    format!("UNDERSIGNEDTOKEN{}", crate::secrets::random_token())
}

/// How long a page is served before its version is checked again.
const CHECK_EVERY: Duration = Duration::from_secs(1);
/// How long other requests are served a stale page while one refreshes it.
const REFRESH_AT_MOST: Duration = Duration::from_secs(5);
/// How long a page is kept at most, whatever its version.
const KEEP_AT_MOST: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// What the page shows changes only when this does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    statement_changed: NaiveDateTime,
    approved: i64,
    last_approved_change: Option<NaiveDateTime>,
}

impl Version {
    /// The number of approved signatures: the page's count.
    pub fn approved(&self) -> i64 {
        self.approved
    }
}

/// The version of an open statement's page.
pub fn version(conn: &mut DbConnection, s: &Statement) -> QueryResult<Version> {
    let (approved, last): (i64, Option<NaiveDateTime>) = sg::table
        .filter(sg::statement_id.eq(&s.id))
        .filter(sg::status.eq(SignatureStatus::Approved))
        .select((diesel::dsl::count_star(), diesel::dsl::max(sg::updated_at)))
        .first(conn)?;
    Ok(Version {
        statement_changed: s.updated_at,
        approved,
        last_approved_change: last,
    })
}

/// One kept page.
pub struct OpenPage {
    /// The body, split where the token goes.
    parts: Vec<Bytes>,
    /// Each part deflated (all but the last without a final block).
    deflated: Vec<Bytes>,
    /// Each part's CRC-32 and length, to combine.
    crcs: Vec<crc32fast::Hasher>,
    /// The first part in brotli, flushed but not finished, when the page
    /// has one token with little after it.
    brotli_head: Option<Bytes>,
    version: Version,
    /// Rendered pages go stale at this time (a minute, or the deadline).
    until: NaiveDateTime,
    /// The deadline: never served after it, not even while another
    /// request renders the page again.
    closes: Option<NaiveDateTime>,
    /// When a request began to check or render the page again: meanwhile
    /// the others are served this copy (one refresh at a time, not one
    /// per waiting visitor).
    refreshing: Mutex<Option<Instant>>,
    checked: Mutex<Instant>,
    /// This instance's change count when the version was last checked.
    seen: std::sync::atomic::AtomicU64,
}

impl OpenPage {
    /// The page with this visitor's token, never cached by others.
    pub fn respond(&self, req: &HttpRequest, page: &Page) -> HttpResponse {
        // The middleware gives a new browser the cookie the token is for.
        req.extensions_mut().insert(CsrfUsed);
        let token = page.csrf_token().as_bytes();
        let mut res = HttpResponse::Ok();
        page.remember_language(&mut res);
        res.content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "private, no-store"))
            .insert_header((header::VARY, "Accept-Encoding, Accept-Language"));
        let gzip = self.deflated.len() == self.parts.len() && token.len() <= usize::from(u16::MAX);
        let coding =
            crate::publication::cache::preferred_encoding(req, self.brotli_head.is_some(), gzip);
        match (coding, &self.brotli_head) {
            (Some("br"), Some(head)) => {
                if let Some(body) = brotli_stitch(head, token, &self.parts[1]) {
                    return res
                        .insert_header((header::CONTENT_ENCODING, "br"))
                        .body(body);
                }
            }
            (Some("gzip"), _) => {
                return res
                    .insert_header((header::CONTENT_ENCODING, "gzip"))
                    .body(self.gzip(token));
            }
            _ => {}
        }
        res.body(stitch(&self.parts, token))
    }

    /// The page with `token` as one gzip member, from the deflated parts.
    fn gzip(&self, token: &[u8]) -> Bytes {
        let len = self.deflated.iter().map(Bytes::len).sum::<usize>()
            + (token.len() + 5) * self.deflated.len()
            + 18;
        let mut out = BytesMut::with_capacity(len);
        // Header: deflate, no name or time, unknown OS.
        out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        let mut crc = crc32fast::Hasher::new();
        let mut token_crc = crc32fast::Hasher::new();
        token_crc.update(token);
        let mut size: u32 = 0;
        for (i, (part, part_crc)) in self.deflated.iter().zip(&self.crcs).enumerate() {
            if i > 0 {
                // A stored block: not final, type 00, then LEN and NLEN.
                let n = token.len() as u16;
                out.extend_from_slice(&[0]);
                out.extend_from_slice(&n.to_le_bytes());
                out.extend_from_slice(&(!n).to_le_bytes());
                out.extend_from_slice(token);
                crc.combine(&token_crc);
                size = size.wrapping_add(n.into());
            }
            out.extend_from_slice(part);
            crc.combine(part_crc);
            size = size.wrapping_add(self.parts[i].len() as u32);
        }
        out.extend_from_slice(&crc.finalize().to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.freeze()
    }
}

/// The parts with `token` between them.
fn stitch(parts: &[Bytes], token: &[u8]) -> Bytes {
    let len =
        parts.iter().map(Bytes::len).sum::<usize>() + token.len() * parts.len().saturating_sub(1);
    let mut body = BytesMut::with_capacity(len);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            body.extend_from_slice(token);
        }
        body.extend_from_slice(part);
    }
    body.freeze()
}

/// Most bytes after the token for a brotli copy: they are sent
/// uncompressed (a meta-block holds at most 65,536 bytes).
const BROTLI_TAIL_AT_MOST: usize = 4 * 1024;

/// `head` (in brotli, flushed), then `token` and `tail` as one
/// uncompressed meta-block, then the empty last meta-block.
fn brotli_stitch(head: &[u8], token: &[u8], tail: &[u8]) -> Option<Bytes> {
    let len = token.len() + tail.len();
    if len == 0 || len > 1 << 16 {
        return None;
    }
    // ISLAST 0, MNIBBLES 0 (four nibbles), MLEN - 1 in 16 bits,
    // ISUNCOMPRESSED 1, then zeros to the byte boundary: 24 bits, least
    // significant first.
    let header = (((len - 1) as u32) << 3) | (1 << 19);
    let mut out = BytesMut::with_capacity(head.len() + 3 + len + 1);
    out.extend_from_slice(head);
    out.extend_from_slice(&header.to_le_bytes()[..3]);
    out.extend_from_slice(token);
    out.extend_from_slice(tail);
    // ISLAST 1, ISLASTEMPTY 1.
    out.extend_from_slice(&[0b11]);
    Some(out.freeze())
}

/// `part` in brotli, flushed to a byte boundary and not finished, so that
/// more meta-blocks may follow.
fn brotli_head(part: &[u8]) -> Option<Bytes> {
    use std::io::Write;
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        ..Default::default()
    };
    let mut writer = brotli::CompressorWriter::with_params(Vec::new(), 16 * 1024, &params);
    writer.write_all(part).ok()?;
    writer.flush().ok()?;
    // Dropping the writer finishes its own copy; this one stays open.
    Some(Bytes::from(writer.get_ref().clone()))
}

/// Raw deflate of `part`: ends on a byte boundary without a final block
/// (a sync flush), or with the final block for the last part.
fn deflate(part: &[u8], last: bool) -> Option<Bytes> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    let mut c = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(part.len() / 3 + 64);
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    loop {
        let consumed = c.total_in() as usize;
        if out.capacity() - out.len() < 64 {
            out.reserve(part.len() / 4 + 64);
        }
        let status = c.compress_vec(&part[consumed..], &mut out, flush).ok()?;
        let done = c.total_in() as usize == part.len();
        match status {
            Status::StreamEnd => break,
            // A sync flush is complete once all input is in and the
            // buffer was not filled.
            _ if done && !last && out.len() < out.capacity() => break,
            _ => {}
        }
    }
    Some(Bytes::from(out))
}

/// The kept pages, by statement, version and interface language.
#[derive(Default)]
pub struct OpenPages {
    pages: Mutex<HashMap<String, Arc<OpenPage>>>,
    /// The languages each statement was last read in (the original
    /// first): what names its pages before the statement is loaded. A
    /// version added meanwhile is found at the next check of a page.
    languages: Mutex<HashMap<String, Arc<Vec<String>>>>,
}

impl OpenPages {
    /// Forgets the kept pages of `slug` (it is no longer open).
    pub fn forget(&self, slug: &str) {
        let prefix = format!("{slug}|");
        if let Ok(mut pages) = self.pages.lock() {
            pages.retain(|k, _| !k.starts_with(&prefix));
        }
    }

    /// The languages `slug` was last seen in.
    pub fn languages(&self, slug: &str) -> Option<Arc<Vec<String>>> {
        self.languages.lock().ok()?.get(slug).cloned()
    }

    /// Notes the languages `slug` can be read in.
    pub fn remember_languages(&self, slug: &str, languages: Vec<String>) {
        if let Ok(mut known) = self.languages.lock() {
            if known.get(slug).is_none_or(|l| **l != languages) {
                known.insert(slug.to_string(), Arc::new(languages));
            }
        }
    }

    fn kept(&self, key: &str) -> Option<Arc<OpenPage>> {
        self.pages.lock().ok()?.get(key).cloned()
    }

    /// A page checked less than a second ago, with no change made
    /// through this instance since (`changes`), and not stale.
    pub fn fresh(&self, key: &str, now: NaiveDateTime, changes: u64) -> Option<Arc<OpenPage>> {
        let page = self.kept(key)?;
        let checked = *page.checked.lock().ok()?;
        let unchanged = page.seen.load(std::sync::atomic::Ordering::Acquire) == changes;
        if unchanged && checked.elapsed() < CHECK_EVERY && now < page.until {
            return Some(page);
        }
        if page.closes.is_some_and(|d| now >= d) || now >= page.until {
            return None;
        }
        // Stale: the first request refreshes it; the others, for as long
        // as that takes (a few seconds at most), get this copy.
        let mut refreshing = page.refreshing.lock().ok()?;
        match *refreshing {
            Some(since) if since.elapsed() < REFRESH_AT_MOST => Some(page.clone()),
            _ => {
                *refreshing = Some(Instant::now());
                None
            }
        }
    }

    /// The kept page if it is still of this version (and marks it checked
    /// as of `changes`).
    pub fn current(
        &self,
        key: &str,
        version: &Version,
        now: NaiveDateTime,
        changes: u64,
    ) -> Option<Arc<OpenPage>> {
        let page = self.kept(key)?;
        if page.version != *version || now >= page.until {
            return None;
        }
        if let Ok(mut checked) = page.checked.lock() {
            *checked = Instant::now();
        }
        if let Ok(mut refreshing) = page.refreshing.lock() {
            *refreshing = None;
        }
        page.seen
            .store(changes, std::sync::atomic::Ordering::Release);
        Some(page)
    }

    /// Keeps a page rendered with `placeholder` ([`token_placeholder`])
    /// for its token.
    #[allow(clippy::too_many_arguments)]
    pub fn keep(
        &self,
        key: String,
        version: Version,
        s: &Statement,
        now: NaiveDateTime,
        changes: u64,
        body: &[u8],
        placeholder: &str,
    ) -> Arc<OpenPage> {
        let mut until = now + KEEP_AT_MOST;
        if let Some(deadline) = s.deadline.filter(|d| *d < until) {
            until = deadline;
        }
        let parts = split(body, placeholder.as_bytes());
        let last = parts.len() - 1;
        let deflated: Option<Vec<Bytes>> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| deflate(p, i == last))
            .collect();
        let crcs = parts
            .iter()
            .map(|p| {
                let mut h = crc32fast::Hasher::new();
                h.update(p);
                h
            })
            .collect();
        let brotli = match parts.as_slice() {
            [head, tail] if tail.len() <= BROTLI_TAIL_AT_MOST => brotli_head(head),
            _ => None,
        };
        let page = Arc::new(OpenPage {
            brotli_head: brotli,
            deflated: deflated.unwrap_or_default(),
            crcs,
            parts,
            version,
            until,
            closes: s.deadline,
            refreshing: Mutex::new(None),
            checked: Mutex::new(Instant::now()),
            seen: std::sync::atomic::AtomicU64::new(changes),
        });
        if let Ok(mut pages) = self.pages.lock() {
            // Bounded: keys come from requests, though only open
            // statements are kept. Full, the page checked longest ago goes.
            if pages.len() >= 1_000 && !pages.contains_key(&key) {
                let oldest = pages
                    .iter()
                    .min_by_key(|(_, p)| {
                        p.checked
                            .lock()
                            .map(|c| *c)
                            .unwrap_or_else(|_| Instant::now())
                    })
                    .map(|(k, _)| k.clone());
                if let Some(k) = oldest {
                    pages.remove(&k);
                }
            }
            pages.insert(key, page.clone());
        }
        page
    }
}

/// `body` cut at every `marker`.
fn split(body: &[u8], marker: &[u8]) -> Vec<Bytes> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + marker.len() <= body.len() {
        if &body[i..i + marker.len()] == marker {
            parts.push(Bytes::copy_from_slice(&body[start..i]));
            i += marker.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(Bytes::copy_from_slice(&body[start..]));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stitched_brotli_is_the_stitched_page() {
        let head = "<li>Name (Country)</li>".repeat(3000) + "<input value=\"";
        let tail = "\" form=\"sign-form\">\n</body>\n</html>\n";
        let compressed = brotli_head(head.as_bytes()).unwrap();
        assert!(compressed.len() < head.len() / 20, "{}", compressed.len());
        for token in ["x", "a-token-of-some-length_0123456789", &"t".repeat(200)] {
            let body = brotli_stitch(&compressed, token.as_bytes(), tail.as_bytes()).unwrap();
            let mut out = Vec::new();
            brotli::BrotliDecompress(&mut &body[..], &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                format!("{head}{token}{tail}")
            );
        }
        // Too much after the token for one meta-block: no brotli copy.
        assert!(brotli_stitch(&compressed, b"x", &[b'a'; 70_000]).is_none());
    }

    #[test]
    fn stitched_gzip_is_the_stitched_page() {
        use std::io::Read;
        let body = "<li>Name (Country)</li>".repeat(3000)
            + "TOKEN"
            + &"<p>text</p>".repeat(500)
            + "TOKEN"
            + "end";
        let parts = split(body.as_bytes(), b"TOKEN");
        let last = parts.len() - 1;
        let page = OpenPage {
            deflated: parts
                .iter()
                .enumerate()
                .map(|(i, p)| deflate(p, i == last).unwrap())
                .collect(),
            crcs: parts
                .iter()
                .map(|p| {
                    let mut h = crc32fast::Hasher::new();
                    h.update(p);
                    h
                })
                .collect(),
            brotli_head: None,
            parts,
            version: Version {
                statement_changed: NaiveDateTime::default(),
                approved: 0,
                last_approved_change: None,
            },
            until: NaiveDateTime::default(),
            closes: None,
            refreshing: Mutex::new(None),
            checked: Mutex::new(Instant::now()),
            seen: std::sync::atomic::AtomicU64::new(0),
        };
        for token in ["x", "a-token-of-some-length_0123456789", ""] {
            let gz = page.gzip(token.as_bytes());
            let mut out = String::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_string(&mut out)
                .unwrap();
            assert_eq!(out, body.replace("TOKEN", token));
            assert_eq!(stitch(&page.parts, token.as_bytes()), out.as_bytes());
            assert!(
                gz.len() < body.len() / 5,
                "compressed: {} of {}",
                gz.len(),
                body.len()
            );
        }
    }

    #[test]
    fn a_body_is_cut_at_every_marker() {
        let parts = split(b"a<X>bc<X><X>d", b"<X>");
        assert_eq!(parts, vec!["a", "bc", "", "d"]);
        assert_eq!(split(b"none", b"<X>"), vec!["none"]);
    }
}
