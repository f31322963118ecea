//! The public sign form: what was typed, and the checked signature made
//! from it (docs/SPEC.md §3).

use serde::{Deserialize, Serialize};

use crate::domain::country;
use crate::domain::email::is_valid as is_valid_email;
use crate::domain::signatory;
use crate::signatures::org_key;
use crate::signatures::{Listing, SignerKind};
use crate::statements::Statement;
use crate::web::form::{text_message, FormErrors};
use crate::web::page::Page;

/// The fields as submitted (docs/SPEC.md §10 names).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct SignForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub listing: String,
    #[serde(default)]
    pub message: String,
    /// Hidden from people; filled in only by robots.
    #[serde(default, skip_serializing)]
    pub homepage: String,
}

/// A checked signature, ready to store.
#[derive(Clone, Debug)]
pub struct NewSignature {
    pub kind: SignerKind,
    pub name: String,
    pub title: String,
    pub country: Option<String>,
    pub contact_name: String,
    pub email: String,
    pub website: String,
    pub listing: Listing,
    pub message: String,
}

impl NewSignature {
    /// The duplicate key for organisations: normalised name + country.
    pub fn name_key(&self) -> Option<String> {
        (self.kind == SignerKind::Organisation)
            .then(|| org_key(&self.name, self.country.as_deref()))
    }

    /// The duplicate key for everyone: the email address, lower-cased.
    pub fn email_key(&self) -> String {
        self.email.to_lowercase()
    }
}

impl SignForm {
    /// An empty form for a statement: its first allowed kind, named.
    pub fn defaults_for(s: &Statement) -> SignForm {
        let kind = if s.allow_organisations {
            SignerKind::Organisation
        } else {
            SignerKind::Individual
        };
        SignForm {
            kind: kind.as_str().into(),
            listing: Listing::Public.as_str().into(),
            ..Default::default()
        }
    }

    /// The kind asked for, or the only one the statement allows.
    pub fn effective_kind(&self, s: &Statement) -> Option<SignerKind> {
        match (
            SignerKind::parse(&self.kind),
            s.allow_organisations,
            s.allow_individuals,
        ) {
            (Some(SignerKind::Organisation), true, _) => Some(SignerKind::Organisation),
            (Some(SignerKind::Individual), _, true) => Some(SignerKind::Individual),
            (None, true, false) if self.kind.is_empty() => Some(SignerKind::Organisation),
            (None, false, true) if self.kind.is_empty() => Some(SignerKind::Individual),
            _ => None,
        }
    }

    /// Checks every field at once, so all problems are shown together.
    pub fn parse(&self, s: &Statement, page: &Page) -> Result<NewSignature, FormErrors> {
        let mut errors = FormErrors::new();
        let kind = self.effective_kind(s);
        if kind.is_none() {
            errors.add("kind", page.t("sign-kind-required"));
        }
        let is_org = kind != Some(SignerKind::Individual);
        let name_field = if is_org { "name" } else { "person" };
        let name = signatory::name(&self.name, is_org)
            .map_err(|e| errors.add("name", text_message(page, name_field, e)))
            .unwrap_or_default();
        let title = if is_org {
            String::new()
        } else {
            signatory::title(&self.title)
                .map_err(|e| errors.add("title", text_message(page, "title", e)))
                .unwrap_or_default()
        };
        let country = match self.country.trim() {
            "" if s.require_country => {
                errors.add("country", page.t("sign-country-required"));
                None
            }
            "" => None,
            code => match country::parse(code) {
                Some(c) => Some(c),
                None => {
                    errors.add("country", page.t("sign-country-invalid"));
                    None
                }
            },
        };
        let contact_name = if is_org {
            signatory::contact_name(&self.contact_name)
                .map_err(|e| errors.add("contact_name", text_message(page, "contact", e)))
                .unwrap_or_default()
        } else {
            name.clone()
        };
        let email = self.email.trim().to_string();
        if !is_valid_email(&email) {
            errors.add("email", page.t("email-invalid"));
        }
        let website = signatory::website(&self.website)
            .map_err(|_| errors.add("website", page.t("sign-website-invalid")))
            .unwrap_or_default();
        let listing = Listing::parse(&self.listing);
        if listing.is_none() {
            errors.add("listing", page.t("sign-listing-required"));
        }
        let message = signatory::message(&self.message)
            .map_err(|e| errors.add("message", text_message(page, "message", e)))
            .unwrap_or_default();
        match (errors.is_empty(), kind, listing) {
            (true, Some(kind), Some(listing)) => Ok(NewSignature {
                kind,
                name,
                title,
                country,
                contact_name,
                email,
                website,
                listing,
                message,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites_are_http_or_https_with_a_host() {
        assert_eq!(signatory::website("").unwrap(), "");
        assert_eq!(signatory::website("ishr.ch").unwrap(), "https://ishr.ch/");
        assert_eq!(
            signatory::website("http://example.org/a?b=c").unwrap(),
            "http://example.org/a?b=c"
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://example.org",
            "https://",
            "http://localhost",
            "data:text/html,x",
        ] {
            assert!(signatory::website(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn organisation_keys_ignore_spelling_noise_but_not_country() {
        assert_eq!(
            org_key("Acción Solidaria", Some("VE")),
            org_key("  accion  SOLIDARIA ", Some("VE"))
        );
        assert_ne!(
            org_key("Acción Solidaria", Some("VE")),
            org_key("Acción Solidaria", Some("MX"))
        );
    }
}
