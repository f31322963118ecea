//! Requests refused at the edge, before any handler or database sees
//! them: control characters in the path, the query or a form field. Text
//! with them cannot be stored alike on both backends (PostgreSQL refuses
//! NUL) nor written into XML (the Atom feed), and no person types them.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use percent_encoding::percent_decode_str;

use crate::error::{error_page, json_error};

/// A character no form field may hold: C0 controls other than tab and
/// line breaks, DEL, and the two noncharacters XML forbids.
pub fn forbidden_in_text(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{7f}' | '\u{fffe}' | '\u{ffff}')
}

/// Whether `s` holds a character no form field may hold.
pub fn has_forbidden(s: &str) -> bool {
    s.chars().any(forbidden_in_text)
}

/// Whether a percent-encoded path or query holds a control byte once
/// decoded (line breaks and tabs included: no address has them).
fn url_has_controls(encoded: &str) -> bool {
    percent_decode_str(encoded).any(|b| b < b' ' || b == 0x7f)
}

/// The answer to a request refused for its characters.
pub fn refused(path: &str) -> actix_web::HttpResponse {
    let message = "the request holds control characters, which cannot be stored".to_string();
    if path.starts_with("/api/") {
        json_error(StatusCode::BAD_REQUEST, Some(message))
    } else {
        error_page(StatusCode::BAD_REQUEST, Some(message))
    }
}

/// Refuses a path or query with control characters (form bodies are
/// checked where they are read, in [`super::csrf::protect`]).
pub async fn refuse_controls(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let uri = req.uri();
    if url_has_controls(uri.path()) || uri.query().is_some_and(url_has_controls) {
        let res = refused(uri.path());
        return Ok(req.into_response(res));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_may_hold_line_breaks_but_no_other_control() {
        assert!(!has_forbidden(
            "Line one\r\nline two\ttabbed, «ünïcode» 中文"
        ));
        assert!(has_forbidden("a\u{0}b"));
        assert!(has_forbidden("bell\u{7}"));
        assert!(has_forbidden("del\u{7f}"));
        assert!(has_forbidden("\u{ffff}"));
        assert!(url_has_controls("/s/a%00b"));
        assert!(url_has_controls("back=%0d%0aSet-Cookie"));
        assert!(!url_has_controls("/s/a%20b?q=%C3%A9"));
    }
}
