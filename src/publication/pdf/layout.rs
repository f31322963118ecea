//! Blocks of text as lines of glyphs placed on A4 pages. cosmic-text
//! shapes the text (Arabic letters joined, right-to-left lines aligned
//! right), breaks it into lines and finds a font for every script: DejaVu
//! from the repository, then the system's (Chinese).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use cosmic_text::{
    fontdb, Align, Attrs, Buffer, CacheKeyFlags, Color, Family, FontSystem, LayoutGlyph, Metrics,
    Shaping, Style as Slant, Weight,
};
use krilla::text::{GlyphId, KrillaGlyph};

use crate::statements::blocks::{Block, Kind, Style};

/// A4, in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 64.0;
const TOP: f32 = 64.0;
/// Where text stops; the footer is below.
const BOTTOM: f32 = PAGE_H - 80.0;
const FOOTER_TOP: f32 = PAGE_H - 56.0;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN_X;
const INDENT: f32 = 20.0;

const INK: [u8; 3] = [27, 31, 36];
const MUTED: [u8; 3] = [74, 83, 96];
const LINK: [u8; 3] = [11, 92, 173];

/// Glyphs of one font, size and colour, set side by side from `x` to
/// `right`.
#[derive(Clone)]
pub struct Run {
    pub font: fontdb::ID,
    pub size: f32,
    pub color: [u8; 3],
    /// Slanted by hand: the font has no italic of its own.
    pub slanted: bool,
    pub x: f32,
    right: f32,
    pub baseline: f32,
    pub glyphs: Vec<KrillaGlyph>,
}

/// One line: its text (the glyphs' ranges point into it), its runs and
/// the boxes of its links.
#[derive(Clone)]
pub struct Line {
    /// Shared by the lines of one paragraph.
    pub text: Arc<str>,
    /// Its paragraph reads right to left.
    pub rtl: bool,
    pub runs: Vec<Run>,
    /// (link index from 1, left, top, right, bottom).
    pub links: Vec<(usize, f32, f32, f32, f32)>,
    /// Lines through struck words: (left, right, height, colour).
    pub struck: Vec<(f32, f32, f32, [u8; 3])>,
}

/// Marks glyphs of struck words in cosmic-text's metadata, beside the
/// link index.
const STRUCK: usize = 1 << 30;

#[derive(Default)]
pub struct Page {
    pub lines: Vec<Line>,
}

/// The font system, kept once (loading the system's fonts takes a while),
/// and each font as the PDF writer holds it.
struct Fonts {
    system: FontSystem,
    pdf: HashMap<fontdb::ID, krilla::text::Font>,
}

fn fonts() -> &'static Mutex<Fonts> {
    static FONTS: OnceLock<Mutex<Fonts>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(include_bytes!("../../../assets/fonts/DejaVuSans.ttf").to_vec());
        db.load_font_data(include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
        db.load_system_fonts();
        db.set_sans_serif_family("DejaVu Sans");
        Mutex::new(Fonts {
            system: FontSystem::new_with_locale_and_db("en".to_string(), db),
            pdf: HashMap::new(),
        })
    })
}

/// The pages and the fonts their glyphs are drawn with.
pub struct Laid {
    pub pages: Vec<Page>,
    pub fonts: HashMap<fontdb::ID, krilla::text::Font>,
}

