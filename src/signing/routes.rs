//! Public signing pages: the statement page with its form, submission,
//! the confirmation link and the manage link.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use crate::db::now;
use crate::error::AppError;
use crate::publication::cache::{self, PageCache};
use crate::publication::routes as publication;
use crate::state::AppState;
use crate::statements::public::{self, load_public, Reading};
use crate::statements::view::statement_view;
use crate::statements::{Statement, Status};
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

use crate::web::ratelimit::Limiter;

use super::form::SignForm;
use super::mail::MailContext;
use super::open_page::{self, OpenPages};
use super::writer::SignWriter;
use super::{Changed, Confirmed, Prepared, Signature, Submitted};
use crate::signatures::{Listing, SignatureStatus, SignerKind};

/// The statement page: text, deadline, count, the list (running list while
/// open if the statement shows it, final list once published), the form,
/// in the version the reader reads.
async fn render_statement(
    state: &AppState,
    page: &Page,
    reading: &Reading,
    status: StatusCode,
    values: &SignForm,
    errors: Option<&FormErrors>,
) -> Result<HttpResponse, AppError> {
    let s = &reading.read;
    let t = now();
    let st = s.status_at(t);
    let lang = page.lang();
    let show_list = s.list_is_public(t);
    // The whole list, sorted, only where it is shown; a count is a count.
    let (count, list) = if show_list {
        let list = publication::final_list_of(state, s, lang).await?;
        (list.named as i64 + list.anonymous, Some(list))
    } else {
        let statement = s.clone();
        let version = state
            .db(move |conn| Ok(open_page::version(conn, &statement)?))
            .await?;
        (version.approved(), None)
    };
    let is_final = st == Status::Published || st == Status::Archived;
    let delivered = if is_final {
        let id = s.id.clone();
        let note = state
            .db(move |conn| Ok(crate::circulation::delivered_note(conn, &id)?))
            .await?;
        note.map(|(to, n, at)| json!({"to": to, "n": n, "date": crate::domain::deadline::describe_day(at, s.zone(), lang)}))
    } else {
        None
    };
    let path = format!("/s/{}", s.slug);
    let url = format!(
        "{}{}",
        state.settings.public_url(),
        reading.href(&path, &reading.chosen)
    );
    let countries = if st == Status::Open {
        crate::i18n::country_choices(lang)
    } else {
        Vec::new()
    };
    let versions = reading.links(&path);
    let original = &reading.original;
    let mut data = json!({
        "statement": statement_view(s, lang, t),
        "versions": versions,
        "alternates": versions,
        "is_translation": reading.is_translation(),
        "original_language": crate::statements::form::language_name(&original.language),
        "sign_action": reading.href(&format!("{path}/sign"), &reading.chosen),
        "count": count,
        "show_list": show_list,
        "final": list,
        "is_final": is_final,
        "delivered": delivered,
        "form_open": st == Status::Open,
        "values": values,
        "kind": values.effective_kind(s).map(SignerKind::as_str).unwrap_or(""),
        "both_kinds": s.allow_organisations && s.allow_individuals,
        "countries": countries.into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
        "require_country": s.require_country,
        "og": {
            "title": s.title,
            "description": s.summary,
            "url": url,
            "image": format!("{}{path}/share.png", state.settings.public_url()),
        },
        "share": super::share::links(&s.title, &url),
        "share_lang": (reading.chosen != reading.original.language).then_some(&reading.chosen),
    });
    if let Some(e) = errors {
        e.merge_into(&mut data);
    }
    page.render_status(status, "signing/statement", data)
}

