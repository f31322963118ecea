//! The signature record, shared by signing, curation, import and
//! publication: its row type and the rules every feature reads it by.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures as sg;
use crate::domain::text;

/// Statuses that hold a place on the list (and block a duplicate).
pub const LIVE: [&str; 3] = ["unconfirmed", "pending", "approved"];

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = sg)]
pub struct Signature {
    pub id: String,
    pub statement_id: String,
    pub kind: String,
    pub name: String,
    pub title: String,
    pub country: Option<String>,
    pub qualifier: String,
    pub contact_name: String,
    pub email: Option<String>,
    pub website: String,
    pub message: String,
    pub listing: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub confirm_expires_at: Option<NaiveDateTime>,
}

/// Normalised name and country of an organisation: two signatures with
/// the same key are the same organisation.
pub fn org_key(name: &str, country: Option<&str>) -> String {
    format!("{}|{}", text::match_key(name), country.unwrap_or(""))
}
