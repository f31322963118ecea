//! The audit log in words: "Maria approved Acción Solidaria (Venezuela)",
//! "Statement published". The raw details stay behind a disclosure.

use serde_json::{json, Value};

use crate::audit::AuditEntry;
use crate::domain::deadline;
use crate::i18n::{self, Var};

/// The message key of an action: `signature.email_again` reads
/// `audit-did-signature-email-again`.
pub fn key(action: &str) -> String {
    format!("audit-did-{}", action.replace(['.', '_'], "-"))
}

/// Every action the log writes, so that a test can check each has words.
pub const ACTIONS: [&str; 45] = [
    "statement.create",
    "statement.edit",
    "statement.amend",
    "statement.open",
    "statement.close",
    "statement.reopen",
    "statement.publish",
    "statement.archive",
    "statement.export",
    "statement.contact_erased",
    "statement.version_save",
    "statement.version_amend",
    "statement.version_delete",
    "statement.addressees",
    "statement.circulated",
    "statement.delivered",
    "statement.mailing_again",
    "signature.confirm",
    "signature.approve",
    "signature.reject",
    "signature.edit",
    "signature.replace",
    "signature.merge",
    "signature.withdraw",
    "signature.export",
    "signature.erase",
    "signature.email_again",
    "signature.duplicate_attempt",
    "signature.look_alike_kept",
    "signature.import",
    "signer.export",
    "signer.erase",
    "account.sign_in",
    "account.setup",
    "account.invite",
    "account.invitation_revoke",
    "account.accept_invitation",
    "account.enable",
    "account.disable",
    "account.create_cli",
    "account.change_password",
    "team.create",
    "team.rename",
    "team.member_add",
    "team.member_remove",
];

fn details_of(e: &AuditEntry) -> Value {
    serde_json::from_str(&e.details).unwrap_or(Value::Null)
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// "Acción Solidaria (Venezuela)": the name as the entry recorded it (a
/// later correction does not rewrite the past), else as the signature
/// reads now; the country as it reads now.
fn signature_label(e: &AuditEntry, details: &Value, lang: &str) -> String {
    let name = text(details, "name")
        .or_else(|| text(details, "into_name"))
        .or_else(|| e.signature_name.clone());
    match (name, &e.signature_country) {
        (Some(n), Some(c)) => format!("{n} ({})", i18n::country_name(c, lang)),
        (Some(n), None) => n,
        (None, _) => i18n::t(lang, "audit-a-signature"),
    }
}

fn who(e: &AuditEntry, lang: &str) -> String {
    match (e.actor_kind.as_str(), &e.actor) {
        (_, Some(name)) => name.clone(),
        ("signer", None) => i18n::t(lang, "audit-actor-signer"),
        ("system", None) => i18n::t(lang, "audit-actor-system"),
        _ => i18n::t(lang, "audit-actor-former"),
    }
}

/// The entry as one sentence in `lang`.
pub fn sentence(e: &AuditEntry, lang: &str) -> String {
    describe(e, &details_of(e), lang)
}

/// [`sentence`], with the entry's details already read.
fn describe(e: &AuditEntry, details: &Value, lang: &str) -> String {
    let who = who(e, lang);
    let count = |k: &str| match details.get(k) {
        Some(Value::Array(a)) => a.len() as i64,
        Some(v) => v.as_i64().unwrap_or(0),
        None => 0,
    };
    let vars = [
        ("who", Var::Text(who.clone())),
        ("signature", Var::Text(signature_label(e, details, lang))),
        (
            "other",
            Var::Text(
                text(details, "duplicate_name")
                    .or_else(|| text(details, "replaced_name"))
                    .unwrap_or_default(),
            ),
        ),
        (
            "language",
            Var::Text(
                text(details, "language")
                    .map(|l| super::form::language_name(&l).to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "email",
            Var::Text(text(details, "email").unwrap_or_default()),
        ),
        (
            "format",
            Var::Text(text(details, "format").unwrap_or_default()),
        ),
        (
            "count",
            Var::Num(
                ["rows", "signatures", "recipients", "messages"]
                    .iter()
                    .map(|k| count(k))
                    .max()
                    .unwrap_or(0)
                    .max(1),
            ),
        ),
    ];
    let key = key(&e.action);
    let said = i18n::t_vars(lang, &key, &vars);
    if said == key {
        // An action this version does not know (written by a newer one).
        i18n::t_vars(
            lang,
            "audit-did-other",
            &[
                ("who", Var::Text(who)),
                ("action", Var::Text(e.action.clone())),
            ],
        )
    } else {
        said
    }
}

/// The entries as the audit templates show them.
pub fn rows(entries: &[AuditEntry], lang: &str) -> Vec<Value> {
    entries
        .iter()
        .map(|e| {
            let details = details_of(e);
            json!({
                "at": deadline::describe_utc(e.at),
                "what": describe(e, &details, lang),
                "statement": e.statement_slug.as_ref().map(|slug| json!({
                    "slug": slug,
                    "title": e.statement_title,
                })),
                "details": if details.as_object().is_some_and(|o| !o.is_empty()) {
                    serde_json::to_string_pretty(&details).ok()
                } else {
                    None
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action the code writes has words in every language (a
    /// missing message would show the raw code).
    #[test]
    fn every_action_reads_as_a_sentence() {
        for lang in crate::i18n::SUPPORTED {
            for action in ACTIONS {
                let entry = AuditEntry {
                    id: String::new(),
                    at: chrono::NaiveDateTime::default(),
                    actor_kind: "user".into(),
                    actor: Some("Maria".into()),
                    action: action.to_string(),
                    statement_slug: None,
                    statement_title: None,
                    signature_name: Some("Acción Solidaria".into()),
                    signature_country: Some("VE".into()),
                    details: r#"{"rows": 3, "email": "a@example.org"}"#.into(),
                };
                let said = sentence(&entry, lang);
                assert!(
                    !said.contains(action) && !said.contains("audit-did"),
                    "{lang} has no words for {action}: {said}"
                );
            }
        }
        let entry = AuditEntry {
            id: String::new(),
            at: chrono::NaiveDateTime::default(),
            actor_kind: "user".into(),
            actor: Some("Maria".into()),
            action: "signature.approve".into(),
            statement_slug: None,
            statement_title: None,
            signature_name: Some("Acción Solidaria".into()),
            signature_country: Some("VE".into()),
            details: "{}".into(),
        };
        assert_eq!(
            sentence(&entry, "en"),
            "Maria approved Acción Solidaria (Venezuela)"
        );
    }
}
