//! The circulation page of a statement: addressees and delivery time,
//! the message to signatories and addressees with its preview, sending
//! (twice only when confirmed) and the delivery report.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::accounts::session::AdminPage;
use crate::audit;
use crate::db::{now, DbConnection};
use crate::domain::deadline;
use crate::error::AppError;
use crate::state::AppState;
use crate::statements::routes::StatementBySlug;
use crate::statements::Statement;
use crate::web::page::{redirect, Page};

use super::compose::{Final, Letter, Site};
use super::{report, Audience, DeliveryPlan, Recipient};

/// Longest note above the statement, in characters.
const MAX_NOTE: usize = 5_000;
/// Most addressees of one statement.
const MAX_ADDRESSEES: usize = 2_000;

/// What the coordinator typed in the message form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    audience: String,
    #[serde(default)]
    note: String,
    /// "yes" when sending again was confirmed.
    #[serde(default)]
    again: String,
}

/// What the coordinator typed in the addressees form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PlanForm {
    #[serde(default)]
    addressed_to: String,
    #[serde(default)]
    reply_to: String,
    #[serde(default)]
    deliver_at: String,
    /// CSV: name,email per line.
    #[serde(default)]
    addressees: String,
}

/// The page's data besides what was typed.
struct Loaded {
    signatories: Vec<Recipient>,
    addressees: Vec<Recipient>,
    plan: Option<super::Delivery>,
    reports: Vec<report::MailingReport>,
    sent: (bool, bool),
}

fn load(conn: &mut DbConnection, s: &Statement) -> Result<Loaded, AppError> {
    let mailings = super::mailings_of(conn, &s.id)?;
    let reports = report::of(conn, &mailings)?;
    let sent = |a| mailings.iter().any(|m| m.audience == a);
    Ok(Loaded {
        signatories: super::signatories(conn, &s.id)?,
        addressees: super::addressee_recipients(conn, s)?,
        plan: super::delivery_of(conn, &s.id)?,
        sent: (sent(Audience::Signatories), sent(Audience::Addressees)),
        reports,
    })
}

/// The addressees as the form shows them: one CSV line each.
fn addressees_csv(list: &[Recipient]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for a in list {
        let _ = w.write_record([&a.name, &a.email]);
    }
    w.into_inner()
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default()
}

/// Each language of the signatories' messages, with how many get it.
fn languages(list: &[Recipient]) -> Vec<Value> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for r in list {
        match counts.iter_mut().find(|(l, _)| *l == r.lang) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.lang.clone(), 1)),
        }
    }
    counts
        .into_iter()
        .map(|(code, n)| json!({"name": crate::statements::form::language_name(&code), "count": n}))
        .collect()
}

struct Typed<'a> {
    message: &'a MessageForm,
    plan: Option<&'a PlanForm>,
    errors: Value,
    preview: Option<Vec<Value>>,
}