/// Lays out `blocks` page after page, with `footer` and the page number
/// at the foot of each (on the reader's starting side `rtl`).
pub fn lay_out(blocks: &[Block], footer: &str, rtl: bool) -> Result<Laid, String> {
    // A layout that panicked leaves the fonts as they were: go on with them.
    let mut guard = fonts().lock().unwrap_or_else(|e| e.into_inner());
    let fonts = &mut *guard;
    let mut flow = Flow {
        pages: vec![Page::default()],
        y: TOP,
    };
    let mut previous: Option<Kind> = None;
    for block in blocks {
        let look = look(block.kind);
        match previous {
            // Room between the lines under the title and the text.
            Some(Kind::Byline) if block.kind != Kind::Byline => flow.y += 14.0,
            // A list ends with a paragraph's room.
            Some(Kind::Item) if block.kind != Kind::Item => flow.y += 4.0 + look.before,
            Some(_) => flow.y += look.before,
            None => {}
        }
        if look.keep_with_next && flow.y + look.line + 3.0 * 16.0 > BOTTOM {
            flow.new_page();
        }
        flow.block(
            &mut fonts.system,
            block,
            &look,
            reader_side(block.kind, rtl),
        );
        flow.y += look.after;
        previous = Some(block.kind);
    }
    let total = flow.pages.len();
    let small = Look {
        size: 8.5,
        line: 12.0,
        ..look(Kind::Byline)
    };
    let footer = Block::plain(Kind::Byline, footer);
    let site = first_line(
        &mut fonts.system,
        &footer,
        &small,
        WIDTH - 60.0,
        Some(start_side(rtl)),
    );
    for (i, page) in flow.pages.iter_mut().enumerate() {
        let number = Block::plain(Kind::Byline, &format!("{} / {total}", i + 1));
        let number = first_line(&mut fonts.system, &number, &small, 60.0, None);
        // The site's line on the reader's starting side, the number on
        // the other, against the edge.
        if let Some(line) = &site {
            let x = if rtl { MARGIN_X + 60.0 } else { MARGIN_X };
            page.lines.push(drop_to(shift(line.clone(), x), FOOTER_TOP));
        }
        if let Some(line) = number {
            let x = if rtl {
                MARGIN_X - line_start(&line)
            } else {
                MARGIN_X + WIDTH - line_end(&line)
            };
            page.lines.push(drop_to(shift(line, x), FOOTER_TOP));
        }
    }
    let mut used = HashMap::new();
    for page in &flow.pages {
        for run in page.lines.iter().flat_map(|l| &l.runs) {
            if used.contains_key(&run.font) {
                continue;
            }
            let font = match fonts.pdf.get(&run.font) {
                Some(f) => f.clone(),
                None => match pdf_font(fonts.system.db(), run.font) {
                    Ok(f) => {
                        fonts.pdf.insert(run.font, f.clone());
                        f
                    }
                    // Its few glyphs are left out rather than the PDF.
                    Err(e) => {
                        tracing::warn!(error = %e, "a font is left out of a PDF");
                        continue;
                    }
                },
            };
            used.insert(run.font, font);
        }
    }
    Ok(Laid {
        pages: flow.pages,
        fonts: used,
    })
}

