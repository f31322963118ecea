//! Database access: one connection type over SQLite and PostgreSQL, a pool,
//! embedded migrations.

pub mod backup;
pub mod raw;

diesel::define_sql_function!(
    /// SQL `lower()`, for case-insensitive matches on both backends.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
);
pub mod schema;
pub mod text_enum;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DurationRound, NaiveDateTime, TimeDelta, Utc};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

/// A connection to either backend; diesel generates the dispatch.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(diesel::SqliteConnection),
    Postgres(diesel::PgConnection),
}

/// Runs the same diesel expression on whichever backend `conn` is, for the
/// query forms the multi-backend connection cannot express (ON CONFLICT,
/// multi-row inserts).
#[macro_export]
macro_rules! per_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgres($c) => $body,
        }
    };
}

pub type DbPool = r2d2::Pool<DbManager>;
pub type PooledConn = r2d2::PooledConnection<DbManager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Which database a URL points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DbTarget {
    /// Reads `postgres://…`, `postgresql://…`, `sqlite://path`, `sqlite:path`
    /// or a plain file path (SQLite).
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbTarget::Postgres(url.to_string()));
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() || path == ":memory:" {
            // An in-memory database would be a different one per pooled connection.
            return Err(format!(
                "unsupported database URL {url:?}: give a file path or postgres://"
            ));
        }
        if path.contains("://") {
            return Err(format!("unsupported database URL scheme in {url:?}"));
        }
        Ok(DbTarget::Sqlite(PathBuf::from(path)))
    }

    /// The URL with any password replaced, for logs.
    pub fn redacted(&self) -> String {
        match self {
            DbTarget::Sqlite(p) => format!("sqlite:{}", p.display()),
            DbTarget::Postgres(url) => redact_password(url),
        }
    }
}

fn redact_password(url: &str) -> String {
    // postgres://user:secret@host/db -> postgres://user:***@host/db
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// Opens connections itself (rather than through the derive's `establish`)
/// so that the real error reaches the log, and configures SQLite for a
/// multi-threaded web server.
#[derive(Debug)]
pub struct DbManager {
    target: DbTarget,
}

/// SQLite settings applied to every connection.
///
/// Durability: WAL with `synchronous = FULL`, so a transaction that
/// committed (and whose signer saw "thank you") survives a killed process
/// and a power cut. `NORMAL` would be faster but may roll back the last
/// commits on power loss; signatures are worth the fsync, and the signing
/// path batches writes instead.
///
/// `secure_delete = FAST` zeroes what a delete or update frees on the
/// pages it writes anyway (no extra I/O): erased contact data and the
/// bodies of delivered emails do not linger in the file's free space.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = FAST;";

/// WAL lets readers go on while one writer commits. The mode is stored in
/// the file, so it is set once, before the pool opens its connections
/// concurrently.
fn enable_wal(path: &Path) -> Result<(), String> {
    let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    conn.batch_execute("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;")
        .map_err(|e| format!("cannot enable WAL on {}: {e}", path.display()))
}

impl DbManager {
    pub fn new(target: DbTarget) -> Self {
        DbManager { target }
    }
}

impl ManageConnection for DbManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.target {
            DbTarget::Sqlite(path) => {
                let path = path.to_string_lossy();
                let mut conn = diesel::SqliteConnection::establish(&path)
                    .map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DbTarget::Postgres(url) => {
                let mut conn =
                    diesel::PgConnection::establish(url).map_err(r2d2::Error::ConnectionError)?;
                // Timestamps are UTC everywhere, whatever the server's default.
                conn.batch_execute("SET TIME ZONE 'UTC'")
                    .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Postgres(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        use diesel::r2d2::R2D2Connection;
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    /// A connection left inside a transaction (a panic mid-way, a failed
    /// rollback) or cut off by the server is thrown away, not reused.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::r2d2::R2D2Connection;
        conn.is_broken()
    }
}

/// Builds the pool; for SQLite, creates the file's folder first.
pub fn connect(target: &DbTarget, max_size: u32) -> Result<DbPool, String> {
    if let DbTarget::Sqlite(path) = target {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        enable_wal(path)?;
    }
    r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(5))
        // A cheap ping on check-out replaces connections that died with a
        // database restart instead of failing requests with them.
        .test_on_check_out(true)
        .build(DbManager::new(target.clone()))
        .map_err(|e| format!("cannot connect to {}: {e}", target.redacted()))
}

/// Runs pending migrations for the connection's backend. On PostgreSQL an
/// advisory lock keeps several instances starting at once from racing.
pub fn run_migrations(conn: &mut DbConnection) -> Result<Vec<String>, String> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.iter().map(|m| m.to_string()).collect()),
        DbConnection::Postgres(c) => {
            const LOCK: &str = "SELECT pg_advisory_lock(727387)";
            const UNLOCK: &str = "SELECT pg_advisory_unlock(727387)";
            c.batch_execute(LOCK).map_err(|e| e.to_string())?;
            let result = c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.iter().map(|m| m.to_string()).collect::<Vec<_>>());
            c.batch_execute(UNLOCK).map_err(|e| e.to_string())?;
            result
        }
    };
    applied.map_err(|e| format!("migration failed: {e}"))
}

