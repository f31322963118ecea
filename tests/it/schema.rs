//! The SQLite and PostgreSQL migrations must build the same schema:
//! tables, columns (type and nullability), indexes and foreign keys.

use std::collections::BTreeSet;

use crate::common::{Backend, TestApp};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Integer, Text};
use undersigned::db::DbConnection;

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Bool)]
    not_null: bool,
}

#[derive(QueryableByName)]
struct SqliteIndex {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    index_name: String,
    #[diesel(sql_type = Integer)]
    is_unique: i32,
    #[diesel(sql_type = Integer)]
    partial: i32,
    #[diesel(sql_type = Text)]
    origin: String,
    #[diesel(sql_type = Text)]
    columns: String,
}

#[derive(QueryableByName)]
struct PgIndex {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    index_name: String,
    #[diesel(sql_type = Bool)]
    is_unique: bool,
    #[diesel(sql_type = Bool)]
    is_primary: bool,
    #[diesel(sql_type = Bool)]
    partial: bool,
    #[diesel(sql_type = Text)]
    columns: String,
}

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKey {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    ref_table: String,
    #[diesel(sql_type = Text)]
    ref_column: String,
    #[diesel(sql_type = Text)]
    on_delete: String,
}

/// (table, columns, unique, partial, explicit name or "" for automatic ones)
type IndexKey = (String, String, bool, bool, String);

#[derive(Debug, PartialEq)]
struct Schema {
    columns: BTreeSet<(String, String, String, bool)>,
    indexes: BTreeSet<IndexKey>,
    foreign_keys: Vec<ForeignKey>,
}

fn normalise_type(t: &str) -> String {
    match t.to_ascii_lowercase().as_str() {
        "timestamp without time zone" => "timestamp".into(),
        // Bytes: diesel's Binary on either side.
        "bytea" => "blob".into(),
        other => other.into(),
    }
}

fn describe(conn: &mut DbConnection) -> Schema {
    match conn {
        DbConnection::Sqlite(c) => {
            let cols: Vec<Column> = diesel::sql_query(
                "SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type,
                        (p.\"notnull\" = 1 OR p.pk > 0) AS not_null
                 FROM sqlite_master m JOIN pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                   AND m.name != '__diesel_schema_migrations'",
            )
            .load(c)
            .expect("sqlite columns");
            let idx: Vec<SqliteIndex> = diesel::sql_query(
                "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\" AS is_unique,
                        il.partial AS partial, il.origin AS origin,
                        (SELECT group_concat(name, ',') FROM
                           (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno)) AS columns
                 FROM sqlite_master m JOIN pragma_index_list(m.name) il
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                   AND m.name != '__diesel_schema_migrations'",
            )
            .load(c)
            .expect("sqlite indexes");
            let mut fks: Vec<ForeignKey> = diesel::sql_query(
                "SELECT m.name AS table_name, f.\"from\" AS column_name, f.\"table\" AS ref_table,
                        f.\"to\" AS ref_column, f.on_delete AS on_delete
                 FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table'",
            )
            .load(c)
            .expect("sqlite foreign keys");
            fks.sort();
            Schema {
                columns: cols
                    .into_iter()
                    .map(|c| {
                        (
                            c.table_name,
                            c.column_name,
                            normalise_type(&c.data_type),
                            c.not_null,
                        )
                    })
                    .collect(),
                indexes: idx
                    .into_iter()
                    .map(|i| {
                        let name = if i.origin == "c" {
                            i.index_name
                        } else {
                            String::new()
                        };
                        (
                            i.table_name,
                            i.columns,
                            i.is_unique == 1,
                            i.partial == 1,
                            name,
                        )
                    })
                    .collect(),
                foreign_keys: fks,
            }
        }
        DbConnection::Postgres(c) => {
            let cols: Vec<Column> = diesel::sql_query(
                "SELECT table_name::text AS table_name, column_name::text AS column_name,
                        data_type::text AS data_type, (is_nullable = 'NO') AS not_null
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name != '__diesel_schema_migrations'",
            )
            .load(c)
            .expect("pg columns");
            let idx: Vec<PgIndex> = diesel::sql_query(
                "SELECT t.relname::text AS table_name, i.relname::text AS index_name,
                        ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
                        (ix.indpred IS NOT NULL) AS partial,
                        array_to_string(ARRAY(
                          SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                          ORDER BY k.ord), ',') AS columns
                 FROM pg_index ix
                 JOIN pg_class t ON t.oid = ix.indrelid
                 JOIN pg_class i ON i.oid = ix.indexrelid
                 JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = current_schema() AND t.relname != '__diesel_schema_migrations'",
            )
            .load(c)
            .expect("pg indexes");
            let mut fks: Vec<ForeignKey> = diesel::sql_query(
                "SELECT cl.relname::text AS table_name, a.attname::text AS column_name,
                        rc.relname::text AS ref_table, ra.attname::text AS ref_column,
                        CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL'
                             WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT'
                             ELSE 'NO ACTION' END AS on_delete
                 FROM pg_constraint c
                 JOIN pg_class cl ON cl.oid = c.conrelid
                 JOIN pg_class rc ON rc.oid = c.confrelid
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                 JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
                 JOIN pg_namespace n ON n.oid = cl.relnamespace
                 WHERE c.contype = 'f' AND n.nspname = current_schema()",
            )
            .load(c)
            .expect("pg foreign keys");
            fks.sort();
            Schema {
                columns: cols
                    .into_iter()
                    .map(|c| {
                        (
                            c.table_name,
                            c.column_name,
                            normalise_type(&c.data_type),
                            c.not_null,
                        )
                    })
                    .collect(),
                indexes: idx
                    .into_iter()
                    .map(|i| {
                        // Automatic names differ by backend (users_pkey vs
                        // sqlite_autoindex_users_1); explicit ones must match.
                        let automatic =
                            i.is_primary || (i.is_unique && i.index_name.ends_with("_key"));
                        let name = if automatic {
                            String::new()
                        } else {
                            i.index_name
                        };
                        (i.table_name, i.columns, i.is_unique, i.partial, name)
                    })
                    .collect(),
                foreign_keys: fks,
            }
        }
    }
}

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set TEST_DATABASE_URL to run"
)]
async fn sqlite_and_postgres_schemas_match() {
    let pg = TestApp::spawn(Backend::Postgres).await;
    let sqlite = TestApp::spawn(Backend::Sqlite).await;
    let s = describe(&mut sqlite.state.pool.get().expect("sqlite conn"));
    let p = describe(&mut pg.state.pool.get().expect("pg conn"));
    assert!(
        s.columns.len() > 50,
        "schema looks empty: {} columns",
        s.columns.len()
    );
    let only_sqlite: Vec<_> = s.columns.difference(&p.columns).collect();
    let only_pg: Vec<_> = p.columns.difference(&s.columns).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "columns differ:\n sqlite only {only_sqlite:#?}\n postgres only {only_pg:#?}"
    );
    let only_sqlite: Vec<_> = s.indexes.difference(&p.indexes).collect();
    let only_pg: Vec<_> = p.indexes.difference(&s.indexes).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "indexes differ:\n sqlite only {only_sqlite:#?}\n postgres only {only_pg:#?}"
    );
    assert_eq!(s.foreign_keys, p.foreign_keys, "foreign keys differ");
}