fn pdf_font(db: &fontdb::Database, id: fontdb::ID) -> Result<krilla::text::Font, String> {
    let (source, index) = db.face_source(id).ok_or("a font went missing")?;
    let data: krilla::Data = match source {
        fontdb::Source::Binary(data) => data.into(),
        fontdb::Source::SharedFile(_, data) => data.into(),
        fontdb::Source::File(path) => std::fs::read(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .into(),
    };
    krilla::text::Font::new(data, index).ok_or_else(|| "a font cannot be read".to_string())
}

/// The size, spacing and colour of a kind of block.
#[derive(Clone, Copy)]
struct Look {
    size: f32,
    line: f32,
    before: f32,
    after: f32,
    bold: bool,
    color: [u8; 3],
    /// A heading stays on the page of what follows it.
    keep_with_next: bool,
}

fn look(kind: Kind) -> Look {
    let base = Look {
        size: 11.0,
        line: 16.0,
        before: 0.0,
        after: 8.0,
        bold: false,
        color: INK,
        keep_with_next: false,
    };
    let heading = Look {
        bold: true,
        keep_with_next: true,
        ..base
    };
    match kind {
        Kind::Title => Look {
            size: 20.0,
            line: 26.0,
            after: 8.0,
            ..heading
        },
        Kind::Byline => Look {
            size: 10.0,
            line: 14.0,
            after: 2.0,
            color: MUTED,
            ..base
        },
        Kind::Heading(1) => Look {
            size: 15.0,
            line: 20.0,
            before: 10.0,
            after: 4.0,
            ..heading
        },
        Kind::Heading(2) => Look {
            size: 13.0,
            line: 18.0,
            before: 8.0,
            after: 4.0,
            ..heading
        },
        Kind::Heading(_) => Look {
            before: 6.0,
            after: 2.0,
            ..heading
        },
        Kind::Paragraph => base,
        Kind::Quote => Look {
            color: MUTED,
            ..base
        },
        Kind::Item => Look { after: 4.0, ..base },
        Kind::ListHeading => Look {
            size: 14.0,
            line: 19.0,
            before: 16.0,
            after: 6.0,
            ..heading
        },
        Kind::GroupLabel => Look {
            size: 11.5,
            before: 8.0,
            after: 2.0,
            ..heading
        },
        Kind::Entries => Look {
            size: 10.5,
            line: 15.0,
            after: 0.0,
            ..base
        },
    }
}

/// Where a block's lines align: the list follows the reader's language
/// (as the print view's), the statement's own text the way its script
/// runs (None: each line by its own direction).
fn reader_side(kind: Kind, rtl: bool) -> Option<Align> {
    match kind {
        Kind::ListHeading | Kind::GroupLabel | Kind::Entries => Some(start_side(rtl)),
        _ => None,
    }
}

fn start_side(rtl: bool) -> Align {
    if rtl {
        Align::Right
    } else {
        Align::Left
    }
}

/// Pages so far and the height reached on the last.
struct Flow {
    pages: Vec<Page>,
    y: f32,
}

impl Flow {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    fn block(&mut self, system: &mut FontSystem, block: &Block, look: &Look, align: Option<Align>) {
        let indent = f32::from(block.depth) * INDENT;
        let lines = place(system, block, look, WIDTH - indent, align);
        // The indent is on the side the text starts from.
        let rtl = lines.first().is_some_and(|(l, _)| l.rtl);
        let x = if rtl { MARGIN_X } else { MARGIN_X + indent };
        for (i, (line, height)) in lines.into_iter().enumerate() {
            let page_empty = self.pages.last().is_some_and(|p| p.lines.is_empty());
            if self.y + height > BOTTOM && !page_empty {
                self.new_page();
            }
            let line = drop_to(shift(line, x), self.y);
            if i == 0 {
                if let Some(marker) = &block.marker {
                    let at = if rtl {
                        x + WIDTH - indent + 6.0
                    } else {
                        x - 6.0
                    };
                    self.marker(system, marker, look, &line, rtl, at);
                }
            }
            if let Some(page) = self.pages.last_mut() {
                page.lines.push(line);
            }
            self.y += height;
        }
    }

    /// A list item's bullet or number beside its first line, from `at`
    /// outwards.
    fn marker(
        &mut self,
        system: &mut FontSystem,
        marker: &str,
        look: &Look,
        first: &Line,
        rtl: bool,
        at: f32,
    ) {
        let marker = Block::plain(Kind::Item, marker);
        // Wide enough for any number ("1948."), never wrapped.
        let Some(line) = first_line(system, &marker, look, MARGIN_X, None) else {
            return;
        };
        let x = if rtl {
            at - line_start(&line)
        } else {
            at - line_end(&line)
        };
        let baseline = first.runs.first().map_or(0.0, |r| r.baseline);
        let own = line.runs.first().map_or(0.0, |r| r.baseline);
        let line = drop_to(shift(line, x), baseline - own);
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(line);
        }
    }
}

fn shift(mut line: Line, dx: f32) -> Line {
    for r in &mut line.runs {
        r.x += dx;
        r.right += dx;
    }
    for l in &mut line.links {
        l.1 += dx;
        l.3 += dx;
    }
    for s in &mut line.struck {
        s.0 += dx;
        s.1 += dx;
    }
    line
}

fn drop_to(mut line: Line, dy: f32) -> Line {
    for r in &mut line.runs {
        r.baseline += dy;
    }
    for l in &mut line.links {
        l.2 += dy;
        l.4 += dy;
    }
    for s in &mut line.struck {
        s.2 += dy;
    }
    line
}

/// Where a line's ink starts and ends.
fn line_start(line: &Line) -> f32 {
    line.runs.iter().map(|r| r.x).fold(f32::MAX, f32::min)
}

fn line_end(line: &Line) -> f32 {
    line.runs.iter().map(|r| r.right).fold(0.0, f32::max)
}

/// Lays out one block in `width`, from the left edge 0; returns each
/// line, placed from its own top at 0, and its height.
fn place(
    system: &mut FontSystem,
    block: &Block,
    look: &Look,
    width: f32,
    align: Option<Align>,
) -> Vec<(Line, f32)> {
    let mut buffer = Buffer::new(system, Metrics::new(look.size, look.line));
    buffer.set_size(Some(width), None);
    let default = attrs(look, Style::default());
    let spans = block
        .spans
        .iter()
        .map(|s| (s.text.as_str(), attrs(look, s.style)));
    buffer.set_rich_text(spans, &default, Shaping::Advanced, align);
    buffer.shape_until_scroll(system, false);
    let mut text: Option<(usize, Arc<str>)> = None;
    buffer
        .layout_runs()
        .map(|run| {
            let shared = match &text {
                Some((i, t)) if *i == run.line_i => t.clone(),
                _ => {
                    let t: Arc<str> = Arc::from(run.text);
                    text = Some((run.line_i, t.clone()));
                    t
                }
            };
            let baseline = run.line_y - run.line_top;
            let line = Line {
                text: shared,
                rtl: run.rtl,
                runs: runs(run.glyphs, baseline),
                links: links(run.glyphs, run.line_height),
                struck: struck(run.glyphs, baseline),
            };
            (line, run.line_height)
        })
        .collect()
}

