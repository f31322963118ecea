//! The signature record, shared by signing, curation, import and
//! publication: its row type and the rules every feature reads it by.

pub mod erase;
pub mod rekey;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures as sg;
use crate::domain::text;

crate::text_enum! {
    /// Where a signature stands.
    pub enum SignatureStatus {
        /// Waits for the signer to follow the emailed link.
        Unconfirmed = "unconfirmed",
        /// Confirmed; waits for a coordinator (moderated statements).
        Pending = "pending",
        /// On the list.
        Approved = "approved",
        Rejected = "rejected",
        /// Merged into another signature of the same signer.
        Duplicate = "duplicate",
        /// Withdrawn by the signer.
        Withdrawn = "withdrawn",
        /// Confirmed, or changed through its manage link, while another
        /// entry held the place of the same organisation or address (or
        /// with a new identity): waits for the coordinators, who merge,
        /// replace or reject it. Its signer sees it like any other.
        Review = "review",
    }
}

crate::text_enum! {
    /// Who signs.
    pub enum SignerKind {
        Organisation = "organisation",
        Individual = "individual",
    }
}

crate::text_enum! {
    /// How a signature appears on the public list.
    pub enum Listing {
        /// Named publicly.
        Public = "public",
        /// Counted but not named.
        Anonymous = "anonymous",
    }
}

/// Statuses that hold a place on the list: one per organisation and per
/// address, enforced by unique indexes. An unconfirmed entry holds none.
pub const LIVE: [SignatureStatus; 2] = [SignatureStatus::Pending, SignatureStatus::Approved];

/// `LIVE` as stored text, for queries.
pub const LIVE_TEXT: [&str; 2] = ["pending", "approved"];

/// Statuses in which the signer's links still act: everything that the
/// signer has not withdrawn and the coordinators have not decided against.
pub const ACTIVE_TEXT: [&str; 4] = ["unconfirmed", "pending", "approved", "review"];

impl SignatureStatus {
    /// Whether a signature in this status holds its place on the list.
    pub fn is_live(self) -> bool {
        LIVE.contains(&self)
    }

    /// Whether the signer may still change or withdraw it.
    pub fn is_active(self) -> bool {
        ACTIVE_TEXT.contains(&self.as_str())
    }

    /// What the signer is shown: an entry under review reads as it would
    /// have without the collision, and one merged as a duplicate as
    /// rejected, so that nothing the signer sees tells whether someone
    /// else signed.
    pub fn as_signer_sees(self, moderation: bool) -> SignatureStatus {
        match self {
            SignatureStatus::Review if moderation => SignatureStatus::Pending,
            SignatureStatus::Review => SignatureStatus::Approved,
            SignatureStatus::Duplicate => SignatureStatus::Rejected,
            other => other,
        }
    }
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = sg)]
pub struct Signature {
    pub id: String,
    pub statement_id: String,
    #[diesel(deserialize_as = String)]
    pub kind: SignerKind,
    pub name: String,
    pub title: String,
    pub country: Option<String>,
    pub qualifier: String,
    pub contact_name: String,
    pub email: Option<String>,
    pub website: String,
    pub message: String,
    #[diesel(deserialize_as = String)]
    pub listing: Listing,
    #[diesel(deserialize_as = String)]
    pub status: SignatureStatus,
    pub name_key: Option<String>,
    pub email_key: Option<String>,
    /// The entry this one may duplicate (review), or was merged into.
    pub duplicate_of: Option<String>,
    /// The signer's language, for the emails they get.
    pub language: String,
    pub created_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub confirm_expires_at: Option<NaiveDateTime>,
}

impl Signature {
    /// Everything kept about this signature, as its signer or a
    /// coordinator downloads it (`status` as the reader may see it).
    pub fn data(&self, status: SignatureStatus) -> serde_json::Value {
        serde_json::json!({
            "kind": self.kind,
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "contact_name": self.contact_name,
            "email": self.email,
            "website": self.website,
            "message": self.message,
            "listing": self.listing,
            "status": status,
            "language": self.language,
            "signed_at": self.created_at.and_utc().to_rfc3339(),
            "confirmed_at": self.confirmed_at.map(|t| t.and_utc().to_rfc3339()),
        })
    }
}

/// Normalised name and country of an organisation: two signatures with
/// the same key are the same organisation. The name part is
/// [`text::duplicate_key`] (look-alike letters and invisible characters do
/// not count).
pub fn org_key(name: &str, country: Option<&str>) -> String {
    format!("{}|{}", text::duplicate_key(name), country.unwrap_or(""))
}

/// The beginning of [`org_key`] for a name in any country, for `LIKE`.
pub fn org_key_prefix(name: &str) -> String {
    format!("{}|%", text::duplicate_key(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_round_trips() {
        for s in SignatureStatus::ALL {
            assert_eq!(SignatureStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(
            LIVE.map(SignatureStatus::as_str),
            LIVE_TEXT,
            "LIVE_TEXT follows LIVE"
        );
        assert!(SignatureStatus::try_from("approve".to_string()).is_err());
        for s in SignatureStatus::ALL {
            assert_eq!(
                s.is_active(),
                !matches!(
                    s,
                    SignatureStatus::Rejected
                        | SignatureStatus::Withdrawn
                        | SignatureStatus::Duplicate
                ),
                "{s:?}"
            );
        }
        assert_eq!(
            SignatureStatus::Review.as_signer_sees(false),
            SignatureStatus::Approved
        );
        assert_eq!(
            SignatureStatus::Review.as_signer_sees(true),
            SignatureStatus::Pending
        );
        assert_eq!(
            SignatureStatus::Duplicate.as_signer_sees(false),
            SignatureStatus::Rejected
        );
    }
}
