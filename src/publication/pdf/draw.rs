//! Laid-out pages written as a PDF: fonts embedded as subsets, text kept
//! as text (it can be searched and copied), links clickable.

use krilla::action::LinkAction;
use krilla::annotation::{LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::Document;

use super::layout::{Laid, Line, PAGE_H, PAGE_W};

/// The slant of a hand-made italic: tan(12°).
const SLANT: f32 = 0.2126;

pub struct Info<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    pub creator: &'a str,
    pub links: &'a [String],
}

fn fill(surface: &mut Surface<'_>, [r, g, b]: [u8; 3]) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        ..Fill::default()
    }));
}

/// A line's glyphs, then the lines through its struck words.
fn draw_line(surface: &mut Surface<'_>, line: &Line, laid: &Laid) {
    for run in &line.runs {
        let Some(font) = laid.fonts.get(&run.font) else {
            continue;
        };
        fill(surface, run.color);
        if run.slanted {
            surface.push_transform(&Transform::from_row(
                1.0,
                0.0,
                -SLANT,
                1.0,
                SLANT * run.baseline,
                0.0,
            ));
        }
        surface.draw_glyphs(
            Point::from_xy(run.x, run.baseline),
            &run.glyphs,
            font.clone(),
            &line.text,
            run.size,
            false,
        );
        if run.slanted {
            surface.pop();
        }
    }
    for &(left, right, y, color) in &line.struck {
        let Some(rect) = Rect::from_ltrb(left, y - 0.35, right, y + 0.35) else {
            continue;
        };
        let mut path = PathBuilder::new();
        path.push_rect(rect);
        if let Some(path) = path.finish() {
            fill(surface, color);
            surface.draw_path(&path);
        }
    }
}

pub fn write(laid: &Laid, info: &Info<'_>) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    let size = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
    for page in &laid.pages {
        let mut p = document.start_page_with(size.clone());
        let mut surface = p.surface();
        for line in &page.lines {
            draw_line(&mut surface, line, laid);
        }
        surface.finish();
        for line in &page.lines {
            for &(link, left, top, right, bottom) in &line.links {
                let (Some(uri), Some(rect)) = (
                    info.links.get(link - 1),
                    Rect::from_ltrb(left, top, right, bottom),
                ) else {
                    continue;
                };
                let action = LinkAction::new(uri.clone());
                p.add_annotation(LinkAnnotation::new(rect, Target::Action(action.into())).into());
            }
        }
        p.finish();
    }
    document.set_metadata(
        Metadata::new()
            .title(info.title.to_string())
            .language(info.lang.to_string())
            .creator(info.creator.to_string()),
    );
    document.finish().map_err(|e| format!("{e:?}"))
}
