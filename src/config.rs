//! Command line and environment (docs/SPEC.md §10).
//!
//! `undersigned` alone serves, so the server's flags are accepted at the
//! top level too, but only `serve --help` lists them; every other command
//! takes (and lists) just the database flags it uses.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::db::{default_sqlite_path, DbTarget};
use crate::domain::ip_range::IpRange;

#[derive(Debug, Parser)]
#[command(
    name = "undersigned",
    version,
    about = "Joint-statement sign-on service",
    after_help = "Without a command, undersigned serves the web application: \
                  `undersigned serve --help` lists the server's settings.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The server's settings when no command is given.
    #[command(flatten)]
    pub serve: Settings,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application (the default).
    Serve(Box<Settings>),
    /// Run database migrations and exit.
    Migrate(Store),
    /// Add approved signatures to a statement from a CSV file with the
    /// header name,country,qualifier,kind,title,email (any of these, name required).
    Import {
        /// The statement's address (slug).
        #[arg(long)]
        statement: String,
        /// The CSV file.
        file: PathBuf,
        #[command(flatten)]
        store: Store,
    },
    /// Manage accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Erase signers' contact data (email, contact name, message, website)
    /// of published or archived statements; the public list, the counts and
    /// the audit log stay. The server does the same on its own.
    Purge {
        /// Only this statement (its address).
        #[arg(long)]
        statement: Option<String>,
        /// Erase what was published or archived at least this many days
        /// ago (default: RETENTION_DAYS; 0: now).
        #[arg(long)]
        older_than: Option<u32>,
        /// The retention period the server uses.
        #[arg(long, env = "RETENTION_DAYS", default_value_t = 180)]
        retention_days: u32,
        #[command(flatten)]
        store: Store,
    },
    /// Copy the SQLite database, while the server runs, into a new file.
    /// (On PostgreSQL, use pg_dump.)
    Backup {
        /// The file to write; it must not exist yet.
        file: PathBuf,
        #[command(flatten)]
        store: Store,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator. The password is read from the environment
    /// variable UNDERSIGNED_PASSWORD, else from standard input; never from
    /// the command line.
    Create {
        /// The administrator's email address (used to sign in).
        #[arg(long)]
        email: String,
        /// The administrator's name.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        store: Store,
    },
}

/// Where the data is: what commands other than `serve` need.
#[derive(Debug, Clone, Args)]
pub struct Store {
    /// postgres://… or a SQLite file (default: DATA_DIR/undersigned.sqlite3).
    // A URL may hold a password: `--help` must not print it.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Folder for the SQLite database and the email outbox.
    #[arg(long, env = "DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Log format: "text" or "json".
    #[arg(long, env = "LOG_FORMAT", default_value = "text")]
    pub log_format: String,
}

impl Store {
    /// Built-in settings with this store's database and data folder.
    pub fn settings(&self) -> Settings {
        let mut settings = Settings::defaults();
        settings.database_url = self.database_url.clone();
        settings.data_dir = self.data_dir.clone();
        settings.log_format = self.log_format.clone();
        settings
    }
}

/// Where trusted proxies put the client's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ProxyHeader {
    #[value(name = "x-forwarded-for")]
    XForwardedFor,
    #[value(name = "forwarded")]
    Forwarded,
}

