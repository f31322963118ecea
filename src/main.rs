use std::process::ExitCode;

use clap::Parser;
use undersigned::config::{AdminCommand, Cli, Command};

#[actix_web::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    undersigned::web::logging::init(&cli.settings.log_format);
    let result = match cli.command {
        None | Some(Command::Serve) => serve(cli.settings).await,
        Some(Command::Admin {
            command: AdminCommand::Create { email, name },
        }) => undersigned::cli::admin_create(cli.settings, &email, &name).map(|m| println!("{m}")),
        Some(Command::Import { statement, file }) => {
            undersigned::cli::import(cli.settings, &statement, &file).map(|m| println!("{m}"))
        }
        Some(Command::Migrate) => undersigned::prepare(cli.settings).map(|_| {
            println!("migrations are up to date");
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: undersigned::config::Settings) -> Result<(), String> {
    let app = undersigned::startup(settings)?;
    tracing::info!(
        address = %app.addr,
        database = app.state.backend,
        "undersigned listening on http://{}",
        app.addr
    );
    println!("undersigned listening on http://{}", app.addr);
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
