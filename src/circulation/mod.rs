//! Circulation: once published, the final statement goes to its
//! signatories and is delivered to its addressees, one message per
//! recipient through the durable outbox, at a steady pace. A message of a
//! mailing is sent at most once (see `email::sender`).

pub mod compose;
pub mod report;
pub mod routes;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::db::schema::{addressees, deliveries, mailings, signatures as sg};
use crate::db::{new_id, now, DbConnection};
use crate::email::{self, Email};
use crate::signatures::SignatureStatus;
use crate::statements::Statement;

crate::text_enum! {
    /// Whom a mailing goes to.
    pub enum Audience {
        /// The contact address of every approved signature.
        Signatories = "signatories",
        /// The statement's addressees (e.g. permanent missions).
        Addressees = "addressees",
    }
}

impl Audience {
    /// The outbox kind of its messages.
    pub fn mail_kind(self) -> &'static str {
        match self {
            Audience::Signatories => "circulation",
            Audience::Addressees => "delivery",
        }
    }

    /// The audit action of a mailing to it.
    pub fn action(self) -> &'static str {
        match self {
            Audience::Signatories => "statement.circulated",
            Audience::Addressees => "statement.delivered",
        }
    }
}

/// Whom a statement is addressed to and when it is delivered.
#[derive(Clone, Debug, Default, Queryable, Selectable)]
#[diesel(table_name = deliveries)]
pub struct Delivery {
    pub statement_id: String,
    /// "Permanent Missions to the UN in Geneva".
    pub addressed_to: String,
    /// The coordinating organisation's address, for answers.
    pub reply_to: String,
    /// UTC.
    pub deliver_at: Option<NaiveDateTime>,
    pub delivered_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = addressees)]
pub struct Addressee {
    pub id: String,
    pub statement_id: String,
    pub name: String,
    pub email: String,
    pub position: i32,
}

/// One person or office a mailing goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub email: String,
    /// Their language (the signer's; the statement's for addressees).
    pub lang: String,
    /// Who they are, for addressees ("Permanent Mission of Norway").
    pub name: String,
    pub signature_id: Option<String>,
}

