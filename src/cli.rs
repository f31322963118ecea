//! Commands other than `serve`.

use std::io::BufRead;

use serde_json::json;

use crate::accounts::{self, password, CreateError, Role};
use crate::config::Settings;

/// `undersigned admin create --email E --name N`.
pub fn admin_create(settings: Settings, email: &str, name: &str) -> Result<String, String> {
    let password = match std::env::var("UNDERSIGNED_PASSWORD") {
        Ok(p) if !p.is_empty() => p,
        _ => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    let email = crate::domain::email::normalise(email);
    if !crate::domain::email::is_valid(&email) {
        return Err(format!("{email:?} is not a valid email address"));
    }
    let name = name.trim();
    if name.is_empty() {
        return Err("the name must not be empty".into());
    }
    if let Some(problem) = password::policy_problem(&password, &email) {
        return Err(crate::i18n::t("en", problem));
    }
    let hash = password::hash(&password)?;
    let state = crate::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let user =
        accounts::create(&mut conn, &email, name, &hash, Role::Admin).map_err(|e| match e {
            CreateError::EmailTaken => format!("there is already an account for {email}"),
            CreateError::Db(e) => e.to_string(),
        })?;
    crate::audit::record(
        &mut conn,
        None,
        "account.create_cli",
        None,
        json!({"email": user.email}),
    )
    .map_err(|e| e.to_string())?;
    Ok(format!(
        "administrator {} <{}> created",
        user.name, user.email
    ))
}

/// `undersigned import --statement SLUG FILE.csv`.
pub fn import(settings: Settings, slug: &str, file: &std::path::Path) -> Result<String, String> {
    let data = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let rows = crate::import::parse(&data).map_err(|problems| describe(&problems))?;
    let state = crate::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let statement = crate::statements::queries::find_by_slug(&mut conn, slug)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no statement with the address {slug:?}"))?;
    let n = crate::import::commit(&mut conn, &statement.id, &rows, None).map_err(|r| match r {
        crate::import::Refused::Problems(p) => describe(&p),
        crate::import::Refused::Statement(why) => why.to_string(),
        crate::import::Refused::Db(e) => e.to_string(),
    })?;
    Ok(format!("imported {n} signatures into {slug}"))
}

/// `undersigned backup FILE`: a consistent copy of the SQLite database,
/// safe while the server runs.
pub fn backup(settings: Settings, file: &std::path::Path) -> Result<String, String> {
    match settings.db_target()? {
        crate::db::DbTarget::Sqlite(path) => {
            let bytes = crate::db::backup::sqlite_into(&path, file)?;
            Ok(format!(
                "copied {} to {} ({bytes} bytes); it holds the secret key and signers' \
                 contact data: store it encrypted",
                path.display(),
                file.display()
            ))
        }
        crate::db::DbTarget::Postgres(_) => Err(
            "`backup` copies SQLite databases; on PostgreSQL use pg_dump, e.g. \
             `pg_dump -Fc -f undersigned.dump \"$DATABASE_URL\"` (restore with pg_restore)"
                .into(),
        ),
    }
}

/// `undersigned purge [--statement SLUG] [--older-than DAYS]`.
pub fn purge(settings: Settings, slug: Option<&str>, days: u32) -> Result<String, String> {
    let state = crate::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    if let Some(slug) = slug {
        let s = crate::statements::queries::find_by_slug(&mut conn, slug)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("no statement with the address {slug:?}"))?;
        if s.contact_erase_on(days).is_none() {
            return Err(format!(
                "{slug} is neither published nor archived: its signers' contact data is \
                 still needed"
            ));
        }
    }
    let (expired, old_mail) = crate::signatures::erase::expired_unconfirmed(
        &mut conn,
        crate::db::now(),
        crate::signing::CONFIRM_VALID,
    )
    .map_err(|e| e.to_string())?;
    let (done, mail) = crate::retention::purge(&mut conn, days, slug).map_err(|e| e.to_string())?;
    crate::email::sender::remove_files(&state.settings, &old_mail);
    crate::email::sender::remove_files(&state.settings, &mail);
    let mut lines: Vec<String> = done
        .iter()
        .map(|(slug, n)| format!("{slug}: contact data of {n} signatures erased"))
        .collect();
    if lines.is_empty() {
        lines.push(format!(
            "nothing to erase: no statement published or archived {days} or more days ago \
             still has contact data"
        ));
    }
    if expired > 0 {
        lines.push(format!(
            "{expired} never-confirmed signatures with expired links deleted"
        ));
    }
    Ok(lines.join("\n"))
}

fn describe(problems: &[crate::import::Problem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| {
            if p.line > 0 {
                format!("line {}: {}", p.line, p.message)
            } else {
                p.message.clone()
            }
        })
        .collect();
    format!("nothing was imported:\n{}", lines.join("\n"))
}
