use std::io::Write;
use std::process::ExitCode;

use undersigned::config::{AdminCommand, Command};

#[actix_web::main]
async fn main() -> ExitCode {
    let cli = undersigned::config::parse();
    let log_format = match &cli.command {
        None => cli.serve.log_format.clone(),
        Some(Command::Serve(s)) => s.log_format.clone(),
        Some(Command::Migrate(store))
        | Some(Command::Import { store, .. })
        | Some(Command::Backup { store, .. })
        | Some(Command::Purge { store, .. })
        | Some(Command::Admin {
            command: AdminCommand::Create { store, .. },
        }) => store.log_format.clone(),
    };
    undersigned::web::logging::init(&log_format);
    let result = match cli.command {
        None => serve(cli.serve).await,
        Some(Command::Serve(settings)) => serve(*settings).await,
        Some(Command::Admin {
            command: AdminCommand::Create { email, name, store },
        }) => undersigned::cli::admin_create(store.settings(), &email, &name).map(|m| say(&m)),
        Some(Command::Import {
            statement,
            file,
            store,
        }) => undersigned::cli::import(store.settings(), &statement, &file).map(|m| say(&m)),
        Some(Command::Migrate(store)) => undersigned::prepare(store.settings()).map(|_| {
            say("migrations are up to date");
        }),
        Some(Command::Purge {
            statement,
            older_than,
            retention_days,
            store,
        }) => undersigned::cli::purge(
            store.settings(),
            statement.as_deref(),
            older_than.unwrap_or(retention_days),
        )
        .map(|m| say(&m)),
        Some(Command::Backup { file, store }) => {
            undersigned::cli::backup(store.settings(), &file).map(|m| say(&m))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A line on standard output. Output that cannot be written (a closed
/// pipe, a full disk) is lost rather than taking the process down, as
/// println! would.
fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

async fn serve(settings: undersigned::config::Settings) -> Result<(), String> {
    let app = undersigned::startup(settings)?;
    tracing::info!(
        address = %app.addr,
        database = app.state.backend,
        "undersigned listening on http://{}",
        app.addr
    );
    say(&format!("undersigned listening on http://{}", app.addr));
    let public_url = app.state.settings.public_url();
    let link = app
        .state
        .db(move |conn| undersigned::accounts::issue_setup_link(conn, &public_url))
        .await
        .map_err(|e| e.to_string())?;
    if let Some(link) = link {
        tracing::warn!("no administrator yet: open {link} within an hour to create one (single use), or run `undersigned admin create`");
    }
    let served = app.server.await.map_err(|e| e.to_string());
    // Requests have finished: store queued signatures, let the email
    // sender finish its round.
    app.workers.stop();
    app.workers.finish(std::time::Duration::from_secs(30)).await;
    tracing::info!("stopped");
    served
}
