//! Counts the changes made through this instance: every accepted form
//! (`POST` answered below 400) except a new signature, which no public
//! page shows before it is confirmed. Pages kept in memory compare the
//! count to decide when to look at the database again, so that whoever
//! changed something sees it at once; other instances see it within a
//! second. It costs the sign-on crowd nothing: reading never counts, and
//! the number of version checks follows the number of changes.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web;

use crate::state::AppState;

/// The middleware (install with `actix_web::middleware::from_fn`).
pub async fn count(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let counts = req.method() == Method::POST && !req.path().ends_with("/sign");
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let res = next.call(req).await?;
    if counts && res.status().as_u16() < 400 {
        if let Some(state) = state {
            state
                .changes
                .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        }
    }
    Ok(res)
}