pub fn delivery_of(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Option<Delivery>> {
    deliveries::table
        .find(statement_id)
        .select(Delivery::as_select())
        .first(conn)
        .optional()
}

pub fn addressees_of(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<Addressee>> {
    addressees::table
        .filter(addressees::statement_id.eq(statement_id))
        .order(addressees::position.asc())
        .select(Addressee::as_select())
        .load(conn)
}

/// What a coordinator says of the delivery.
#[derive(Clone, Debug, Default)]
pub struct DeliveryPlan {
    pub addressed_to: String,
    pub reply_to: String,
    pub deliver_at: Option<NaiveDateTime>,
    /// Name and address of each addressee, in order.
    pub addressees: Vec<(String, String)>,
}

/// Replaces a statement's addressees and delivery settings.
pub fn save_plan(
    conn: &mut DbConnection,
    statement_id: &str,
    plan: &DeliveryPlan,
) -> QueryResult<()> {
    let t = now();
    let delivered_at = delivery_of(conn, statement_id)?.and_then(|d| d.delivered_at);
    diesel::delete(deliveries::table.find(statement_id)).execute(conn)?;
    diesel::insert_into(deliveries::table)
        .values((
            deliveries::statement_id.eq(statement_id),
            deliveries::addressed_to.eq(&plan.addressed_to),
            deliveries::reply_to.eq(&plan.reply_to),
            deliveries::deliver_at.eq(plan.deliver_at),
            deliveries::delivered_at.eq(delivered_at),
            deliveries::updated_at.eq(t),
        ))
        .execute(conn)?;
    diesel::delete(addressees::table.filter(addressees::statement_id.eq(statement_id)))
        .execute(conn)?;
    let rows: Vec<_> = plan
        .addressees
        .iter()
        .enumerate()
        .map(|(i, (name, email))| {
            (
                addressees::id.eq(new_id()),
                addressees::statement_id.eq(statement_id),
                addressees::name.eq(name),
                addressees::email.eq(email),
                addressees::position.eq(i as i32),
            )
        })
        .collect();
    for chunk in rows.chunks(1000) {
        crate::per_backend!(conn, |c| diesel::insert_into(addressees::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// The signatories a circulation goes to: every approved signature with
/// a contact address (named or anonymous), one message per address.
pub fn signatories(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<Recipient>> {
    let rows: Vec<(String, Option<String>, String, String)> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq(SignatureStatus::Approved))
        .filter(sg::email.is_not_null())
        .order(sg::created_at.asc())
        .select((sg::id, sg::email, sg::language, sg::reader_language))
        .load(conn)?;
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .filter_map(|(id, email, version, reader)| {
            // The language they read the site in, else the one they signed.
            let lang = if reader.is_empty() { version } else { reader };
            let email = email?.trim().to_string();
            // One message per address, even for a signer of two entries.
            (!email.is_empty() && seen.insert(email.to_lowercase())).then_some(Recipient {
                email,
                lang,
                name: String::new(),
                signature_id: Some(id),
            })
        })
        .collect())
}

/// The addressees, as recipients in the statement's language.
pub fn addressee_recipients(conn: &mut DbConnection, s: &Statement) -> QueryResult<Vec<Recipient>> {
    Ok(addressees_of(conn, &s.id)?
        .into_iter()
        .map(|a| Recipient {
            email: a.email,
            lang: s.language.clone(),
            name: a.name,
            signature_id: None,
        })
        .collect())
}

/// Whom a mailing to `audience` goes to.
pub fn recipients(
    conn: &mut DbConnection,
    s: &Statement,
    audience: Audience,
) -> QueryResult<Vec<Recipient>> {
    match audience {
        Audience::Signatories => signatories(conn, &s.id),
        Audience::Addressees => addressee_recipients(conn, s),
    }
}

/// A sending of the final statement.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = mailings)]
pub struct Mailing {
    pub id: String,
    pub statement_id: String,
    #[diesel(deserialize_as = String)]
    pub audience: Audience,
    pub note: String,
    pub recipients: i32,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
}

pub fn mailings_of(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<Mailing>> {
    mailings::table
        .filter(mailings::statement_id.eq(statement_id))
        .order(mailings::created_at.desc())
        .select(Mailing::as_select())
        .load(conn)
}

/// Whether the statement was already sent to `audience`.
pub fn already_sent(
    conn: &mut DbConnection,
    statement_id: &str,
    audience: Audience,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        mailings::table
            .filter(mailings::statement_id.eq(statement_id))
            .filter(mailings::audience.eq(audience)),
    ))
    .get_result(conn)
}

/// The time between two messages of a mailing at `per_minute`.
pub fn gap(per_minute: u32) -> TimeDelta {
    TimeDelta::milliseconds(60_000 / i64::from(per_minute.max(1)))
}

/// A mailing as composed: its bodies (one per language) and messages.
pub struct Composed {
    pub bodies: Vec<compose::Body>,
    pub messages: Vec<Email>,
}

/// Records a mailing and queues its messages, `gap` apart; call inside a
/// write transaction. Messages to signatures no longer approved
/// meanwhile are left out. Returns the mailing's id and how many
/// messages were queued.
pub fn queue(
    conn: &mut DbConnection,
    s: &Statement,
    audience: Audience,
    note: &str,
    by: Option<&str>,
    composed: Composed,
    gap: TimeDelta,
) -> QueryResult<(String, usize)> {
    use crate::db::schema::mailing_bodies as mb;
    let Composed { bodies, messages } = composed;
    let id = new_id();
    let still: std::collections::HashSet<String> = sg::table
        .filter(sg::statement_id.eq(&s.id))
        .filter(sg::status.eq(SignatureStatus::Approved))
        .filter(sg::email.is_not_null())
        .select(sg::id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let messages: Vec<Email> = messages
        .into_iter()
        .filter(|m| {
            m.signature_id
                .as_ref()
                .is_none_or(|sid| still.contains(sid))
        })
        .map(|m| Email {
            mailing_id: Some(id.clone()),
            ..m
        })
        .collect();
    let t = now();
    diesel::insert_into(mailings::table)
        .values((
            mailings::id.eq(&id),
            mailings::statement_id.eq(&s.id),
            mailings::audience.eq(audience),
            mailings::note.eq(note),
            mailings::recipients.eq(messages.len() as i32),
            mailings::created_by.eq(by),
            mailings::created_at.eq(t),
        ))
        .execute(conn)?;
    for b in &bodies {
        diesel::insert_into(mb::table)
            .values((
                mb::id.eq(&b.id),
                mb::mailing_id.eq(&id),
                mb::subject.eq(&b.subject),
                mb::body_text.eq(&b.text),
                mb::body_html.eq(&b.html),
                mb::pdf.eq(Some(&b.pdf[..])),
                mb::pdf_name.eq(Some(&b.pdf_name)),
            ))
            .execute(conn)?;
    }
    let refs: Vec<&Email> = messages.iter().collect();
    email::enqueue_spaced(conn, &refs, t, gap)?;
    if audience == Audience::Addressees {
        diesel::update(deliveries::table.find(&s.id))
            .filter(deliveries::delivered_at.is_null())
            .set(deliveries::delivered_at.eq(Some(t)))
            .execute(conn)?;
        // The public page says when it was delivered.
        crate::statements::queries::touch(conn, &s.id)?;
    }
    audit::record(
        conn,
        by,
        audience.action(),
        Some(&s.id),
        json!({"mailing": id, "recipients": messages.len()}),
    )?;
    Ok((id, messages.len()))
}

/// What the public page says of the delivery: to whom (as the
/// coordinator named them), how many and when, once delivered.
pub fn delivered_note(
    conn: &mut DbConnection,
    statement_id: &str,
) -> QueryResult<Option<(String, i32, NaiveDateTime)>> {
    let Some(delivery) = delivery_of(conn, statement_id)? else {
        return Ok(None);
    };
    let Some(at) = delivery.delivered_at else {
        return Ok(None);
    };
    let first: Option<i32> = mailings::table
        .filter(mailings::statement_id.eq(statement_id))
        .filter(mailings::audience.eq(Audience::Addressees))
        .order(mailings::created_at.asc())
        .select(mailings::recipients)
        .first(conn)
        .optional()?;
    Ok(first.map(|n| (delivery.addressed_to, n, at)))
}
