//! Reading request bodies before routing (the CSRF check needs the form),
//! with bounds a crowd of slow or idle clients cannot wear down: a body
//! must arrive within [`BODY_TIMEOUT`], may not exceed [`super::BODY_LIMIT`],
//! all bodies being read at once hold at most [`BUDGET`] bytes, and those
//! of one client (an address, IPv6 by /64) at most [`PER_CLIENT`], so one
//! client cannot spend the budget of everyone (past either, 503 at once
//! rather than memory for whoever trickles bytes in).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use actix_web::dev::ServiceRequest;
use actix_web::http::{header, StatusCode};
use actix_web::web::{Bytes, BytesMut};
use actix_web::HttpMessage;
use futures_util::StreamExt;

/// How long a client has to send a whole body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes of bodies being read, across all requests, at most.
pub const BUDGET: usize = 64 * 1024 * 1024;
/// Bytes of bodies being read for one client, at most.
pub const PER_CLIENT: usize = 4 * 1024 * 1024;

static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);
static BY_CLIENT: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);

/// Bytes of the budget held by one read, given back when it ends.
struct Held {
    client: String,
    bytes: usize,
}

impl Held {
    fn take(&mut self, n: usize) -> bool {
        let before = IN_FLIGHT.fetch_add(n, Ordering::AcqRel);
        self.bytes += n;
        let Ok(mut clients) = BY_CLIENT.lock() else {
            return false;
        };
        let held = clients
            .get_or_insert_with(HashMap::new)
            .entry(self.client.clone())
            .or_insert(0);
        *held += n;
        before + n <= BUDGET && *held <= PER_CLIENT
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        IN_FLIGHT.fetch_sub(self.bytes, Ordering::AcqRel);
        if let Ok(mut clients) = BY_CLIENT.lock() {
            if let Some(map) = clients.as_mut() {
                if let Some(held) = map.get_mut(&self.client) {
                    *held = held.saturating_sub(self.bytes);
                    if *held == 0 {
                        map.remove(&self.client);
                    }
                }
            }
        }
    }
}

/// Reads the body of `req` (to be put back with `set_payload`) for
/// `client`, or the status to refuse it with: 413 too large, 408 too slow,
/// 503 when the budget is spent, 400 when the connection broke.
pub async fn read(
    req: &mut ServiceRequest,
    limit: usize,
    client: String,
) -> Result<Bytes, StatusCode> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let mut payload = req.take_payload();
    let reading = async move {
        let mut held = Held { client, bytes: 0 };
        let mut body = BytesMut::with_capacity(declared.unwrap_or(0).min(64 * 1024));
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| StatusCode::BAD_REQUEST)?;
            if body.len() + chunk.len() > limit {
                return Err(StatusCode::PAYLOAD_TOO_LARGE);
            }
            if !held.take(chunk.len()) {
                return Err(StatusCode::SERVICE_UNAVAILABLE);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    };
    match tokio::time::timeout(BODY_TIMEOUT, reading).await {
        Ok(result) => result,
        Err(_) => Err(StatusCode::REQUEST_TIMEOUT),
    }
}
