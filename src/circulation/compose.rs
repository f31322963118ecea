//! The messages of a mailing: the final statement (title, link, text and
//! list) in each recipient's language, with the coordinator's note above.
//! The preview shows exactly these messages.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};

use crate::db::DbConnection;
use crate::domain::deadline;
use crate::email::{compose, Email};
use crate::error::AppError;
use crate::i18n;
use crate::publication::export::{self, Format};
use crate::publication::final_list;
use crate::state::AppState;
use crate::statements::versions::{self, Version};
use crate::statements::{markdown, Statement};

use super::{Audience, Recipient};

/// Where the site is and how its messages are signed.
#[derive(Clone, Debug)]
pub struct Site {
    pub public_url: String,
    pub name: String,
    pub footer: String,
}

impl Site {
    pub fn of(state: &AppState) -> Site {
        Site {
            public_url: state.settings.public_url(),
            name: state.brand.name.clone(),
            footer: state.brand.footer.clone(),
        }
    }
}

/// What a mailing says besides the statement.
#[derive(Clone, Debug)]
pub struct Letter<'a> {
    pub audience: Audience,
    pub note: &'a str,
    /// For addressees: the coordinating organisation's address.
    pub reply_to: Option<String>,
}

/// The statement as read in each language, and its list, loaded once.
pub struct Final {
    statement: Statement,
    versions: Vec<Version>,
    named: Vec<crate::signatures::Signature>,
    anonymous: i64,
    anonymous_orgs: i64,
    /// The data of each language's message and its PDF, built on first
    /// use.
    by_lang: HashMap<&'static str, (Value, Arc<[u8]>)>,
}

impl Final {
    pub fn load(conn: &mut DbConnection, s: &Statement) -> Result<Final, AppError> {
        let versions = versions::list(conn, &s.id)?;
        let (named, anonymous, anonymous_orgs) = export::approved(conn, &s.id)?;
        Ok(Final {
            statement: s.clone(),
            versions,
            named,
            anonymous,
            anonymous_orgs,
            by_lang: HashMap::new(),
        })
    }

    /// The message data in `lang`: the version in that language when
    /// there is one, else the original, with the list for that language.
    fn data(&mut self, lang: &'static str, site: &Site) -> Result<&(Value, Arc<[u8]>), AppError> {
        if !self.by_lang.contains_key(lang) {
            let original = &self.statement;
            let version = self.versions.iter().find(|v| v.language == lang);
            let read = version.map_or_else(|| original.clone(), |v| original.in_version(v));
            let query = match version {
                Some(v) if v.language != original.language => format!("?lang={}", v.language),
                _ => String::new(),
            };
            let url = format!("{}/s/{}{query}", site.public_url, original.slug);
            let list = final_list::build(
                self.named.clone(),
                self.anonymous,
                self.anonymous_orgs,
                original.grouping,
                &original.language,
                lang,
            );
            let list_text = String::from_utf8(export::public_body(&list, Format::Txt)?)
                .map_err(AppError::internal)?;
            let published = original
                .published_at
                .map(|p| deadline::describe_day(p, original.zone(), lang));
            let pdf = pdf_of(&read, &url, published.as_deref(), &list, site, lang)?;
            let data = json!({
                "lang": lang,
                "dir": i18n::direction(lang),
                "text_lang": read.language,
                "text_dir": i18n::direction(&read.language),
                "site_name": site.name,
                "footer": site.footer,
                "title": read.title,
                "organiser": read.organiser,
                "url": url,
                "print_url": format!("{}/s/{}/print{query}", site.public_url, original.slug),
                "published": published,
                "body_text": crate::statements::blocks::plain_text(&read.body),
                "body_html": markdown::to_safe_html(&read.body),
                "list_text": list_text.trim_end(),
                "count_text": list.count_text,
                "groups": list.groups,
                "anonymous_text": list.anonymous_text,
            });
            self.by_lang.insert(lang, (data, pdf.into()));
        }
        self.by_lang
            .get(lang)
            .ok_or_else(|| AppError::internal("message data"))
    }