fn render(
    page: &Page,
    s: &Statement,
    loaded: &Loaded,
    typed: Typed<'_>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let t = now();
    let zone = s.zone();
    let plan = loaded.plan.clone().unwrap_or_default();
    let plan_view = match typed.plan {
        Some(f) => json!({
            "addressed_to": f.addressed_to, "reply_to": f.reply_to,
            "deliver_at": f.deliver_at, "addressees": f.addressees,
        }),
        None => json!({
            "addressed_to": plan.addressed_to, "reply_to": plan.reply_to,
            "deliver_at": plan.deliver_at.map(|d| deadline::to_input(d, zone)).unwrap_or_default(),
            "addressees": addressees_csv(&loaded.addressees),
        }),
    };
    let lang = page.lang();
    let reports: Vec<Value> = loaded
        .reports
        .iter()
        .map(|r| {
            json!({
                "id": r.id, "audience": r.audience, "recipients": r.recipients,
                "at": deadline::describe(r.created_at, zone, lang),
                "scheduled": r.created_by.is_none(),
                "counts": r.counts, "problems": r.problems,
                "retry": r.counts.failed + r.counts.interrupted > 0,
            })
        })
        .collect();
    page.render_status(
        status,
        "circulation/page",
        json!({
            "statement": {"slug": s.slug, "title": s.title},
            "published": s.is_published(t),
            "erased": s.contact_erased_at.map(deadline::describe_utc),
            "signatories": loaded.signatories.len(),
            "languages": languages(&loaded.signatories),
            "addressee_count": loaded.addressees.len(),
            "plan": plan_view,
            "zone": deadline::zone_label(zone),
            "deliver_at_text": plan.deliver_at.map(|d| deadline::describe(d, zone, lang)),
            "delivered_at": plan.delivered_at.map(|d| deadline::describe(d, zone, lang)),
            "sent_signatories": loaded.sent.0,
            "sent_addressees": loaded.sent.1,
            "reports": reports,
            "note": typed.message.note,
            "audience": typed.message.audience,
            "errors": typed.errors,
            "preview": typed.preview,
            "again_needed": typed.errors.get("again").is_some(),
        }),
    )
}

pub async fn page(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
) -> Result<HttpResponse, AppError> {
    let st = s.clone();
    let loaded = state.db(move |conn| load(conn, &st)).await?;
    let form = MessageForm::default();
    let typed = Typed {
        message: &form,
        plan: None,
        errors: json!({}),
        preview: None,
    };
    render(&page, &s, &loaded, typed, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct PdfQuery {
    #[serde(default)]
    lang: String,
}

/// `GET …/circulation/statement.pdf?lang=…`: the PDF attached to the
/// messages in that language, as the preview shows it.
pub async fn pdf(
    state: web::Data<AppState>,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    query: web::Query<PdfQuery>,
) -> Result<HttpResponse, AppError> {
    let lang = crate::i18n::supported(&query.lang).ok_or(AppError::NotFound)?;
    let site = Site::of(&state);
    let st = s.clone();
    let mut statement = state.db(move |conn| Final::load(conn, &st)).await?;
    // Laid out away from the database's connections, as for a mailing.
    let pdf = web::block(move || statement.pdf(&site, lang))
        .await
        .map_err(AppError::internal)??;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            // Saved rather than shown: the site's security policy keeps
            // browsers' PDF viewers out of its own pages.
            format!("attachment; filename=\"{}.pdf\"", s.slug),
        ))
        .body(pdf.to_vec()))
}

/// What a mailing to `audience` is made of, read from the database.
struct Makings {
    statement: Final,
    audience: Audience,
    reply_to: Option<String>,
}

impl Makings {
    fn read(
        conn: &mut DbConnection,
        s: &Statement,
        audience: Audience,
    ) -> Result<Makings, AppError> {
        let reply_to = super::delivery_of(conn, &s.id)?
            .map(|d| d.reply_to)
            .filter(|r| !r.is_empty() && audience == Audience::Addressees);
        Ok(Makings {
            statement: Final::load(conn, s)?,
            audience,
            reply_to,
        })
    }

    /// The mailing, composed for `recipients` (with each language's PDF).
    fn compose(
        mut self,
        site: &Site,
        note: &str,
        recipients: &[Recipient],
    ) -> Result<super::Composed, AppError> {
        let letter = Letter {
            audience: self.audience,
            note,
            reply_to: self.reply_to.take(),
        };
        let (bodies, messages) = self.statement.mailing(site, &letter, recipients)?;
        Ok(super::Composed { bodies, messages })
    }

    /// Composes away from the database's connections: laying out the
    /// PDF of a long list takes a while, and the signing pages need them.
    async fn compose_apart(
        self,
        site: Site,
        note: String,
        recipients: Vec<Recipient>,
    ) -> Result<super::Composed, AppError> {
        web::block(move || self.compose(&site, &note, &recipients))
            .await
            .map_err(AppError::internal)?
    }
}

