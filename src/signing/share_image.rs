//! The image link previews show (Open Graph, 1200 × 630 PNG): the
//! statement's title, who organises it and how many signed. Drawn from
//! SVG with resvg, kept in memory per statement until its text or count
//! changes, so a burst of previews costs one drawing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use resvg::{tiny_skia, usvg};

use crate::error::AppError;
use crate::state::AppState;
use crate::web::page::Page;

const W: u32 = 1200;
const H: u32 = 630;
/// Statements whose image is kept; the oldest goes first.
const KEPT: usize = 256;

/// The fonts: DejaVu Sans from the repository (the same drawing on every
/// machine), then the system's, for scripts DejaVu lacks (CJK).
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans.ttf").to_vec());
            db.load_font_data(include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
            db.load_system_fonts();
            db.set_sans_serif_family("DejaVu Sans");
            Arc::new(db)
        })
        .clone()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `text` in lines of at most `width` characters, at most `lines` of
/// them (the last ending in "…" when cut). Wide (CJK) characters count
/// twice.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let wide =
        |c: char| ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ac00}'..='\u{d7af}').contains(&c);
    let size = |s: &str| {
        s.chars()
            .map(|c| if wide(c) { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    // Words, and each wide character on its own (CJK breaks anywhere).
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if word.chars().any(wide) {
            words.extend(word.chars().map(String::from));
        } else {
            words.push(word.to_string());
        }
    }
    for word in words {
        let joined =
            if line.is_empty() || word.chars().all(wide) && line.chars().last().is_some_and(wide) {
                format!("{line}{word}")
            } else {
                format!("{line} {word}")
            };
        if size(&joined) <= width || line.is_empty() {
            line = joined;
        } else {
            out.push(std::mem::take(&mut line));
            line = word;
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            let kept: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    out
}

/// The picture, as SVG.
fn svg(title: &str, organiser: &str, count: &str, site: &str, accent: &str, rtl: bool) -> String {
    let (x, anchor) = if rtl { (1120, "end") } else { (80, "start") };
    let mut body = String::new();
    for (i, line) in wrap(title, 28, 4).iter().enumerate() {
        body.push_str(&format!(
            r##"<text x="{x}" y="{}" font-size="64" font-weight="bold" fill="#1b1f24" text-anchor="{anchor}">{}</text>"##,
            150 + i * 78,
            escape(line)
        ));
    }
    if let Some(line) = wrap(organiser, 48, 1).first() {
        body.push_str(&format!(
            r##"<text x="{x}" y="480" font-size="36" fill="#4a5360" text-anchor="{anchor}">{}</text>"##,
            escape(line)
        ));
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="DejaVu Sans, sans-serif">
<rect width="{W}" height="{H}" fill="#ffffff"/>
<rect width="{W}" height="16" fill="{accent}"/>
{body}
<rect x="0" y="530" width="{W}" height="100" fill="{accent}"/>
<text x="{x}" y="595" font-size="40" font-weight="bold" fill="#ffffff" text-anchor="{anchor}">{}</text>
<text x="{}" y="595" font-size="30" fill="#ffffff" text-anchor="{}">{}</text>
</svg>"##,
        escape(count),
        if rtl { 80 } else { 1120 },
        if rtl { "start" } else { "end" },
        escape(site),
    )
}

fn draw(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(W, H).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// An image drawn: the SVG it shows, and the PNG.
type Drawn = (String, Arc<Vec<u8>>);

/// Images drawn, by statement.
#[derive(Default)]
pub struct ShareImages {
    kept: Mutex<HashMap<String, Drawn>>,
}

/// `GET /s/{slug}/share.png`.
pub async fn image(
    state: web::Data<AppState>,
    images: web::Data<ShareImages>,
    page: Page,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let (statement, count) = state
        .db(move |conn| {
            let s = crate::statements::queries::find_by_slug(conn, &slug)?
                .filter(|s| s.is_public(crate::db::now()))
                .ok_or(AppError::NotFound)?;
            let count = super::open_page::version(conn, &s)?.approved();
            Ok((s, count))
        })
        .await?;
    // In the statement's own language: the preview travels to its readers.
    let lang = crate::i18n::supported(&statement.language).unwrap_or(page.lang());
    let count_text = crate::i18n::t_vars(
        lang,
        "public-count-closed",
        &[("n", crate::i18n::Var::Num(count))],
    );
    let site = state.brand.name.clone();
    let accent = state
        .brand
        .accent
        .clone()
        .unwrap_or_else(|| crate::state::DEFAULT_ACCENT.into());
    let picture = svg(
        &statement.title,
        &statement.organiser,
        &count_text,
        &site,
        &accent,
        crate::i18n::direction(&statement.language) == "rtl",
    );
    let kept = images.kept.lock().ok().and_then(|k| {
        k.get(&statement.id)
            .filter(|(s, _)| *s == picture)
            .map(|(_, png)| png.clone())
    });
    let png = match kept {
        Some(png) => png,
        None => {
            let source = picture.clone();
            let png = web::block(move || draw(&source))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?
                .map_err(AppError::Internal)?;
            let png = Arc::new(png);
            if let Ok(mut k) = images.kept.lock() {
                if k.len() >= KEPT {
                    k.clear();
                }
                k.insert(statement.id.clone(), (picture, png.clone()));
            }
            png
        }
    };
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "image/png"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(png.as_ref().clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_and_stop() {
        assert_eq!(
            wrap("Solidarity with the lawyers of Xiamen", 20, 4),
            ["Solidarity with the", "lawyers of Xiamen"]
        );
        let long = wrap(&"word ".repeat(100), 20, 2);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
        assert_eq!(wrap("声援厦门律师", 4, 4), ["声援", "厦门", "律师"]);
    }

    #[test]
    fn a_picture_is_drawn() {
        let png = draw(&svg(
            "Solidarity <&> with",
            "Coalition",
            "34 signatures",
            "undersigned",
            "#1d3557",
            false,
        ))
        .unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // Width and height in the IHDR chunk.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), W);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), H);
    }
}
