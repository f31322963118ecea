//! Command line and environment (docs/SPEC.md §10).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::db::{default_sqlite_path, DbTarget};
use crate::domain::ip_range::IpRange;

#[derive(Debug, Parser)]
#[command(
    name = "undersigned",
    version,
    about = "Joint-statement sign-on service"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Run database migrations and exit.
    Migrate,
    /// Add approved signatures to a statement from a CSV file with the
    /// header name,country,qualifier,kind,title,email (any of these, name required).
    Import {
        /// The statement's address (slug).
        #[arg(long)]
        statement: String,
        /// The CSV file.
        file: std::path::PathBuf,
    },
    /// Manage accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator. The password is read from the environment
    /// variable UNDERSIGNED_PASSWORD, else from standard input; never from
    /// the command line.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

/// Settings shared by every subcommand; each flag has an environment twin.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1:8080", global = true)]
    pub bind: SocketAddr,
    /// postgres://… or a SQLite file (default: DATA_DIR/undersigned.sqlite3).
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Folder for the SQLite database and the email outbox.
    #[arg(long, env = "DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// External address of the site, used in emailed links.
    #[arg(long, env = "PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Sign submissions per client per minute; 0 turns the limit off.
    #[arg(long, env = "RATE_LIMIT", default_value_t = 10, global = true)]
    pub rate_limit: u32,
    /// Log format: "text" or "json".
    #[arg(long, env = "LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: String,
    /// Overrides the secret key kept in the database (at least 32 characters).
    #[arg(
        long,
        env = "SECRET_KEY",
        global = true,
        hide = true,
        hide_env_values = true
    )]
    pub secret_key: Option<String>,
    /// SMTP server for outgoing email, e.g. smtp://user:pass@host:587?tls=required
    /// or smtps://host. Without it, messages are written to DATA_DIR/outbox/.
    #[arg(long, env = "SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of outgoing email.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "undersigned <noreply@localhost>",
        global = true
    )]
    pub mail_from: String,
    /// First retry delay for a failed email, in seconds (doubles each time, at most an hour).
    #[arg(long, env = "MAIL_RETRY_SECONDS", default_value_t = 30, global = true)]
    pub mail_retry_seconds: u64,
    /// Reverse proxies whose X-Forwarded-For is believed (comma-separated
    /// addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1).
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',', global = true)]
    pub trusted_proxies: Vec<IpRange>,
    /// Database connections in the pool.
    #[arg(long, env = "DB_POOL_SIZE", default_value_t = 8, global = true)]
    pub db_pool_size: u32,
}

impl Settings {
    /// Settings with every built-in default, whatever the environment
    /// holds (tests and embedders start from here).
    pub fn defaults() -> Self {
        use clap::{CommandFactory, FromArgMatches};
        let matches = Cli::command()
            .mut_args(|arg| arg.env(None))
            .get_matches_from(["undersigned"]);
        Cli::from_arg_matches(&matches)
            .expect("the built-in defaults parse")
            .settings
    }

    /// The database to use.
    pub fn db_target(&self) -> Result<DbTarget, String> {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => DbTarget::parse(url),
            _ => Ok(DbTarget::Sqlite(default_sqlite_path(&self.data_dir))),
        }
    }

    /// The external base URL without a trailing slash.
    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.trim().trim_end_matches('/').to_string(),
            _ => format!("http://{}", self.bind),
        }
    }

    /// Whether the site is served over HTTPS (cookies then get `Secure`).
    pub fn is_https(&self) -> bool {
        self.public_url().starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_spec() {
        let s = Settings::defaults();
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(
            s.db_target().unwrap(),
            DbTarget::Sqlite(PathBuf::from("./data/undersigned.sqlite3"))
        );
        assert_eq!(s.public_url(), "http://127.0.0.1:8080");
        assert!(s.trusted_proxies.is_empty());
    }

    #[test]
    fn flags_work_before_and_after_serve() {
        let cli = Cli::parse_from(["undersigned", "serve", "--bind", "0.0.0.0:9000"]);
        assert!(matches!(cli.command, Some(Command::Serve)));
        assert_eq!(cli.settings.bind.to_string(), "0.0.0.0:9000");
        let cli = Cli::parse_from(["undersigned", "--rate-limit", "0"]);
        assert!(cli.command.is_none());
        assert_eq!(cli.settings.rate_limit, 0);
    }

    #[test]
    fn trusted_proxies_take_addresses_and_ranges() {
        let cli = Cli::parse_from([
            "undersigned",
            "--trusted-proxies",
            "10.0.0.0/8,fd00::/8,127.0.0.1",
        ]);
        assert_eq!(cli.settings.trusted_proxies.len(), 3);
        assert!(Cli::try_parse_from(["undersigned", "--trusted-proxies", "10.0.0.0/99"]).is_err());
    }
}
