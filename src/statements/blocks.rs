//! A statement's Markdown as blocks of styled text: what the PDF lays out
//! and the plain-text email shows (the print view's content, without raw
//! HTML).

use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

/// How a block looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Title,
    /// The lines under the title: organiser, date, address.
    Byline,
    Heading(u8),
    Paragraph,
    Quote,
    Item,
    /// The list's count ("Thirty-three organisations").
    ListHeading,
    /// A group's label (a country, a kind of signer).
    GroupLabel,
    /// Signatories, one per line.
    Entries,
}

/// The style of a stretch of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    /// Index (from 1) in the document's links; 0 for none.
    pub link: usize,
    /// Struck through: words the text shows as deleted.
    pub struck: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: Kind,
    pub spans: Vec<Span>,
    /// Nesting of lists and quotes, for the indent.
    pub depth: u8,
    /// "•" or "3." before a list item.
    pub marker: Option<String>,
}

impl Block {
    pub fn plain(kind: Kind, text: &str) -> Block {
        Block::styled(kind, text, Style::default())
    }

    pub fn styled(kind: Kind, text: &str, style: Style) -> Block {
        Block {
            kind,
            spans: vec![Span {
                text: text.to_string(),
                style,
            }],
            depth: 0,
            marker: None,
        }
    }

    fn is_empty(&self) -> bool {
        self.spans.iter().all(|s| s.text.trim().is_empty())
    }
}

/// The deepest indent of a block.
const MAX_DEPTH: u8 = 6;

/// Reads Markdown into blocks; link targets are pushed onto `links`.
pub fn from_markdown(source: &str, links: &mut Vec<String>) -> Vec<Block> {
    let mut r = Reader {
        blocks: Vec::new(),
        current: None,
        bold: 0,
        italic: 0,
        struck: 0,
        link: 0,
        html: None,
        lists: Vec::new(),
        quotes: 0,
        cells: 0,
    };
    for event in Parser::new_ext(source, super::markdown::options()) {
        r.event(event, links);
    }
    r.flush();
    r.blocks
}

struct Reader {
    blocks: Vec<Block>,
    current: Option<Block>,
    bold: u32,
    italic: u32,
    struck: u32,
    link: usize,
    /// The source of the HTML block being read.
    html: Option<String>,
    /// The next number of each open list (None: bullets).
    lists: Vec<Option<u64>>,
    quotes: u8,
    /// Cells so far in the table row.
    cells: u32,
}

impl Reader {
    fn depth(&self) -> u8 {
        // Deeper nesting is drawn at this depth: the text keeps its width.
        u8::try_from(self.lists.len())
            .unwrap_or(MAX_DEPTH)
            .saturating_add(self.quotes)
            .min(MAX_DEPTH)
    }

    fn begin(&mut self, kind: Kind, marker: Option<String>) {
        self.flush();
        let kind = if kind == Kind::Paragraph && self.quotes > 0 {
            Kind::Quote
        } else {
            kind
        };
        self.current = Some(Block {
            kind,
            spans: Vec::new(),
            depth: self.depth(),
            marker,
        });
    }

    fn flush(&mut self) {
        if let Some(b) = self.current.take() {
            if !b.is_empty() {
                self.blocks.push(b);
            }
        }
    }

    fn push(&mut self, text: &str) {
        if self.current.is_none() {
            self.begin(Kind::Paragraph, None);
        }
        let style = Style {
            bold: self.bold > 0,
            italic: self.italic > 0,
            link: self.link,
            struck: self.struck > 0,
        };
        if let Some(b) = self.current.as_mut() {
            match b.spans.last_mut() {
                Some(last) if last.style == style => last.text.push_str(text),
                _ => b.spans.push(Span {
                    text: text.to_string(),
                    style,
                }),
            }
        }
    }

    fn event(&mut self, event: Event<'_>, links: &mut Vec<String>) {
        match event {
            Event::Start(tag) => self.start(tag, links),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.push(&t),
            Event::SoftBreak => self.push(" "),
            Event::HardBreak => self.push("\n"),
            Event::FootnoteReference(label) => self.push(&format!("[{label}]")),
            Event::Rule => self.flush(),
            Event::Html(h) => {
                if let Some(html) = self.html.as_mut() {
                    html.push_str(&h);
                }
            }
            // Inline tags go (their words come as text); math and task
            // markers are not enabled.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, links: &mut Vec<String>) {
        match tag {
            Tag::Paragraph => {
                // The first paragraph of a list item is the item itself.
                let in_fresh_item = self
                    .current
                    .as_ref()
                    .is_some_and(|b| b.kind == Kind::Item && b.is_empty());
                if !in_fresh_item {
                    self.begin(Kind::Paragraph, None);
                }
            }
            Tag::Heading { level, .. } => self.begin(Kind::Heading(heading(level)), None),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_add(1);
            }
            Tag::CodeBlock(_) => self.begin(Kind::Paragraph, None),
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    _ => "•".to_string(),
                };
                self.begin(Kind::Item, Some(marker));
            }
            Tag::FootnoteDefinition(label) => {
                self.begin(Kind::Paragraph, None);
                self.push(&format!("[{label}] "));
            }
            Tag::TableRow | Tag::TableHead => {
                self.begin(Kind::Paragraph, None);
                self.cells = 0;
            }
            Tag::TableCell => {
                if self.cells > 0 {
                    self.push(" · ");
                }
                self.cells += 1;
            }
            Tag::HtmlBlock => {
                self.flush();
                self.html = Some(String::new());
            }
            Tag::Strikethrough => self.struck += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                if let Some(target) = target(link_type, &dest_url) {
                    links.push(target);
                    self.link = links.len();
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::TableRow
            | TagEnd::TableHead => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::HtmlBlock => {
                // Its words stay, as on the page (which keeps the text
                // of tags it removes), without scripts and styles.
                if let Some(html) = self.html.take() {
                    let text = text_of_html(&html);
                    if !text.is_empty() {
                        self.begin(Kind::Paragraph, None);
                        self.push(&text);
                        self.flush();
                    }
                }
            }
            TagEnd::Strikethrough => self.struck = self.struck.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link => self.link = 0,
            _ => {}
        }
    }
}