/// Which backend a connection talks to.
pub fn backend_name(conn: &DbConnection) -> &'static str {
    match conn {
        DbConnection::Sqlite(_) => "sqlite",
        DbConnection::Postgres(_) => "postgres",
    }
}

/// The current instant as stored: UTC, truncated to microseconds so that
/// both backends keep exactly the same value.
pub fn now() -> NaiveDateTime {
    let now = Utc::now();
    now.duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or(now)
        .naive_utc()
}

/// A new time-ordered id.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Default SQLite file inside the data directory.
pub fn default_sqlite_path(data_dir: &Path) -> PathBuf {
    data_dir.join("undersigned.sqlite3")
}

/// Runs `work` in a transaction that holds the write lock from its first
/// statement. On SQLite a plain (deferred) transaction that reads and then
/// writes can fail at once with "database is locked" when another writer
/// committed in between; `BEGIN IMMEDIATE` queues behind the busy timeout
/// instead. On PostgreSQL it is an ordinary transaction.
pub fn write_tx<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    type Manager = <DbConnection as Connection>::TransactionManager;
    match conn {
        DbConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?
        }
        DbConnection::Postgres(_) => Manager::begin_transaction(conn)?,
    }
    match work(conn) {
        Ok(value) => {
            Manager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            // The original error matters more than a failed rollback.
            let _ = Manager::rollback_transaction(conn);
            Err(e)
        }
    }
}

/// Whether a database error is a unique-constraint violation.
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Whether a failed statement may succeed when run again at once: a
/// deadlock or serialization failure between concurrent writers
/// (PostgreSQL), or a unique index another writer just took.
pub fn is_retryable(e: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    match e {
        Error::DatabaseError(
            DatabaseErrorKind::SerializationFailure | DatabaseErrorKind::UniqueViolation,
            _,
        ) => true,
        Error::DatabaseError(_, info) => info.message().contains("deadlock detected"),
        _ => false,
    }
}

/// Whether an error says the database cannot serve now (restarting,
/// connection lost, disk full, locked too long) rather than that the
/// request was wrong: answered 503, so clients and proxies try again.
pub fn is_unavailable(e: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    match e {
        Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        )
        | Error::BrokenTransactionManager => true,
        Error::DatabaseError(_, info) => {
            let m = info.message().to_ascii_lowercase();
            [
                "database or disk is full",
                "disk i/o error",
                "database is locked",
                "no space left on device",
                "could not extend file",
                "terminating connection",
                "the database system is",
                "server closed the connection",
                "no connection to the server",
                "connection refused",
                "could not write",
            ]
            .iter()
            .any(|needle| m.contains(needle))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_told_apart() {
        use diesel::result::{DatabaseErrorKind as K, Error};
        let db = |kind, message: &str| Error::DatabaseError(kind, Box::new(message.to_string()));
        assert!(is_retryable(&db(K::UniqueViolation, "duplicate key value")));
        assert!(is_retryable(&db(
            K::SerializationFailure,
            "could not serialize"
        )));
        assert!(is_retryable(&db(K::Unknown, "deadlock detected")));
        assert!(!is_retryable(&db(K::Unknown, "syntax error")));
        assert!(!is_retryable(&Error::NotFound));
        assert!(is_unavailable(&db(K::Unknown, "database or disk is full")));
        assert!(is_unavailable(&db(
            K::Unknown,
            "could not extend file: No space left on device"
        )));
        assert!(is_unavailable(&db(
            K::ClosedConnection,
            "server closed the connection"
        )));
        assert!(is_unavailable(&db(
            K::Unknown,
            "terminating connection due to administrator command"
        )));
        assert!(!is_unavailable(&db(
            K::UniqueViolation,
            "duplicate key value"
        )));
        assert!(!is_unavailable(&Error::NotFound));
    }

    #[test]
    fn parses_database_urls() {
        assert_eq!(
            DbTarget::parse("postgres://u@h/db").unwrap(),
            DbTarget::Postgres("postgres://u@h/db".into())
        );
        assert_eq!(
            DbTarget::parse("sqlite://data/x.db").unwrap(),
            DbTarget::Sqlite("data/x.db".into())
        );
        assert_eq!(
            DbTarget::parse("sqlite:x.db").unwrap(),
            DbTarget::Sqlite("x.db".into())
        );
        assert_eq!(
            DbTarget::parse("/var/lib/u.db").unwrap(),
            DbTarget::Sqlite("/var/lib/u.db".into())
        );
        assert!(DbTarget::parse("sqlite::memory:").is_err());
        assert!(DbTarget::parse("mysql://h/db").is_err());
    }

    #[test]
    fn redacts_passwords() {
        let t = DbTarget::parse("postgres://me:hunter2@db:5432/u").unwrap();
        assert_eq!(t.redacted(), "postgres://me:***@db:5432/u");
    }
}
