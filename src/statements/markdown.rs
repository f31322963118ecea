//! Statement bodies are Markdown; the HTML is sanitised before display.

use pulldown_cmark::{html, Event, Options, Parser};

/// Elements nested deeper than this lose their tags (their text stays): no
/// statement needs more, and deeper trees cost the sanitiser and browsers
/// time that grows faster than the text.
pub const MAX_DEPTH: usize = 24;

/// What statement bodies may use beyond CommonMark.
pub fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options
}

/// Markdown to safe HTML: no scripts, styles, event handlers or frames,
/// links get `rel="noopener noreferrer"`, nesting bounded by [`MAX_DEPTH`].
pub fn to_safe_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    let mut depth = 0usize;
    let bounded = Parser::new_ext(markdown, options()).filter(|event| match event {
        Event::Start(_) => {
            depth += 1;
            depth <= MAX_DEPTH
        }
        Event::End(_) => {
            depth = depth.saturating_sub(1);
            depth < MAX_DEPTH
        }
        _ => true,
    });
    html::push_html(&mut raw, bounded);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown_and_strips_dangerous_html() {
        let out = to_safe_html("# Title\n\nWe **stand** with <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert!(out.contains("<h1>Title</h1>"));
        assert!(out.contains("<strong>stand</strong>"));
        assert!(!out.contains("<script"));
        assert!(!out.contains("javascript:"));
        assert!(!out.contains("onerror"));
    }

    #[test]
    fn nesting_is_bounded_and_the_text_kept() {
        let deep = format!("{}deep text", ">".repeat(59_000));
        let out = to_safe_html(&deep);
        assert_eq!(out.matches("<blockquote>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</blockquote>").count(), MAX_DEPTH);
        assert!(out.contains("deep text"));
        let shallow = to_safe_html("> > quoted twice");
        assert_eq!(shallow.matches("<blockquote>").count(), 2);
    }
}