/// `GET /s/{slug}`. A published page never changes until a coordinator
/// changes the statement: it is answered from memory, with an ETag and
/// Last-Modified, and 304 for a client that has it. Each language version
/// is its own page (`?lang=fr`, else the reader's languages choose).
pub async fn statement_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    page_cache: web::Data<PageCache>,
    open_pages: web::Data<OpenPages>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let t = now();
    // Read before the version, so that a change made meanwhile is seen
    // next time.
    let changes = state.changes_seen();
    // The languages the statement was last seen in name the kept pages.
    if let Some(languages) = open_pages.languages(&slug) {
        let (chosen, ui) = public::choose(&req, &languages, true);
        let key = format!("{slug}|{chosen}|{ui}");
        if let Some(cached) = page_cache.fresh(&key) {
            return Ok(cache::respond(&req, cached));
        }
        // Only a remembered choice makes this visitor's page another one.
        let (key, ui) = if crate::web::page::remembered_language(&req).is_some() {
            let (chosen, ui) = public::choose(&req, &languages, false);
            (format!("{slug}|{chosen}|{ui}"), ui)
        } else {
            (key, ui)
        };
        if let Some(open) = open_pages.fresh(&key, t, changes) {
            let page = Page::new(&req).without_notice().in_language(ui);
            return Ok(open.respond(&req, &page));
        }
    }
    let reading = Reading::load(&state, &req, slug).await?;
    open_pages.remember_languages(&reading.original.slug, reading.languages.clone());
    let page = reading.page(&req);
    let key = reading.key();
    let s = &reading.read;
    if s.status_at(t) == Status::Open {
        let statement = s.clone();
        let version = state
            .db(move |conn| Ok(open_page::version(conn, &statement)?))
            .await?;
        if let Some(open) = open_pages.current(&key, &version, t, changes) {
            return Ok(open.respond(&req, &page));
        }
        let placeholder = open_page::token_placeholder();
        let shared = page.with_csrf_token(&placeholder);
        let defaults = SignForm::defaults_for(s);
        let res =
            render_statement(&state, &shared, &reading, StatusCode::OK, &defaults, None).await?;
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .map_err(|_| AppError::internal("page body"))?;
        let open = open_pages.keep(key, version, s, t, changes, &body, &placeholder);
        return Ok(open.respond(&req, &page));
    }
    // Closed early or published: no kept open page may be served again.
    open_pages.forget(&s.slug);
    if !s.is_published(t) {
        let defaults = SignForm::defaults_for(s);
        return render_statement(&state, &page, &reading, StatusCode::OK, &defaults, None).await;
    }
    let etag = format!(
        "\"{}-{}-{}-{}\"",
        s.id,
        s.updated_at.and_utc().timestamp_micros(),
        reading.chosen,
        page.lang()
    );
    let modified = header::HttpDate::from(std::time::SystemTime::from(s.updated_at.and_utc()));
    let empty = SignForm::default();
    let render = render_statement(&state, &page, &reading, StatusCode::OK, &empty, None);
    let cached = page_cache
        .get_or_render(key, etag, modified, render)
        .await?;
    Ok(cache::respond(&req, cached))
}

fn client_key(req: &HttpRequest, state: &AppState) -> String {
    let client = crate::web::ratelimit::client_key(req, &state.settings);
    state.keys.keyed_hash("rate-sign", &client)
}

/// Limit on sign submissions per client (`None`: turned off).
pub struct SignLimiter(pub Option<Limiter>);

/// `POST /s/{slug}/sign`.
pub async fn sign(
    req: HttpRequest,
    state: web::Data<AppState>,
    writer: web::Data<SignWriter>,
    limiter: web::Data<SignLimiter>,
    path: web::Path<String>,
    form: web::Form<SignForm>,
) -> Result<HttpResponse, AppError> {
    let reading = Reading::load(&state, &req, path.into_inner()).await?;
    let page = Page::new(&req).in_language(reading.interface);
    let s = &reading.read;
    let values = form.into_inner();
    let refuse =
        |status, errors| render_statement(&state, &page, &reading, status, &values, errors);
    if !s.is_signable(now()) {
        return refuse(StatusCode::GONE, None).await;
    }
    let thanks = redirect(&format!("/s/{}/thanks", s.slug));
    if !values.homepage.trim().is_empty() {
        // A robot filled the hidden field: answer as for anyone, keep nothing.
        tracing::info!("sign submission dropped by the honeypot");
        return Ok(thanks);
    }
    if limiter
        .0
        .as_ref()
        .is_some_and(|l| !l.allow(client_key(&req, &state)))
    {
        let errors = FormErrors::single("name", page.t("sign-rate-limited"));
        return refuse(StatusCode::TOO_MANY_REQUESTS, Some(&errors)).await;
    }
    let new = match values.parse(s, &page) {
        Ok(n) => n,
        Err(errors) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, Some(&errors)).await,
    };
    let mail = MailContext {
        public_url: state.settings.public_url(),
        lang: page.lang(),
        site_name: state.brand.name.clone(),
        footer: state.brand.footer.clone(),
    };
    let submission = Prepared::new(s, new, &mail)?;
    match super::sign(&state, &writer, submission).await? {
        Submitted::Closed => refuse(StatusCode::GONE, None).await,
        // Every submission is stored and answered alike: nobody learns
        // who signed.
        Submitted::New(_) => Ok(thanks),
    }
}

/// `GET /s/{slug}/thanks`.
pub async fn thanks(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let s = load_public(&state, path.into_inner()).await?;
    page.render(
        "signing/thanks",
        json!({"statement": statement_view(&s, page.lang(), now())}),
    )
}

/// The page for a confirmation or manage link that does not (or no
/// longer) work.
fn link_gone(page: &Page) -> Result<HttpResponse, AppError> {
    Ok(private(page.render_status(
        StatusCode::GONE,
        "signing/link-gone",
        json!({}),
    )?))
}

