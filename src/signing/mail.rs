//! The email of the signing flow: the confirmation.
//!
//! The confirmation goes to an address nobody has verified yet: it carries
//! no text the submitter chose beyond the organisation's name (names with
//! addresses or links are refused by the form), so it cannot be used to
//! send someone a message.

use serde_json::{json, Value};

use crate::domain::deadline;
use crate::email::{compose, Email};
use crate::error::AppError;
use crate::signatures::Listing;
use crate::statements::Statement;

use super::form::NewSignature;
use super::Links;

/// What the emails of one submission need besides its data: where the
/// site is and the signer's language. Plain data, so it travels to the
/// sign writer with the signature.
#[derive(Clone, Debug)]
pub struct MailContext {
    pub public_url: String,
    pub lang: &'static str,
    /// The site's name and footer line, to sign the message with.
    pub site_name: String,
    pub footer: String,
}

impl MailContext {
    /// The full address of an emailed link (`confirm`, `manage`).
    /// Links carry the signer's language when it is not the default, so
    /// that the page they open speaks it whatever the browser says.
    pub fn link(&self, kind: &str, token: &str) -> String {
        if self.lang == crate::i18n::DEFAULT_LANG {
            format!("{}/{kind}/{token}", self.public_url)
        } else {
            format!("{}/{kind}/{token}?lang={}", self.public_url, self.lang)
        }
    }

    fn statement_data(&self, s: &Statement) -> Value {
        json!({
            "lang": self.lang,
            "dir": crate::i18n::direction(self.lang),
            "site_name": self.site_name,
            "footer": self.footer,
            "title": s.title,
            "organiser": s.organiser,
            "url": format!("{}/s/{}", self.public_url, s.slug),
            "deadline": s.deadline.map(|d| deadline::describe(d, s.zone(), self.lang)),
        })
    }

    /// The confirmation email of a new signature.
    pub fn confirmation(
        &self,
        s: &Statement,
        signature_id: &str,
        sig: &NewSignature,
        links: &Links,
    ) -> Result<Email, AppError> {
        let mut data = self.statement_data(s);
        data["display"] = json!(crate::i18n::name_with_country(
            &sig.name,
            sig.country.as_deref(),
            self.lang
        ));
        data["anonymous"] = json!(sig.listing == Listing::Anonymous);
        data["confirm_link"] = json!(links.confirm);
        data["manage_link"] = json!(links.manage);
        let (text, html) = compose::render("confirm", &data)?;
        Ok(Email {
            to: sig.email.clone(),
            subject: crate::i18n::t_vars(
                self.lang,
                "email-confirm-subject",
                &[("title", crate::i18n::Var::Text(s.title.clone()))],
            ),
            text,
            html,
            kind: "confirm",
            statement_id: Some(s.id.clone()),
            signature_id: Some(signature_id.to_string()),
            mailing_id: None,
            reply_to: None,
            to_name: None,
            body_id: None,
        })
    }
}