fn audience_of(form: &MessageForm) -> Result<Audience, AppError> {
    Audience::parse(&form.audience).ok_or_else(|| AppError::BadRequest("audience".into()))
}

fn recipients_for(loaded: &Loaded, audience: Audience) -> &[Recipient] {
    match audience {
        Audience::Signatories => &loaded.signatories,
        Audience::Addressees => &loaded.addressees,
    }
}

/// Why a mailing cannot go now, if it cannot: the field and the message.
fn refusal(
    s: &Statement,
    form: &MessageForm,
    nobody: bool,
) -> Option<(&'static str, &'static str)> {
    if !s.is_published(now()) {
        return Some(("message", "circulation-not-published"));
    }
    if form.note.chars().count() > MAX_NOTE {
        return Some(("note", "circulation-note-too-long"));
    }
    if nobody {
        return Some(("message", "circulation-nobody"));
    }
    None
}

fn errors_of(page: &Page, refused: Option<(&str, &str)>) -> Value {
    match refused {
        Some((field, key)) => json!({ field: page.t(key) }),
        None => json!({}),
    }
}

/// `POST …/circulation/preview`: the page with the messages as they
/// would be sent, one per language (the first addressee for addressees).
pub async fn preview(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    form: web::Form<MessageForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let audience = audience_of(&form)?;
    let site = Site::of(&state);
    let (st, note) = (s.clone(), form.note.clone());
    let (loaded, makings) = state
        .db(move |conn| {
            let loaded = load(conn, &st)?;
            let makings = Makings::read(conn, &st, audience)?;
            Ok((loaded, makings))
        })
        .await?;
    let recipients = recipients_for(&loaded, audience).to_vec();
    let composed = makings.compose_apart(site, note, recipients).await?;
    // One per language, with the first recipient who reads it.
    let preview: Vec<Value> = composed
        .bodies
        .iter()
        .map(|b| {
            let first = composed.messages.iter().find(|m| m.body_id.as_deref() == Some(b.id.as_str()));
            json!({
                "to": first.map(|m| match &m.to_name { Some(n) => format!("{n} <{}>", m.to), None => m.to.clone() }),
                "subject": b.subject, "text": b.text,
                "reply_to": first.and_then(|m| m.reply_to.clone()),
                "lang": b.lang, "pdf_name": b.pdf_name,
                "pdf_kb": b.pdf.len().div_ceil(1024),
            })
        })
        .collect();
    let nobody = recipients_for(&loaded, audience).is_empty();
    let errors = errors_of(&page, refusal(&s, &form, nobody));
    let typed = Typed {
        message: &form,
        plan: None,
        errors,
        preview: Some(preview),
    };
    render(&page, &s, &loaded, typed, StatusCode::OK)
}