/// Pages reached through emailed links must not leak the link onwards,
/// nor stay in a cache.
fn private(mut res: HttpResponse) -> HttpResponse {
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    res
}

/// A signature as its signer sees it behind their links.
#[derive(serde::Serialize)]
struct SignatureView<'a> {
    display: String,
    name: &'a str,
    title: &'a str,
    country: Option<&'a str>,
    kind: SignerKind,
    anonymous: bool,
    status: SignatureStatus,
}

fn signature_view<'a>(sig: &'a Signature, s: &Statement, lang: &str) -> SignatureView<'a> {
    SignatureView {
        display: crate::i18n::name_with_country(&sig.name, sig.country.as_deref(), lang),
        name: &sig.name,
        title: &sig.title,
        country: sig.country.as_deref(),
        kind: sig.kind,
        anonymous: sig.listing == Listing::Anonymous,
        status: sig.status.as_signer_sees(s.moderation),
    }
}

/// `GET /confirm/{token}`: shows what would be confirmed; changes nothing
/// (mail scanners open links before people do).
pub async fn confirm_page(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let found = state
        .db(move |conn| Ok(super::by_confirm_token(conn, &token)?))
        .await?;
    let Some((sig, s)) = found else {
        return link_gone(&page);
    };
    let t = now();
    let state_key = super::ConfirmState::of(&sig, &s, t).key();
    let status = if matches!(state_key, "expired" | "not-possible") {
        StatusCode::GONE
    } else {
        StatusCode::OK
    };
    Ok(private(page.render_status(
        status,
        "signing/confirm",
        json!({"statement": statement_view(&s, page.lang(), t), "signature": signature_view(&sig, &s, page.lang()), "state": state_key}),
    )?))
}

/// `POST /confirm/{token}`: confirms.
pub async fn confirm(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let lookup = token.clone();
    let outcome = state.db(move |conn| super::confirm(conn, &token)).await?;
    let found = state
        .db(move |conn| Ok(super::by_confirm_token(conn, &lookup)?))
        .await?;
    let (Some(outcome), Some((sig, s))) = (outcome, found) else {
        return link_gone(&page);
    };
    let (status, key) = match outcome {
        Confirmed::Done { pending: true } => (StatusCode::OK, "done-pending"),
        Confirmed::Done { pending: false } => (StatusCode::OK, "done"),
        Confirmed::Already => (StatusCode::OK, "already"),
        Confirmed::Expired => (StatusCode::GONE, "expired"),
        Confirmed::NotPossible => (StatusCode::GONE, "not-possible"),
    };
    Ok(private(page.render_status(
        status,
        "signing/confirm",
        json!({"statement": statement_view(&s, page.lang(), now()), "signature": signature_view(&sig, &s, page.lang()), "state": key}),
    )?))
}

async fn render_manage(
    page: &Page,
    token: &str,
    sig: &Signature,
    s: &Statement,
    status: StatusCode,
    values: &SignForm,
    errors: Option<&FormErrors>,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang();
    let mut data = json!({
        "token": token,
        "statement": statement_view(s, lang, now()),
        "signature": signature_view(sig, s, lang),
        "can_change": super::can_change(sig, s),
        "withdrawn": sig.status == SignatureStatus::Withdrawn,
        "values": values,
        "kind": sig.kind,
        "email": sig.email,
        "countries": crate::i18n::country_choices(lang).into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
        "require_country": s.require_country,
    });
    if let Some(e) = errors {
        e.merge_into(&mut data);
    }
    Ok(private(page.render_status(
        status,
        "signing/manage",
        data,
    )?))
}

fn form_of(sig: &Signature) -> SignForm {
    SignForm {
        kind: sig.kind.as_str().to_string(),
        name: sig.name.clone(),
        title: sig.title.clone(),
        country: sig.country.clone().unwrap_or_default(),
        contact_name: sig.contact_name.clone(),
        email: sig.email.clone().unwrap_or_default(),
        website: sig.website.clone(),
        listing: sig.listing.as_str().to_string(),
        message: sig.message.clone(),
        homepage: String::new(),
    }
}

async fn find_managed(
    state: &AppState,
    token: &str,
) -> Result<Option<(Signature, Statement)>, AppError> {
    let token = token.to_string();
    state
        .db(move |conn| Ok(super::by_manage_token(conn, &token)?))
        .await
}

/// `GET /manage/{token}`.
pub async fn manage_page(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let Some((sig, s)) = find_managed(&state, &token).await? else {
        return link_gone(&page);
    };
    render_manage(
        &page,
        &token,
        &sig,
        &s,
        StatusCode::OK,
        &form_of(&sig),
        None,
    )
    .await
}

