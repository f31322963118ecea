//! The final statement as a PDF, attached to the messages that circulate
//! it: what the print view shows (title, byline, text and list) on A4
//! pages, in any of the site's scripts.

mod draw;
mod layout;

use crate::statements::blocks::{self, Block, Kind, Style};

use crate::error::AppError;
use crate::i18n;
use crate::publication::final_list::FinalList;

/// What the PDF shows.
pub struct Statement<'a> {
    /// The reader's language: the list's words and which side the
    /// footer starts from.
    pub lang: &'a str,
    /// The language of the text shown (the version read).
    pub text_lang: &'a str,
    pub title: &'a str,
    /// Lines under the title: organiser, publication date.
    pub byline: Vec<String>,
    /// The published page.
    pub url: &'a str,
    /// The text, in Markdown.
    pub body: &'a str,
    pub list: Option<&'a FinalList>,
    /// The site's name and footer line, at the foot of every page.
    pub footer: &'a str,
    pub site_name: &'a str,
}

pub fn render(s: &Statement<'_>) -> Result<Vec<u8>, AppError> {
    let mut links = vec![s.url.to_string()];
    let mut content = vec![Block::plain(Kind::Title, s.title)];
    content.extend(s.byline.iter().map(|l| Block::plain(Kind::Byline, l)));
    let url = Style {
        link: 1,
        ..Style::default()
    };
    content.push(Block::styled(Kind::Byline, s.url, url));
    content.extend(blocks::from_markdown(s.body, &mut links));
    if let Some(list) = s.list {
        content.push(Block::plain(Kind::ListHeading, &list.count_text));
        for group in &list.groups {
            if let Some(label) = &group.label {
                content.push(Block::plain(Kind::GroupLabel, label));
            }
            let entries: Vec<&str> = group.entries.iter().map(|e| e.display.as_str()).collect();
            content.push(Block::plain(Kind::Entries, &entries.join("\n")));
        }
        if let Some(anonymous) = &list.anonymous_text {
            content.push(Block::plain(Kind::Paragraph, anonymous));
        }
    }
    let rtl = i18n::direction(s.lang) == "rtl";
    let laid = layout::lay_out(&content, s.footer, rtl).map_err(AppError::internal)?;
    let info = draw::Info {
        title: s.title,
        lang: s.text_lang,
        creator: s.site_name,
        links: &links,
    };
    draw::write(&laid, &info).map_err(AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publication::final_list::{Entry, FinalList, Group};
    use crate::signatures::SignerKind;

    fn entry(name: &str, country: &str) -> Entry {
        Entry {
            name: name.to_string(),
            country: None,
            country_name: Some(country.to_string()),
            kind: SignerKind::Organisation,
            title: String::new(),
            qualifier: String::new(),
            display: format!("{name} ({country})"),
            extra: String::new(),
        }
    }

    fn list(entries: Vec<Entry>) -> FinalList {
        FinalList {
            named: entries.len(),
            anonymous: 2,
            organisations: entries.len(),
            individuals: 0,
            count_text: format!("{} organisations", entries.len()),
            anonymous_text: Some("and 2 organisations that asked not to be named".into()),
            groups: vec![Group {
                label: None,
                entries,
            }],
        }
    }

    fn statement<'a>(
        lang: &'a str,
        title: &'a str,
        body: &'a str,
        list: &'a FinalList,
    ) -> Statement<'a> {
        Statement {
            lang,
            text_lang: lang,
            title,
            byline: vec!["Coordinated by FORUM-ASIA".into()],
            url: "https://example.org/s/solidarity",
            body,
            list: Some(list),
            footer: "Coalition · Geneva",
            site_name: "Coalition",
        }
    }

    fn text_of(pdf: &[u8]) -> String {
        assert!(pdf.starts_with(b"%PDF-"));
        pdf_extract::extract_text_from_mem(pdf).expect("a PDF that reads")
    }

    #[test]
    fn the_pdf_holds_the_title_text_and_list_as_text() {
        let names = vec![
            entry("Asia Justice and Rights", "Indonesia"),
            entry("Front Line Defenders", "Ireland"),
        ];
        let list = list(names);
        let pdf = render(&statement(
            "en",
            "Solidarity with the lawyers",
            "We, the **undersigned**, reaffirm our solidarity.\n\n1. Release them.",
            &list,
        ))
        .unwrap();
        let text = text_of(&pdf);
        for expected in [
            "Solidarity with the lawyers",
            "Coordinated by FORUM-ASIA",
            "reaffirm our solidarity",
            "Release them",
            "2 organisations",
            "Asia Justice and Rights (Indonesia)",
            "Front Line Defenders (Ireland)",
            "asked not to be named",
            "Coalition · Geneva",
        ] {
            assert!(text.contains(expected), "{expected:?} in {text}");
        }
    }

    #[test]
    fn list_numbers_are_whole() {
        let list = list(vec![entry("Front Line Defenders", "Ireland")]);
        let body = "99. ninety-nine\n100. a hundred\n101. and one";
        let text = text_of(&render(&statement("en", "Numbers", body, &list)).unwrap());
        for n in ["99.", "100.", "101."] {
            assert!(text.contains(n), "{n} in {text}");
        }
    }

    #[test]
    fn a_long_list_goes_on_over_numbered_pages() {
        let names = (0..300)
            .map(|i| entry(&format!("Organisation {i:03}"), "Kenya"))
            .collect();
        let list = list(names);
        let pdf = render(&statement("en", "A long list", "Text.", &list)).unwrap();
        let text = text_of(&pdf);
        assert!(text.contains("Organisation 000") && text.contains("Organisation 299"));
        let pages = pdf_extract::Document::load_mem(&pdf)
            .unwrap()
            .get_pages()
            .len();
        assert!(pages >= 6, "{pages} pages");
        assert!(
            text.contains(&format!("1 / {pages}")) && text.contains(&format!("{pages} / {pages}"))
        );
    }
}