/// `POST …/circulation/send`: queues the mailing; a second one to the
/// same audience needs `again=yes`.
pub async fn send(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    form: web::Form<MessageForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let audience = audience_of(&form)?;
    let site = Site::of(&state);
    let gap = super::gap(state.settings.mail_rate_per_minute);
    let user_id = current.user.id.clone();
    let (st, f) = (s.clone(), form.clone());
    let read = state
        .db(move |conn| {
            let recipients = super::recipients(conn, &st, audience)?;
            match refusal(&st, &f, recipients.is_empty()) {
                Some(refused) => Ok(Err(refused)),
                None => Ok(Ok((recipients, Makings::read(conn, &st, audience)?))),
            }
        })
        .await?;
    let outcome = match read {
        Err(refused) => Some(refused),
        Ok((recipients, makings)) => {
            // Composed outside the write transaction, which holds the
            // SQLite writer; `queue` leaves out whoever left meanwhile.
            let mails = makings
                .compose_apart(site, form.note.clone(), recipients)
                .await?;
            let (st, f) = (s.clone(), form.clone());
            state
                .db(move |conn| {
                    crate::db::write_tx(conn, |conn| {
                        // Two clicks send once.
                        crate::statements::queries::lock(conn, &st.id)?;
                        if super::already_sent(conn, &st.id, audience)? && f.again != "yes" {
                            return Ok(Some(("again", "circulation-again-confirm")));
                        }
                        super::queue(
                            conn,
                            &st,
                            audience,
                            f.note.trim(),
                            Some(&user_id),
                            mails,
                            gap,
                        )?;
                        Ok::<_, AppError>(None)
                    })
                })
                .await?
        }
    };
    match outcome {
        None => {
            state.mail_wakeup.notify_one();
            Ok(redirect(&format!(
                "/admin/statements/{}/circulation?done=queued#report",
                s.slug
            )))
        }
        refused @ Some(_) => {
            // The page again, as it stands, with why.
            let st = s.clone();
            let loaded = state.db(move |conn| load(conn, &st)).await?;
            let typed = Typed {
                message: &form,
                plan: None,
                errors: errors_of(&page, refused),
                preview: None,
            };
            render(&page, &s, &loaded, typed, StatusCode::CONFLICT)
        }
    }
}

/// Reads the addressees form; errors by field, in the page's language.
/// `saved` is the delivery time saved before, which may have passed.
fn parse_plan(
    page: &Page,
    s: &Statement,
    f: &PlanForm,
    saved: Option<chrono::NaiveDateTime>,
) -> Result<DeliveryPlan, Value> {
    let mut errors = serde_json::Map::new();
    let reply_to = f.reply_to.trim();
    if !reply_to.is_empty() && !crate::domain::email::is_valid(reply_to) {
        errors.insert("reply_to".into(), json!(page.t("circulation-bad-reply-to")));
    }
    let deliver_at = match f.deliver_at.trim() {
        "" => None,
        input => match deadline::parse_local(input, s.zone()) {
            // A time already past would send at once, unseen.
            Ok(t) if t <= now() && Some(t) != saved => {
                errors.insert("deliver_at".into(), json!(page.t("circulation-time-past")));
                None
            }
            Ok(t) => Some(t),
            Err(_) => {
                errors.insert("deliver_at".into(), json!(page.t("circulation-bad-time")));
                None
            }
        },
    };
    let mut list = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(f.addressees.as_bytes());
    let mut bad_line = None;
    for (i, record) in reader.records().enumerate() {
        let line = i + 1;
        let Ok(record) = record else {
            bad_line = Some(line);
            break;
        };
        let cells: Vec<&str> = record.iter().filter(|c| !c.is_empty()).collect();
        match cells.as_slice() {
            [] => continue,
            // A header line ("name,email") is skipped.
            [_, email] if line == 1 && !email.contains('@') => continue,
            [name, email] if crate::domain::email::is_valid(email) => {
                // Each address once.
                if !list
                    .iter()
                    .any(|(_, e): &(String, String)| e.eq_ignore_ascii_case(email))
                {
                    list.push((name.to_string(), email.to_string()));
                }
            }
            _ => {
                bad_line = Some(line);
                break;
            }
        }
    }
    if let Some(line) = bad_line {
        let vars = [("line", crate::i18n::Var::Num(line as i64))];
        let message = crate::i18n::t_vars(page.lang(), "circulation-bad-line", &vars);
        errors.insert("addressees".into(), json!(message));
    }
    if list.len() > MAX_ADDRESSEES {
        errors.insert("addressees".into(), json!(page.t("circulation-too-many")));
    }
    if !errors.is_empty() {
        return Err(Value::Object(errors));
    }
    Ok(DeliveryPlan {
        addressed_to: f.addressed_to.trim().to_string(),
        reply_to: reply_to.to_string(),
        deliver_at,
        addressees: list,
    })
}