/// The first line of `block`: a page's foot, a list marker.
fn first_line(
    system: &mut FontSystem,
    block: &Block,
    look: &Look,
    width: f32,
    align: Option<Align>,
) -> Option<Line> {
    place(system, block, look, width, align)
        .into_iter()
        .next()
        .map(|(line, _)| line)
}

fn attrs(look: &Look, style: Style) -> Attrs<'static> {
    let color = if style.link > 0 { LINK } else { look.color };
    Attrs::new()
        .family(Family::SansSerif)
        .weight(if look.bold || style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        })
        .style(if style.italic {
            Slant::Italic
        } else {
            Slant::Normal
        })
        .color(Color::rgb(color[0], color[1], color[2]))
        .metadata(style.link | if style.struck { STRUCK } else { 0 })
}

/// Which end of a stretch of a line a glyph was added to.
enum End {
    Right,
    Left,
}

/// Widens `left..right` to take in glyph `g` when it touches either end
/// (left to right glyphs follow, right to left ones come before).
fn widen(left: &mut f32, right: &mut f32, g: &LayoutGlyph) -> Option<End> {
    if (g.x - *right).abs() < 0.01 {
        *right = g.x + g.w;
        Some(End::Right)
    } else if (g.x + g.w - *left).abs() < 0.01 {
        *left = g.x;
        Some(End::Left)
    } else {
        None
    }
}

/// Consecutive glyphs of one font, size and colour that sit side by side
/// make one run.
fn runs(glyphs: &[LayoutGlyph], baseline: f32) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for g in glyphs {
        let color = g.color_opt.map_or(INK, |c| [c.r(), c.g(), c.b()]);
        let slanted = g.cache_key_flags.contains(CacheKeyFlags::FAKE_ITALIC);
        let glyph = KrillaGlyph::new(
            GlyphId::new(u32::from(g.glyph_id)),
            g.w / g.font_size,
            g.x_offset,
            g.y_offset,
            0.0,
            g.start..g.end,
            None,
        );
        let baseline = baseline + g.y;
        let same = |r: &Run| {
            r.font == g.font_id
                && r.size == g.font_size
                && r.color == color
                && r.slanted == slanted
                && r.baseline == baseline
        };
        let joined = match runs.last_mut() {
            Some(r) if same(r) => widen(&mut r.x, &mut r.right, g).map(|end| (r, end)),
            _ => None,
        };
        match joined {
            Some((r, End::Right)) => r.glyphs.push(glyph),
            Some((r, End::Left)) => r.glyphs.insert(0, glyph),
            None => runs.push(Run {
                font: g.font_id,
                size: g.font_size,
                color,
                slanted,
                x: g.x,
                right: g.x + g.w,
                baseline,
                glyphs: vec![glyph],
            }),
        }
    }
    runs
}

/// The boxes of a line's links: glyphs of the same link side by side.
fn links(glyphs: &[LayoutGlyph], height: f32) -> Vec<(usize, f32, f32, f32, f32)> {
    let mut boxes: Vec<(usize, f32, f32, f32, f32)> = Vec::new();
    for g in glyphs {
        let link = g.metadata & !STRUCK;
        if link == 0 {
            continue;
        }
        let widened = match boxes.last_mut() {
            Some(b) if b.0 == link => widen(&mut b.1, &mut b.3, g).is_some(),
            _ => false,
        };
        if !widened {
            boxes.push((link, g.x, 0.0, g.x + g.w, height));
        }
    }
    boxes
}

