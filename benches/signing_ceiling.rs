//! The database's own ceiling for signing: the very rows a signature over
//! HTTP writes (signature, outbox message, in one transaction), in a tight
//! loop with no HTTP. `bench/run.sh` compares the HTTP rate with it.
//!
//! cargo bench --bench signing_ceiling -- DATABASE_URL_OR_SQLITE_PATH COUNT

use std::time::Instant;

use undersigned::config::Settings;
use undersigned::signatures::{Listing, SignerKind};
use undersigned::signing::form::NewSignature;
use undersigned::signing::mail::MailContext;
use undersigned::signing::{self, Submitted};
use undersigned::statements::{queries, Status};

fn main() {
    let args: Vec<String> = std::env::args().filter(|a| a != "--bench").collect();
    let (Some(url), Some(count)) = (
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: signing_ceiling DATABASE_URL_OR_SQLITE_PATH COUNT");
        std::process::exit(2);
    };
    let dir = std::env::temp_dir().join(format!("undersigned-ceiling-{}", std::process::id()));
    let mut settings = Settings::defaults();
    settings.data_dir = dir.clone();
    settings.database_url = Some(url.clone());
    let state = undersigned::prepare(settings).unwrap_or_else(|e| panic!("{e}"));
    let mut conn = state.pool.get().expect("connection");
    let user = undersigned::accounts::create(
        &mut conn,
        &format!("ceiling-{}@example.org", std::process::id()),
        "Bench",
        "x",
        undersigned::accounts::Role::Admin,
    )
    .unwrap_or_else(|_| panic!("cannot create the benchmark user"));
    let slug = format!("ceiling-{}", std::process::id());
    let fields = queries::StatementFields {
        slug: slug.clone(),
        title: "Ceiling".into(),
        organiser: String::new(),
        summary: String::new(),
        body: String::new(),
        language: "en".into(),
        deadline: Some((chrono::Utc::now() + chrono::TimeDelta::days(30)).naive_utc()),
        timezone: "UTC".into(),
        allow_organisations: true,
        allow_individuals: false,
        moderation: false,
        public_list: false,
        require_country: false,
        note: String::new(),
        grouping: undersigned::statements::Grouping::None,
    };
    let statement = queries::insert(
        &mut conn,
        &fields,
        &user.id,
        undersigned::teams::DEFAULT_TEAM,
    )
    .unwrap_or_else(|_| panic!("insert statement"));
    assert!(queries::transition(&mut conn, &statement, Status::Open, None).expect("open"));
    // The same confirmation email as over HTTP, rendered from its template.
    let mail = MailContext {
        public_url: "http://127.0.0.1".into(),
        lang: "en",
        site_name: "undersigned".into(),
        footer: String::new(),
    };
    let start = Instant::now();
    for i in 0..count {
        let sig = NewSignature {
            kind: SignerKind::Organisation,
            name: format!("Ceiling organisation {i}"),
            title: String::new(),
            country: Some("FR".into()),
            contact_name: "Contact".into(),
            email: format!("ceiling{i}@example.org"),
            website: String::new(),
            listing: Listing::Public,
            message: String::new(),
        };
        let submission = signing::Prepared::new(&statement, sig, &mail)
            .unwrap_or_else(|_| panic!("prepare signature {i}"));
        match signing::submit(&mut conn, &submission) {
            Ok(Submitted::New(_)) => {}
            _ => panic!("signature {i} was not stored"),
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ceiling: {count} signatures in {secs:.2} s = {:.0} signatures/s",
        count as f64 / secs
    );
    let _ = std::fs::remove_dir_all(dir);
}