/// The server's settings; each flag has an environment twin.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// postgres://… or a SQLite file (default: DATA_DIR/undersigned.sqlite3).
    // A URL may hold a password: `--help` must not print it.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Folder for the SQLite database and the email outbox.
    #[arg(long, env = "DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// External address of the site, used in emailed links.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Sign submissions per client per minute; 0 turns the limit off.
    #[arg(long, env = "RATE_LIMIT", default_value_t = 10)]
    pub rate_limit: u32,
    /// Log format: "text" or "json".
    #[arg(long, env = "LOG_FORMAT", default_value = "text")]
    pub log_format: String,
    /// Overrides the secret key kept in the database (at least 32 characters).
    #[arg(long, env = "SECRET_KEY", hide = true, hide_env_values = true)]
    pub secret_key: Option<String>,
    /// SMTP server for outgoing email, e.g. smtp://user:pass@host:587?tls=required
    /// or smtps://host. Without it, messages are written to DATA_DIR/outbox/.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of outgoing email.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "undersigned <noreply@localhost>"
    )]
    pub mail_from: String,
    /// First retry delay for a failed email, in seconds (doubles each time, at most an hour).
    #[arg(long, env = "MAIL_RETRY_SECONDS", default_value_t = 30)]
    pub mail_retry_seconds: u64,
    /// The pace of a mailing (the final statement sent to its signatories
    /// or addressees), in messages per minute; other messages go first.
    #[arg(long, env = "MAIL_RATE_PER_MINUTE", default_value_t = 60)]
    pub mail_rate_per_minute: u32,
    /// How long the mail server has to answer each SMTP command, in seconds.
    #[arg(long, env = "SMTP_TIMEOUT_SECONDS", default_value_t = 20)]
    pub smtp_timeout_seconds: u64,
    /// The health check fails when the data folder (SQLite database,
    /// outbox files) has less free space than this, in MiB: writes are
    /// about to fail, and a load balancer should know before they do.
    #[arg(long, env = "MIN_FREE_MIB", default_value_t = 64)]
    pub min_free_mib: u64,
    /// Reverse proxies whose X-Forwarded-For is believed (comma-separated
    /// addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1).
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpRange>,
    /// The header the trusted proxies append the client's address to:
    /// `x-forwarded-for` or the standard `forwarded` (RFC 7239). Only that
    /// one is read, so a client cannot bring its own.
    #[arg(
        long,
        env = "PROXY_HEADER",
        value_enum,
        default_value = "x-forwarded-for"
    )]
    pub proxy_header: ProxyHeader,
    /// Clients allowed to read /metrics (comma-separated addresses or CIDR
    /// ranges); others get 404.
    #[arg(
        long,
        env = "METRICS_ALLOW",
        value_delimiter = ',',
        default_value = "127.0.0.0/8,::1"
    )]
    pub metrics_allow: Vec<IpRange>,
    /// Where the source code of this site is published (the AGPL asks for
    /// it); the page footer links to it. Unset, the footer links to /source.
    #[arg(long, env = "SOURCE_URL", value_parser = parse_source_url)]
    pub source_url: Option<String>,
    /// Days after a statement is published (or archived) before its
    /// signers' contact data (email, contact name, message, website) is
    /// erased; the public list stays. 0 erases at once.
    #[arg(long, env = "RETENTION_DAYS", default_value_t = 180)]
    pub retention_days: u32,
    /// The coalition's name, shown in the page header, titles, print
    /// views and as the sender's name of emails.
    #[arg(long, env = "SITE_NAME", default_value = "undersigned")]
    pub site_name: String,
    /// A logo (PNG, JPEG, WebP or SVG file, at most 1 MiB) shown beside
    /// the site's name.
    #[arg(long, env = "SITE_LOGO")]
    pub site_logo: Option<PathBuf>,
    /// The accent colour of buttons and links, as #rrggbb; it must keep
    /// white text on it readable (contrast of at least 4.5:1).
    #[arg(long, env = "ACCENT_COLOR")]
    pub accent_color: Option<String>,
    /// A line of text for the foot of every page and email (e.g. the
    /// coalition's contact address).
    #[arg(long, env = "FOOTER_TEXT", default_value = "")]
    pub footer_text: String,
    /// Database connections in the pool.
    #[arg(long, env = "DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,
}

fn parse_source_url(s: &str) -> Result<String, String> {
    match url::Url::parse(s.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(s.trim().to_string()),
        _ => Err("give an http:// or https:// address".into()),
    }
}

/// The command line as `undersigned` sees it: the server's flags work at
/// the top level but are listed under `serve --help` only.
pub fn command() -> clap::Command {
    Cli::command().mut_args(|arg| match arg.get_id().as_str() {
        "help" | "version" => arg,
        _ => arg.hide(true),
    })
}

/// Parses `args` (the first being the program name).
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// Parses the process's arguments; prints help or the error and exits.
pub fn parse() -> Cli {
    try_parse_from(std::env::args_os()).unwrap_or_else(|e| e.exit())
}