/// `POST /admin/statements/{slug}/addressees`: saves the addressees,
/// where answers go and the delivery time.
pub async fn save_plan(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    form: web::Form<PlanForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let id = s.id.clone();
    let saved = state
        .db(move |conn| Ok(super::delivery_of(conn, &id)?.and_then(|d| d.deliver_at)))
        .await?;
    let plan = match parse_plan(&page, &s, &form, saved) {
        Ok(p) => p,
        Err(errors) => {
            let st = s.clone();
            let loaded = state.db(move |conn| load(conn, &st)).await?;
            let message = MessageForm::default();
            let typed = Typed {
                message: &message,
                plan: Some(&form),
                errors,
                preview: None,
            };
            return render(&page, &s, &loaded, typed, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let (id, user_id) = (s.id.clone(), current.user.id.clone());
    state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                super::save_plan(conn, &id, &plan)?;
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.addressees",
                    Some(&id),
                    json!({"addressees": plan.addressees.len(), "deliver_at": plan.deliver_at.map(deadline::rfc3339)}),
                )?;
                Ok::<_, AppError>(())
            })
        })
        .await?;
    Ok(redirect(&format!(
        "/admin/statements/{}/circulation?done=saved#addressees",
        s.slug
    )))
}

/// `POST …/mailings/{id}/again`: the failed and interrupted messages of a
/// mailing go again.
pub async fn again(
    state: web::Data<AppState>,
    AdminPage { current, .. }: AdminPage,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, mailing) = path.into_inner();
    let user_id = current.user.id.clone();
    let slug = state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                let s = crate::statements::queries::find_by_slug(conn, &slug)?
                    .ok_or(AppError::NotFound)?;
                if !super::mailings_of(conn, &s.id)?
                    .iter()
                    .any(|m| m.id == mailing)
                {
                    return Err(AppError::NotFound);
                }
                let n = crate::email::send_again(conn, crate::email::Parked::OfMailing(&mailing))?;
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.mailing_again",
                    Some(&s.id),
                    json!({"mailing": mailing, "messages": n}),
                )?;
                Ok(s.slug)
            })
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(redirect(&format!(
        "/admin/statements/{slug}/circulation?done=again#report"
    )))
}

/// Delivers, at their time, the statements whose delivery time passed:
/// published, with addressees, not delivered yet. Runs among the
/// sender's chores; several instances deliver each statement once.
pub fn deliver_due(conn: &mut DbConnection, state: &AppState) -> diesel::QueryResult<usize> {
    use crate::db::schema::deliveries as d;
    use diesel::prelude::*;
    let due: Vec<String> = d::table
        .filter(d::deliver_at.le(now()))
        .filter(d::delivered_at.is_null())
        .select(d::statement_id)
        .load(conn)?;
    let site = Site::of(state);
    let gap = super::gap(state.settings.mail_rate_per_minute);
    let mut delivered = 0;
    for id in due {
        let result = (|| {
            let Some(s) = crate::statements::queries::find_by_id(conn, &id)? else {
                return Ok(false);
            };
            let recipients = super::addressee_recipients(conn, &s)?;
            if !s.is_published(now()) || recipients.is_empty() {
                return Ok(false);
            }
            let mails =
                Makings::read(conn, &s, Audience::Addressees)?.compose(&site, "", &recipients)?;
            crate::db::write_tx(conn, |conn| {
                // Taken by one instance: the others find it delivered.
                let taken = diesel::update(d::table.find(&id))
                    .filter(d::delivered_at.is_null())
                    .set(d::delivered_at.eq(Some(now())))
                    .execute(conn)?;
                if taken != 1 {
                    return Ok(false);
                }
                super::queue(conn, &s, Audience::Addressees, "", None, mails, gap)?;
                Ok::<_, AppError>(true)
            })
        })();
        match result {
            Ok(true) => delivered += 1,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "scheduled delivery failed"),
        }
    }
    if delivered > 0 {
        state.mail_wakeup.notify_one();
    }
    Ok(delivered)
}
