//! `HEAD` for every `GET` route, in one place: routes are declared for GET
//! and this middleware routes a HEAD request as a GET. The response keeps
//! GET's status and headers, `Content-Length` included; actix-http's
//! HTTP/1 codec, which remembers that the request on the wire was HEAD,
//! leaves the body out.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderValue, ALLOW};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;

/// The middleware (install with `actix_web::middleware::from_fn`, outside
/// the error pages so that it sees their final 405).
pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    let mut res = next.call(req).await?;
    if res.status() == StatusCode::METHOD_NOT_ALLOWED {
        allow_head_with_get(res.headers_mut());
    }
    Ok(res)
}

/// A resource that answers GET answers HEAD too: say so in `Allow`.
fn allow_head_with_get(headers: &mut HeaderMap) {
    let Some(allow) = headers.get(ALLOW).and_then(|v| v.to_str().ok()) else {
        return;
    };
    let methods: Vec<&str> = allow.split(',').map(str::trim).collect();
    if methods.contains(&"GET") && !methods.contains(&"HEAD") {
        let value = format!("{allow}, HEAD");
        if let Ok(v) = HeaderValue::from_str(&value) {
            headers.insert(ALLOW, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_joins_get_in_allow() {
        let mut h = HeaderMap::new();
        h.insert(ALLOW, HeaderValue::from_static("GET, POST"));
        allow_head_with_get(&mut h);
        assert_eq!(h.get(ALLOW).unwrap(), "GET, POST, HEAD");
        let mut post_only = HeaderMap::new();
        post_only.insert(ALLOW, HeaderValue::from_static("POST"));
        allow_head_with_get(&mut post_only);
        assert_eq!(post_only.get(ALLOW).unwrap(), "POST");
    }
}
