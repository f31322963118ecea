//! Field-level form errors, rendered as an error summary linked to the
//! fields plus a message beside each field.

use serde_json::{json, Map, Value};

use crate::domain::text::TextError;
use crate::web::page::Page;

#[derive(Default, Debug)]
pub struct FormErrors {
    list: Vec<(String, String)>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// One message for one field.
    pub fn single(field: &str, message: String) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    /// Adds a message for `field` (only the first one per field is shown).
    pub fn add(&mut self, field: &str, message: String) {
        if !self.list.iter().any(|(f, _)| f == field) {
            self.list.push((field.to_string(), message));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `{"errors": [{field, message}], "field_errors": {field: message}}`.
    pub fn to_json(&self) -> Value {
        let mut by_field = Map::new();
        for (f, m) in &self.list {
            by_field.insert(f.clone(), json!(m));
        }
        json!({
            "errors": self.list.iter().map(|(f, m)| json!({"field": f, "message": m})).collect::<Vec<_>>(),
            "field_errors": by_field,
        })
    }

    /// Adds the error data into a template's data object.
    pub fn merge_into(&self, data: &mut Value) {
        if let (Value::Object(target), Value::Object(src)) = (data, self.to_json()) {
            target.extend(src);
        }
    }
}

/// The message for a refused text field (`field`: name, person, title …).
pub fn text_message(page: &Page, field: &str, e: TextError) -> String {
    page.t(&text_message_key(field, e))
}

/// The translation key of [`text_message`].
pub fn text_message_key(field: &str, e: TextError) -> String {
    match e {
        TextError::Required => format!("sign-{field}-required"),
        TextError::TooShort => format!("sign-{field}-too-short"),
        TextError::TooLong => format!("sign-{field}-too-long"),
        TextError::Forbidden => "sign-forbidden-characters".to_string(),
        TextError::NoLetters => "sign-no-letters".to_string(),
        TextError::Link => "sign-no-links".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message a refused field can show exists in English.
    #[test]
    fn text_messages_exist() {
        use TextError::*;
        let used: [(&str, &[TextError]); 6] = [
            (
                "name",
                &[Required, TooShort, TooLong, Forbidden, NoLetters, Link],
            ),
            (
                "person",
                &[Required, TooShort, TooLong, Forbidden, NoLetters, Link],
            ),
            (
                "contact",
                &[Required, TooShort, TooLong, Forbidden, NoLetters, Link],
            ),
            ("title", &[TooLong, Forbidden, Link]),
            ("qualifier", &[Forbidden, Link]),
            ("message", &[TooLong, Forbidden]),
        ];
        for (field, errors) in used {
            for e in errors {
                let key = text_message_key(field, e.clone());
                assert_ne!(crate::i18n::t("en", &key), key, "{key} is missing");
            }
        }
    }
}