    /// The message in `lang`: subject and bodies, the same for every
    /// recipient who reads it.
    pub fn body(
        &mut self,
        site: &Site,
        letter: &Letter<'_>,
        lang: &'static str,
    ) -> Result<Body, AppError> {
        let slug = self.statement.slug.clone();
        let (data, pdf) = self.data(lang, site)?;
        let (mut data, pdf) = (data.clone(), pdf.clone());
        data["note"] = json!(letter.note.trim());
        let title = data["title"].as_str().unwrap_or_default().to_string();
        let (template, subject) = match letter.audience {
            Audience::Signatories => (
                "circulation",
                i18n::t_vars(
                    lang,
                    "email-circulation-subject",
                    &[("title", i18n::Var::Text(title))],
                ),
            ),
            // A letter to its addressees bears the statement's title.
            Audience::Addressees => ("delivery", title),
        };
        let (text, html) = compose::render(template, &data)?;
        Ok(Body {
            id: crate::db::new_id(),
            lang,
            subject,
            text,
            html,
            pdf,
            pdf_name: format!("{slug}.pdf"),
        })
    }

    /// The PDF attached to messages in `lang`.
    pub fn pdf(&mut self, site: &Site, lang: &'static str) -> Result<Arc<[u8]>, AppError> {
        Ok(self.data(lang, site)?.1.clone())
    }

    /// A mailing to `recipients`: one body for each of their languages,
    /// and one message each, which points to its body.
    pub fn mailing(
        &mut self,
        site: &Site,
        letter: &Letter<'_>,
        recipients: &[Recipient],
    ) -> Result<(Vec<Body>, Vec<Email>), AppError> {
        let mut bodies: Vec<Body> = Vec::new();
        let mut messages = Vec::with_capacity(recipients.len());
        for to in recipients {
            let lang = lang_of(to);
            let body = match bodies.iter().position(|b| b.lang == lang) {
                Some(i) => &bodies[i],
                None => {
                    bodies.push(self.body(site, letter, lang)?);
                    &bodies[bodies.len() - 1]
                }
            };
            messages.push(Email {
                to: to.email.clone(),
                subject: body.subject.clone(),
                text: String::new(),
                html: String::new(),
                kind: letter.audience.mail_kind(),
                statement_id: Some(self.statement.id.clone()),
                signature_id: to.signature_id.clone(),
                mailing_id: None,
                reply_to: letter.reply_to.clone(),
                to_name: (!to.name.is_empty()).then(|| to.name.clone()),
                body_id: Some(body.id.clone()),
            });
        }
        Ok((bodies, messages))
    }
}

/// A recipient's language, among those the site speaks.
pub fn lang_of(to: &Recipient) -> &'static str {
    i18n::supported(&to.lang).unwrap_or(i18n::DEFAULT_LANG)
}

/// A mailing's message in one language.
#[derive(Clone, Debug)]
pub struct Body {
    pub id: String,
    pub lang: &'static str,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The final statement as a PDF, attached.
    pub pdf: Arc<[u8]>,
    pub pdf_name: String,
}

/// The print view's content as a PDF in `lang`.
fn pdf_of(
    read: &Statement,
    url: &str,
    published: Option<&str>,
    list: &crate::publication::final_list::FinalList,
    site: &Site,
    lang: &'static str,
) -> Result<Vec<u8>, AppError> {
    let mut byline = Vec::new();
    if !read.organiser.trim().is_empty() {
        let who = i18n::Var::Text(read.organiser.clone());
        byline.push(i18n::t_vars(lang, "public-organiser", &[("who", who)]));
    }
    if let Some(day) = published {
        let date = i18n::Var::Text(day.to_string());
        byline.push(i18n::t_vars(lang, "public-published-on", &[("date", date)]));
    }
    let footer = match site.footer.trim() {
        "" => site.name.clone(),
        f => format!("{} · {f}", site.name),
    };
    crate::publication::pdf::render(&crate::publication::pdf::Statement {
        lang,
        text_lang: &read.language,
        title: &read.title,
        byline,
        url,
        body: &read.body,
        list: Some(list),
        footer: &footer,
        site_name: &site.name,
    })
}
