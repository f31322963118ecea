//! Group commit for signing. Concurrent signatures are handed to one
//! writer thread, which stores everything that arrived meanwhile in one
//! transaction and answers every request only after that commit. One
//! fsync then covers many signatures, and writers never queue on the
//! database lock. Requests arrive prepared (links drawn, email written),
//! so the batch costs one deadline check per statement and one multi-row
//! insert per table.

use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::db::{write_tx, DbConnection, DbPool};
use crate::error::AppError;
use crate::metrics::SignMetrics;

use super::{store, Prepared, Submitted};
use crate::db::now;
use crate::statements::{queries as statement_queries, Status};

/// Most signatures in one transaction.
const MAX_BATCH: usize = 256;

struct Job {
    submission: Prepared,
    reply: tokio::sync::oneshot::Sender<Result<Submitted, AppError>>,
}

enum Msg {
    Job(Box<Job>),
    /// Store what was queued before, then end the thread.
    Stop,
}

/// The handle requests use to reach the writer.
#[derive(Clone)]
pub struct SignWriter {
    jobs: mpsc::SyncSender<Msg>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
    metrics: SignMetrics,
}

impl SignWriter {
    /// Starts the writer thread on its own pooled connection; it reports
    /// to `metrics`.
    pub fn start(pool: DbPool, metrics: SignMetrics) -> Result<SignWriter, String> {
        let (tx, rx) = mpsc::sync_channel::<Msg>(4 * MAX_BATCH);
        let thread_metrics = metrics.clone();
        let thread = std::thread::Builder::new()
            .name("sign-writer".into())
            .spawn(move || run(pool, rx, thread_metrics))
            .map_err(|e| format!("cannot start the sign writer: {e}"))?;
        Ok(SignWriter {
            jobs: tx,
            thread: Arc::new(Mutex::new(Some(thread))),
            metrics,
        })
    }

    /// Stores every signature already queued, then stops the thread and
    /// waits for it (its database connection is closed with it). Later
    /// submissions are refused. Called once the server stopped accepting
    /// requests.
    pub fn shutdown(&self) {
        let thread = self.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(thread) = thread {
            let _ = self.jobs.send(Msg::Stop);
            let _ = thread.join();
        }
    }

    /// Stores one signature; resolves once it is committed.
    pub async fn submit(&self, submission: Prepared) -> Result<Submitted, AppError> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = Job { submission, reply };
        // Counted before the send, so that the writer's decrement never
        // comes first; callers waiting on a full queue count as queued.
        self.metrics.queue_depth.inc();
        // The queue is bounded: a full one makes callers wait (off the
        // async workers), which is the back-pressure we want. Most of the
        // time there is room, and no thread hop is needed.
        let sent = match self.jobs.try_send(Msg::Job(Box::new(job))) {
            Ok(()) => Ok(Ok(())),
            Err(mpsc::TrySendError::Full(msg)) => {
                let jobs = self.jobs.clone();
                actix_web::web::block(move || {
                    jobs.send(msg)
                        .map_err(|_| AppError::internal("sign writer stopped"))
                })
                .await
            }
            Err(mpsc::TrySendError::Disconnected(_)) => {
                Ok(Err(AppError::internal("sign writer stopped")))
            }
        };
        if !matches!(sent, Ok(Ok(()))) {
            self.metrics.queue_depth.dec();
        }
        sent??;
        answer
            .await
            .map_err(|_| AppError::internal("sign writer dropped a signature"))?
    }
}

fn run(pool: DbPool, rx: mpsc::Receiver<Msg>, metrics: SignMetrics) {
    let mut conn = None;
    let mut stopping = false;
    while !stopping {
        let first = match rx.recv() {
            Ok(Msg::Job(job)) => *job,
            Ok(Msg::Stop) | Err(_) => break,
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(Msg::Job(job)) => batch.push(*job),
                Ok(Msg::Stop) => {
                    stopping = true;
                    break;
                }
                Err(_) => break,
            }
        }
        metrics.queue_depth.dec_by(batch.len() as i64);
        if conn.is_none() {
            conn = pool.get().ok();
        }
        let Some(c) = conn.as_mut() else {
            for job in batch {
                let _ = job
                    .reply
                    .send(Err(AppError::Unavailable("no database connection".into())));
            }
            std::thread::sleep(Duration::from_millis(100));
            continue;
        };
        // A panic while writing must not stop signing for good: the batch
        // fails, the connection is dropped, the thread goes on.
        let outcomes =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| write_batch(c, &batch)))
                .unwrap_or_else(|_| Err(diesel::result::Error::BrokenTransactionManager));
        match outcomes {
            Ok(results) => {
                let written = results
                    .iter()
                    .filter(|r| matches!(r, Ok(Submitted::New(_))))
                    .count();
                metrics.written.inc_by(written as u64);
                metrics.batch_size.observe(batch.len() as f64);
                for (job, result) in batch.into_iter().zip(results) {
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "sign batch failed");
                // The connection may be the problem: take a fresh one next time.
                conn = None;
                for job in batch {
                    let _ = job.reply.send(Err(AppError::database(&e)));
                }
            }
        }
    }
}

/// One transaction for the batch: the deadline of each statement checked
/// once, then every signature of an open statement stored with one
/// insert per table. Should that insert fail, each signature is stored
/// again in its own savepoint, so that one bad row leaves the others
/// untouched.
fn write_batch(
    conn: &mut DbConnection,
    batch: &[Job],
) -> Result<Vec<Result<Submitted, AppError>>, diesel::result::Error> {
    use diesel::Connection;
    write_tx(conn, |conn| {
        let t = now();
        let mut open: HashMap<&str, Option<bool>> = HashMap::new();
        for job in batch {
            let id = job.submission.statement_id();
            if !open.contains_key(id) {
                let found = statement_queries::find_by_id(conn, id)?;
                open.insert(id, found.map(|s| s.status_at(t) == Status::Open));
            }
        }
        let state = |job: &Job| open.get(job.submission.statement_id()).copied().flatten();
        let storing: Vec<&Prepared> = batch
            .iter()
            .filter(|job| state(job) == Some(true))
            .map(|job| &job.submission)
            .collect();
        let together = conn.transaction(|c| store(c, &storing, t));
        let mut results = Vec::with_capacity(batch.len());
        for job in batch {
            results.push(match state(job) {
                None => Err(AppError::NotFound),
                Some(false) => Ok(Submitted::Closed),
                Some(true) if together.is_ok() => Ok(Submitted::New(job.submission.links())),
                Some(true) => match conn.transaction(|c| store(c, &[&job.submission], t)) {
                    Ok(()) => Ok(Submitted::New(job.submission.links())),
                    Err(e) => {
                        tracing::error!(error = %e, "a signature could not be stored");
                        Err(AppError::database(&e))
                    }
                },
            });
        }
        Ok(results)
    })
}