/// The lines through struck words: a third of the size above the
/// baseline, in the words' colour.
fn struck(glyphs: &[LayoutGlyph], baseline: f32) -> Vec<(f32, f32, f32, [u8; 3])> {
    let mut lines: Vec<(f32, f32, f32, [u8; 3])> = Vec::new();
    for g in glyphs.iter().filter(|g| g.metadata & STRUCK != 0) {
        let color = g.color_opt.map_or(INK, |c| [c.r(), c.g(), c.b()]);
        let y = baseline + g.y - g.font_size * 0.3;
        let widened = lines
            .last_mut()
            .is_some_and(|l| widen(&mut l.0, &mut l.1, g).is_some());
        if !widened {
            lines.push((g.x, g.x + g.w, y, color));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a paragraph of `block`, the page's width.
    fn paragraph(block: &Block) -> Vec<(Line, f32)> {
        let mut fonts = fonts().lock().unwrap();
        place(
            &mut fonts.system,
            block,
            &look(Kind::Paragraph),
            WIDTH,
            None,
        )
    }

    fn one_line(text: &str) -> Line {
        let mut lines = paragraph(&Block::plain(Kind::Paragraph, text));
        assert_eq!(lines.len(), 1, "{text}");
        lines.remove(0).0
    }

    fn glyphs(line: &Line) -> Vec<u32> {
        line.runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.glyph_id.to_u32()))
            .collect()
    }

    #[test]
    fn arabic_letters_are_joined_and_the_line_ends_on_the_right() {
        let word = "تضامن";
        let joined = glyphs(&one_line(word));
        let alone: Vec<u32> = word
            .chars()
            .flat_map(|c| glyphs(&one_line(&c.to_string())))
            .collect();
        assert_eq!(joined.len(), alone.len());
        // Joined letters take their initial, medial and final forms.
        let mut alone_visual = alone.clone();
        alone_visual.reverse();
        assert_ne!(joined, alone, "shaped");
        assert_ne!(joined, alone_visual, "shaped");
        assert!(!joined.contains(&0), "no missing glyph");
        // Lam and alef make one ligature.
        assert_eq!(glyphs(&one_line("سلام")).len(), 3);
        let line = one_line("تضامن مع المدافعين");
        assert!(line.rtl);
        // One run of text, not a run a glyph.
        assert_eq!(line.runs.len(), 1);
        assert!((line_end(&line) - WIDTH).abs() < 1.0, "{}", line_end(&line));
        assert!(line_start(&line) > WIDTH / 2.0);
    }

    #[test]
    fn struck_words_get_a_line_through_them_only() {
        let mut links = Vec::new();
        let block =
            crate::statements::blocks::from_markdown("kept ~~gone~~ kept", &mut links).remove(0);
        let lines = paragraph(&block);
        let line = &lines[0].0;
        assert_eq!(line.struck.len(), 1);
        let (left, right, _, _) = line.struck[0];
        assert!(
            left > 10.0 && right < line_end(line) - 10.0,
            "{left}..{right}"
        );
    }

    #[test]
    fn latin_lines_start_on_the_left_and_wrap() {
        let line = one_line("We stand in solidarity");
        assert!(!line.rtl);
        assert!(line_start(&line) < 1.0);
        let long = "word ".repeat(80);
        let lines = paragraph(&Block::plain(Kind::Paragraph, &long));
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|(l, _)| line_end(l) <= WIDTH + 0.5));
        // A word longer than the line (an address) is broken, not cut off.
        let url = format!("https://example.org/{}", "a".repeat(300));
        let lines = paragraph(&Block::plain(Kind::Paragraph, &url));
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|(l, _)| line_end(l) <= WIDTH + 0.5));
    }

    #[test]
    fn chinese_is_drawn_from_a_font_that_has_it() {
        let has_cjk = {
            let fonts = fonts().lock().unwrap();
            let found = fonts.system.db().faces().any(|f| {
                f.families.iter().any(|(name, _)| {
                    [
                        "WenQuanYi",
                        "Noto Sans CJK",
                        "Noto Serif CJK",
                        "Source Han",
                        "Droid Sans Fallback",
                    ]
                    .iter()
                    .any(|known| name.contains(known))
                })
            });
            found
        };
        if !has_cjk {
            eprintln!(
                "SKIPPED chinese_is_drawn_from_a_font_that_has_it: no Chinese font on this system"
            );
            return;
        }
        let line = one_line("团结一致");
        let ids = glyphs(&line);
        assert_eq!(ids.len(), 4);
        assert!(!ids.contains(&0), "no missing glyph: {ids:?}");
    }
}
