//! A consistent copy of a live SQLite database. `VACUUM INTO` reads one
//! snapshot in a read transaction (in WAL mode the server's writers go on
//! meanwhile) and writes it as a new, compact database file.

use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::path::Path;

use diesel::connection::SimpleConnection;
use diesel::{Connection, RunQueryDsl, SqliteConnection};

/// Copies the database at `source` into `dest`, which must not exist.
/// Returns the size of the copy in bytes.
pub fn sqlite_into(source: &Path, dest: &Path) -> Result<u64, String> {
    if !source.is_file() {
        return Err(format!(
            "no database at {}: check --data-dir or DATABASE_URL",
            source.display()
        ));
    }
    // Claiming the name first refuses to overwrite anything, and the copy
    // (secret key, signers' contact data) is readable by its owner only:
    // SQLite writes into an empty file it is given.
    create_private(dest).map_err(|e| match e.kind() {
        ErrorKind::AlreadyExists => {
            format!("{} already exists; not overwriting it", dest.display())
        }
        _ => format!("cannot create {}: {e}", dest.display()),
    })?;
    let copied = copy(source, dest);
    if copied.is_err() {
        let _ = std::fs::remove_file(dest);
    }
    copied
}

fn copy(source: &Path, dest: &Path) -> Result<u64, String> {
    let mut conn = SqliteConnection::establish(&source.to_string_lossy())
        .map_err(|e| format!("cannot open {}: {e}", source.display()))?;
    conn.batch_execute("PRAGMA busy_timeout = 10000;")
        .map_err(|e| e.to_string())?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<diesel::sql_types::Text, _>(dest.to_string_lossy().into_owned())
        .execute(&mut conn)
        .map_err(|e| format!("cannot copy the database: {e}"))?;
    drop(conn);
    // SQLite does not flush the copy to disk; a backup must survive a crash.
    let file = File::open(dest).map_err(|e| e.to_string())?;
    file.sync_all().map_err(|e| e.to_string())?;
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(dir) = File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    file.metadata().map(|m| m.len()).map_err(|e| e.to_string())
}

fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_a_database_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("live.sqlite3");
        let mut conn = SqliteConnection::establish(&source.to_string_lossy()).unwrap();
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept');",
        )
        .unwrap();
        let dest = dir.path().join("copy's name.sqlite3");
        assert!(sqlite_into(&source, &dest).unwrap() > 0);
        let mut copy = SqliteConnection::establish(&dest.to_string_lossy()).unwrap();
        #[derive(diesel::QueryableByName)]
        struct X {
            #[diesel(sql_type = diesel::sql_types::Text)]
            x: String,
        }
        let rows: Vec<X> = diesel::sql_query("SELECT x FROM t")
            .load(&mut copy)
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].x, "kept");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "the copy is private: {mode:o}");
        }
        let before = std::fs::read(&dest).unwrap();
        let again = sqlite_into(&source, &dest).unwrap_err();
        assert!(again.contains("already exists"), "{again}");
        assert_eq!(std::fs::read(&dest).unwrap(), before, "left untouched");
        let missing = sqlite_into(&dir.path().join("none.sqlite3"), &dir.path().join("x"));
        assert!(missing.unwrap_err().contains("no database"));
        assert!(!dir.path().join("x").exists());
    }
}