/// Limit on changes through one manage link (`None`: turned off).
pub struct ManageLimiter(pub Option<Limiter>);

/// Changes per minute through one manage link.
pub const MANAGE_PER_MINUTE: u32 = 5;

/// `POST /manage/{token}`: a correction. Every accepted change is
/// answered alike, whether it took effect or waits for the coordinators.
pub async fn manage_edit(
    page: Page,
    state: web::Data<AppState>,
    limiter: web::Data<ManageLimiter>,
    path: web::Path<String>,
    form: web::Form<SignForm>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let Some((sig, s)) = find_managed(&state, &token).await? else {
        return link_gone(&page);
    };
    let mut values = form.into_inner();
    // The kind and the address stay as signed.
    values.kind = sig.kind.as_str().to_string();
    values.email = sig.email.clone().unwrap_or_default();
    let refuse = |status, errors| render_manage(&page, &token, &sig, &s, status, &values, errors);
    if !super::can_change(&sig, &s) {
        return refuse(StatusCode::GONE, None).await;
    }
    let link_key = state
        .keys
        .keyed_hash("rate-manage", &crate::secrets::token_hash(&token));
    if limiter.0.as_ref().is_some_and(|l| !l.allow(link_key)) {
        let errors = FormErrors::single("name", page.t("sign-rate-limited"));
        return refuse(StatusCode::TOO_MANY_REQUESTS, Some(&errors)).await;
    }
    let new = match values.parse(&s, &page) {
        Ok(n) => n,
        Err(errors) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, Some(&errors)).await,
    };
    let t = token.clone();
    match state.db(move |conn| super::edit(conn, &t, &new)).await? {
        Changed::Done => Ok(private(redirect(&format!("/manage/{token}?done=saved")))),
        Changed::Closed => refuse(StatusCode::GONE, None).await,
    }
}

/// `POST /manage/{token}/withdraw`.
pub async fn manage_withdraw(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<WithdrawForm>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let Some((sig, s)) = find_managed(&state, &token).await? else {
        return link_gone(&page);
    };
    // Withdrawing takes a second, deliberate step: the box ticked.
    if super::can_change(&sig, &s) && form.confirm.as_deref() != Some("yes") {
        let errors = FormErrors::single("confirm", page.t("manage-withdraw-unconfirmed"));
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render_manage(
            &page,
            &token,
            &sig,
            &s,
            status,
            &form_of(&sig),
            Some(&errors),
        )
        .await;
    }
    let t = token.clone();
    match state.db(move |conn| super::withdraw(conn, &t)).await? {
        Changed::Done => Ok(private(redirect(&format!(
            "/manage/{token}?done=withdrawn"
        )))),
        _ => {
            render_manage(
                &page,
                &token,
                &sig,
                &s,
                StatusCode::GONE,
                &form_of(&sig),
                None,
            )
            .await
        }
    }
}

/// The withdraw form: its confirmation box.
#[derive(serde::Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    confirm: Option<String>,
}

/// `GET /manage/{token}/data`: everything kept about the signature, as a
/// JSON download.
pub async fn manage_data(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let public_url = state.settings.public_url();
    let Some(data) = state
        .db(move |conn| super::own_data(conn, &token, &public_url))
        .await?
    else {
        return link_gone(&page);
    };
    let body = serde_json::to_string_pretty(&data).map_err(AppError::internal)?;
    Ok(private(
        HttpResponse::Ok()
            .content_type("application/json; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "private, no-store"))
            .insert_header((
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"my-signature.json\"",
            ))
            .body(body),
    ))
}

/// `GET /manage/{token}/erase`: what erasing does, and the button.
pub async fn manage_erase_page(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let Some((sig, s)) = find_managed(&state, &token).await? else {
        return link_gone(&page);
    };
    let published = matches!(s.status_at(now()), Status::Published | Status::Archived);
    Ok(private(page.render(
        "signing/erase",
        json!({"token": token, "statement": statement_view(&s, page.lang(), now()), "signature": signature_view(&sig, &s, page.lang()), "published": published}),
    )?))
}

/// `POST /manage/{token}/erase`: erases, and says what was done. The link
/// stops working.
pub async fn manage_erase(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let settings = state.settings.clone();
    // The files go on the blocking pool, with the rows.
    let erased = state
        .db(move |conn| {
            let erased = super::erase_own(conn, &token)?;
            if let Some((_, _, mail)) = &erased {
                crate::email::sender::remove_files(&settings, mail);
            }
            Ok(erased)
        })
        .await?;
    let Some((s, withdrawn, _)) = erased else {
        return link_gone(&page);
    };
    Ok(private(page.render(
        "signing/erased",
        json!({"statement": statement_view(&s, page.lang(), now()), "withdrawn": withdrawn}),
    )?))
}
