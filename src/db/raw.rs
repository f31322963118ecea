//! Statements written as SQL, for the few that diesel's query builder
//! cannot say for both backends (a correlated subquery inside `UPDATE …
//! SET`). Written with `?` placeholders; PostgreSQL gets `$1, $2 …`.

/// `sql` with its `?` placeholders numbered for PostgreSQL.
pub fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Runs `sql` on either backend with the binds given as `(SqlType, value)`.
#[macro_export]
macro_rules! execute_sql {
    ($conn:expr, $sql:expr, $(($ty:ty, $val:expr)),* $(,)?) => {{
        use diesel::RunQueryDsl;
        match $conn {
            $crate::db::DbConnection::Sqlite(c) => diesel::sql_query($sql)
                $(.bind::<$ty, _>($val))*
                .execute(c),
            $crate::db::DbConnection::Postgres(c) => diesel::sql_query($crate::db::raw::numbered($sql))
                $(.bind::<$ty, _>($val))*
                .execute(c),
        }
    }};
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_numbered_in_order() {
        assert_eq!(
            super::numbered("UPDATE t SET a = ? WHERE b = ? AND c = ?"),
            "UPDATE t SET a = $1 WHERE b = $2 AND c = $3"
        );
    }
}