/// The text as plain text, for email: blocks a blank line apart (items of
/// a list a line apart, with their markers), quotes marked `>`, each
/// link followed by its address.
pub fn plain_text(source: &str) -> String {
    let mut links = Vec::new();
    let blocks = from_markdown(source, &mut links);
    let mut out = String::with_capacity(source.len());
    let mut previous = None;
    for b in &blocks {
        if let Some(p) = previous {
            let same_list = p == Kind::Item && b.kind == Kind::Item;
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        match (&b.marker, b.kind) {
            (Some(marker), _) => {
                let nesting = usize::from(b.depth.saturating_sub(1));
                out.push_str(&"   ".repeat(nesting));
                out.push_str(marker);
                out.push(' ');
            }
            (None, Kind::Quote) => out.push_str("> "),
            _ => {}
        }
        let mut link_text = String::new();
        for (i, span) in b.spans.iter().enumerate() {
            if span.style.struck {
                out.push_str(&format!("~~{}~~", span.text));
            } else {
                out.push_str(&span.text);
            }
            if span.style.link == 0 {
                continue;
            }
            link_text.push_str(&span.text);
            let ends = b
                .spans
                .get(i + 1)
                .is_none_or(|n| n.style.link != span.style.link);
            if ends {
                if let Some(url) = links.get(span.style.link - 1) {
                    if link_text.trim() != url.trim_start_matches("mailto:") {
                        out.push_str(&format!(" <{url}>"));
                    }
                }
                link_text.clear();
            }
        }
        previous = Some(b.kind);
    }
    out
}

/// The words of an HTML fragment, in one line.
fn text_of_html(html: &str) -> String {
    let cleaned = ammonia::Builder::empty()
        .clean_content_tags(["script", "style"].into_iter().collect())
        .clean(html)
        .to_string();
    let text = cleaned
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a link opens from the PDF: addresses on the web or for email,
/// as on the page; the words of any other link stay, inert.
fn target(link_type: LinkType, url: &str) -> Option<String> {
    if link_type == LinkType::Email {
        return Some(format!("mailto:{url}"));
    }
    let lower = url.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        .then(|| url.to_string())
}

fn heading(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<(Kind, String)> {
        blocks
            .iter()
            .map(|b| {
                let text: String = b.spans.iter().map(|s| s.text.as_str()).collect();
                (b.kind, text)
            })
            .collect()
    }

    #[test]
    fn paragraphs_headings_and_lists_become_blocks() {
        let mut links = Vec::new();
        let blocks = from_markdown(
            "# We stand\n\nFirst *line*\nsame paragraph.\n\n1. one\n2. two\n\n> quoted\n\n<script>x</script>\n",
            &mut links,
        );
        assert_eq!(
            texts(&blocks),
            vec![
                (Kind::Heading(1), "We stand".to_string()),
                (Kind::Paragraph, "First line same paragraph.".to_string()),
                (Kind::Item, "one".to_string()),
                (Kind::Item, "two".to_string()),
                (Kind::Quote, "quoted".to_string()),
            ]
        );
        assert_eq!(blocks[2].marker.as_deref(), Some("1."));
        assert_eq!(blocks[3].marker.as_deref(), Some("2."));
        assert!(blocks[1].spans[1].style.italic);
    }

    #[test]
    fn plain_text_keeps_the_words_not_the_marks() {
        let text = plain_text(
            "# We stand\n\nWith [the lawyers](https://example.org/x) and **their families**.\n\n- one\n- two\n  - nested\n\n> quoted\n\n<https://example.org/y>",
        );
        assert_eq!(
            text,
            "We stand\n\nWith the lawyers <https://example.org/x> and their families.\n\n• one\n• two\n   • nested\n\n> quoted\n\nhttps://example.org/y"
        );
    }

    #[test]
    fn html_blocks_keep_their_words_and_struck_words_stay_marked() {
        let text = plain_text(
            "<div dir=\"rtl\">\nنص &amp; <b>كلام</b>\n</div>\n\n<script>\nalert(1)\n</script>\n\nNot ~~deleted~~ here. Write to <info@example.org>.",
        );
        assert_eq!(
            text,
            "نص & كلام\n\nNot ~~deleted~~ here. Write to info@example.org."
        );
    }

    #[test]
    fn deep_nesting_keeps_a_bounded_indent() {
        let mut links = Vec::new();
        let deep = format!("{}text", "> ".repeat(40));
        let blocks = from_markdown(&deep, &mut links);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].depth <= MAX_DEPTH);
    }

    #[test]
    fn links_are_numbered_and_styled() {
        let mut links = Vec::new();
        let blocks = from_markdown(
            "See [the call](https://example.org/call) **now**.",
            &mut links,
        );
        assert_eq!(links, vec!["https://example.org/call".to_string()]);
        let spans = &blocks[0].spans;
        assert_eq!(spans[1].text, "the call");
        assert_eq!(spans[1].style.link, 1);
        assert_eq!(spans[2].style.link, 0);
        assert!(spans[3].style.bold);
    }
}
