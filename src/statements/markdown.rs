//! Statement bodies are Markdown; the HTML is sanitised before display.

use pulldown_cmark::{html, Options, Parser};

/// Markdown to safe HTML: no scripts, styles, event handlers or frames,
/// links get `rel="noopener noreferrer"`.
pub fn to_safe_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
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
}