impl Settings {
    /// Settings with every built-in default, whatever the environment
    /// holds (tests and embedders start from here).
    pub fn defaults() -> Self {
        let matches = Settings::augment_args(clap::Command::new("undersigned"))
            .mut_args(|arg| arg.env(None))
            .get_matches_from(["undersigned"]);
        Settings::from_arg_matches(&matches).expect("the built-in defaults parse")
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

    /// The sender of emails: `MAIL_FROM`, named after the site when it is
    /// a bare address.
    pub fn sender(&self) -> String {
        let from = self.mail_from.trim();
        let name = self.site_name.trim();
        if from.contains('<') || name.is_empty() {
            from.to_string()
        } else {
            // Quoted, so that a name with a comma or dot stays one name.
            format!("\"{}\" <{from}>", name.replace(['"', '\\'], ""))
        }
    }

    /// The SMTP server, if one is set (a blank `SMTP_URL` is none).
    pub fn smtp(&self) -> Option<&str> {
        self.smtp_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        try_parse_from(std::iter::once("undersigned").chain(args.iter().copied()))
            .unwrap_or_else(|e| panic!("{args:?}: {e}"))
    }

    fn help(args: &[&str]) -> String {
        let err = try_parse_from(std::iter::once("undersigned").chain(args.iter().copied()))
            .expect_err("help exits");
        err.render().to_string()
    }

    #[test]
    fn a_bare_sender_address_takes_the_site_name() {
        let mut s = Settings::defaults();
        assert_eq!(s.sender(), "undersigned <noreply@localhost>");
        s.mail_from = "noreply@coalition.example.org".into();
        s.site_name = "Coalition for Human Rights Defenders, Geneva".into();
        assert_eq!(
            s.sender(),
            "\"Coalition for Human Rights Defenders, Geneva\" <noreply@coalition.example.org>"
        );
        assert!(s.sender().parse::<lettre::message::Mailbox>().is_ok());
    }

    #[test]
    fn a_blank_smtp_url_means_files() {
        let mut s = Settings::defaults();
        assert_eq!(s.smtp(), None);
        s.smtp_url = Some("  ".into());
        assert_eq!(s.smtp(), None);
        s.smtp_url = Some(" smtp://mail.example.org ".into());
        assert_eq!(s.smtp(), Some("smtp://mail.example.org"));
    }

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
        let allowed: Vec<String> = s.metrics_allow.iter().map(|r| r.to_string()).collect();
        assert_eq!(allowed, ["127.0.0.0/8", "::1/128"]);
        assert_eq!(s.source_url, None);
    }

    #[test]
    fn flags_work_before_and_after_serve() {
        let cli = parse(&["serve", "--bind", "0.0.0.0:9000"]);
        match cli.command {
            Some(Command::Serve(s)) => assert_eq!(s.bind.to_string(), "0.0.0.0:9000"),
            other => panic!("{other:?}"),
        }
        let cli = parse(&["--rate-limit", "0"]);
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.rate_limit, 0);
    }

    #[test]
    fn documented_commands_parse() {
        let cli = parse(&[
            "serve",
            "--bind",
            "127.0.0.1:8081",
            "--database-url",
            "x.db",
        ]);
        assert!(matches!(cli.command, Some(Command::Serve(_))));
        let cli = parse(&["migrate", "--data-dir", "store"]);
        match cli.command {
            Some(Command::Migrate(store)) => {
                assert_eq!(store.settings().data_dir, PathBuf::from("store"))
            }
            other => panic!("{other:?}"),
        }
        let cli = parse(&["admin", "create", "--email", "e@example.org", "--name", "N"]);
        assert!(matches!(
            cli.command,
            Some(Command::Admin {
                command: AdminCommand::Create { .. }
            })
        ));
        let cli = parse(&["import", "--statement", "xiamen", "list.csv"]);
        assert!(matches!(cli.command, Some(Command::Import { .. })));
        let cli = parse(&["backup", "/tmp/copy.sqlite3", "--data-dir", "/srv/u"]);
        assert!(matches!(cli.command, Some(Command::Backup { .. })));
    }

    #[test]
    fn server_flags_are_listed_under_serve_only() {
        let top = help(&["--help"]);
        assert!(
            !top.contains("--rate-limit") && !top.contains("--smtp-url"),
            "{top}"
        );
        assert!(top.contains("serve --help"), "{top}");
        let serve = help(&["serve", "--help"]);
        for flag in [
            "--bind",
            "--public-url",
            "--rate-limit",
            "--smtp-url",
            "--metrics-allow",
        ] {
            assert!(serve.contains(flag), "{flag} missing:\n{serve}");
        }
        let migrate = help(&["migrate", "--help"]);
        assert!(migrate.contains("--database-url") && migrate.contains("--data-dir"));
        assert!(
            !migrate.contains("--bind") && !migrate.contains("--rate-limit"),
            "{migrate}"
        );
    }

    #[test]
    fn server_flags_do_not_silently_apply_to_other_commands() {
        let err = try_parse_from(["undersigned", "--data-dir", "x", "migrate"]);
        assert!(
            err.is_err(),
            "a top-level flag before a command must be refused"
        );
        assert!(try_parse_from(["undersigned", "migrate", "--rate-limit", "0"]).is_err());
    }

    #[test]
    fn ranges_and_source_urls_are_checked() {
        let cli = parse(&["--trusted-proxies", "10.0.0.0/8,fd00::/8,127.0.0.1"]);
        assert_eq!(cli.serve.trusted_proxies.len(), 3);
        assert!(try_parse_from(["undersigned", "--trusted-proxies", "10.0.0.0/99"]).is_err());
        let cli = parse(&["--source-url", "https://git.example.org/undersigned"]);
        assert_eq!(
            cli.serve.source_url.as_deref(),
            Some("https://git.example.org/undersigned")
        );
        assert!(try_parse_from(["undersigned", "--source-url", "javascript:alert(1)"]).is_err());
    }
}
