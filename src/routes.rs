//! Every route of the application, in the order requests are matched.
//!
//! actix-web tries resources in the order they are registered here, and
//! the first whose path matches answers (with 405 when it has no handler
//! for the method; it does not fall through to a later resource). So a
//! literal path is listed before any pattern that would also match it:
//! `/admin/statements/new` before `/admin/statements/{slug}`, and
//! `…/{slug}/edit`, `…/export.{ext}`, `…/signatures` before
//! `…/{slug}/{action}`. One resource per path, with all its methods.

use actix_web::web::{self, get, post, resource};

use crate::{
    accounts, assets, circulation, curation, metrics, publication, signing, statements, web as http,
};

/// Registers every route, the body limits and the 404 fallback.
pub fn configure(cfg: &mut web::ServiceConfig) {
    use accounts::routes as acc;
    use circulation::routes as circ;
    use curation::{
        duplicate_routes as dup, import_routes as imp, routes as cur, signer_routes as signer,
    };
    use publication::routes as publ;
    use signing::routes as sig;
    use statements::{public as home, routes as st, version_routes as ver};

    http::body_limits(cfg);
    cfg
        // Public pages.
        .service(resource("/").route(get().to(home::index)))
        .service(resource("/s/{slug}").route(get().to(sig::statement_page)))
        .service(resource("/s/{slug}/sign").route(post().to(sig::sign)))
        .service(resource("/s/{slug}/thanks").route(get().to(sig::thanks)))
        .service(resource("/s/{slug}/print").route(get().to(publ::print_view)))
        .service(
            resource("/s/{slug}/share/mastodon").route(get().to(crate::signing::share::mastodon)),
        )
        .service(
            resource("/s/{slug}/share.png").route(get().to(crate::signing::share_image::image)),
        )
        .service(resource("/s/{slug}/signatories.{ext}").route(get().to(publ::public_export)))
        .service(
            resource("/confirm/{token}")
                .route(get().to(sig::confirm_page))
                .route(post().to(sig::confirm)),
        )
        .service(
            resource("/manage/{token}")
                .route(get().to(sig::manage_page))
                .route(post().to(sig::manage_edit)),
        )
        .service(resource("/manage/{token}/withdraw").route(post().to(sig::manage_withdraw)))
        .service(resource("/manage/{token}/data").route(get().to(sig::manage_data)))
        .service(
            resource("/manage/{token}/erase")
                .route(get().to(sig::manage_erase_page))
                .route(post().to(sig::manage_erase)),
        )
        .service(resource("/feed.atom").route(get().to(publ::feed)))
        // JSON API.
        .service(resource("/api/v1/statements").route(get().to(publ::api_list)))
        .service(resource("/api/v1/statements/{slug}").route(get().to(publ::api_one)))
        // Accounts.
        .service(
            resource("/admin/login")
                .route(get().to(acc::login_form))
                .route(post().to(acc::login)),
        )
        .service(resource("/admin/logout").route(post().to(acc::logout)))
        .service(
            resource("/admin/setup/{token}")
                .route(get().to(acc::setup_form))
                .route(post().to(acc::setup)),
        )
        .service(
            resource("/admin/invite/{token}")
                .route(get().to(acc::invite_form))
                .route(post().to(acc::accept_invite)),
        )
        .service(resource("/admin/users").route(get().to(acc::users_page)))
        .service(resource("/admin/users/invite").route(post().to(acc::invite)))
        .service(
            resource("/admin/users/invitations/{id}/revoke")
                .route(post().to(acc::revoke_invitation)),
        )
        .service(resource("/admin/users/{id}/{action}").route(post().to(acc::user_action)))
        .service(
            resource("/admin/account")
                .route(get().to(acc::account_page))
                .route(post().to(acc::change_password)),
        )
        // The workspace: statements.
        .service(resource("/admin").route(get().to(st::dashboard)))
        .service(resource("/admin/audit").route(get().to(st::audit_page)))
        .service(
            resource("/admin/statements/new")
                .route(get().to(st::new_form))
                .route(post().to(st::create)),
        )
        .service(resource("/admin/statements/{slug}").route(get().to(st::overview)))
        .service(
            resource("/admin/statements/{slug}/edit")
                .route(get().to(st::edit_form))
                .route(post().to(st::save)),
        )
        .service(resource("/admin/statements/{slug}/preview").route(get().to(st::preview)))
        .service(resource("/admin/statements/{slug}/versions").route(get().to(ver::pick)))
        .service(
            resource("/admin/statements/{slug}/versions/{code}")
                .route(get().to(ver::form))
                .route(post().to(ver::save)),
        )
        .service(
            resource("/admin/statements/{slug}/versions/{code}/delete")
                .route(post().to(ver::delete)),
        )
        .service(
            resource("/admin/statements/{slug}/amend")
                .route(get().to(st::amend_form))
                .route(post().to(st::amend)),
        )
        .service(
            resource("/admin/statements/{slug}/export.{ext}")
                .route(get().to(publ::coordinator_export)),
        )
        // The workspace: signatures and import.
        .service(resource("/admin/statements/{slug}/signatures").route(get().to(cur::list_page)))
        .service(resource("/admin/statements/{slug}/signatures/bulk").route(post().to(cur::bulk)))
        .service(resource("/admin/statements/{slug}/duplicates").route(get().to(dup::page)))
        .service(resource("/admin/statements/{slug}/duplicates/merge").route(post().to(dup::merge)))
        .service(
            resource("/admin/statements/{slug}/import")
                .route(get().to(imp::form))
                .route(post().to(imp::commit)),
        )
        .service(resource("/admin/statements/{slug}/import/preview").route(post().to(imp::preview)))
        // Circulation: addressees, mailings and their report.
        .service(resource("/admin/statements/{slug}/circulation").route(get().to(circ::page)))
        .service(
            resource("/admin/statements/{slug}/circulation/preview")
                .route(post().to(circ::preview)),
        )
        .service(resource("/admin/statements/{slug}/circulation/send").route(post().to(circ::send)))
        .service(
            resource("/admin/statements/{slug}/circulation/statement.pdf")
                .route(get().to(circ::pdf)),
        )
        .service(resource("/admin/statements/{slug}/addressees").route(post().to(circ::save_plan)))
        .service(
            resource("/admin/statements/{slug}/mailings/{id}/again").route(post().to(circ::again)),
        )
        .service(
            resource("/admin/signers")
                .route(get().to(signer::page))
                .route(post().to(signer::search)),
        )
        .service(resource("/admin/signers/export").route(post().to(signer::export)))
        .service(resource("/admin/signers/erase").route(post().to(signer::erase)))
        .service(
            resource("/admin/teams")
                .route(get().to(accounts::team_routes::page))
                .route(post().to(accounts::team_routes::create)),
        )
        .service(resource("/admin/teams/{id}").route(post().to(accounts::team_routes::rename)))
        .service(
            resource("/admin/teams/{id}/members")
                .route(post().to(accounts::team_routes::add_member)),
        )
        .service(
            resource("/admin/teams/{id}/members/{user}/remove")
                .route(post().to(accounts::team_routes::remove_member)),
        )
        .service(resource("/admin/signatures/{id}").route(get().to(cur::detail)))
        .service(resource("/admin/signatures/{id}/{action}").route(post().to(cur::act)))
        // Lifecycle actions: after every literal `…/{slug}/…` path above.
        .service(resource("/admin/statements/{slug}/{action}").route(post().to(st::lifecycle)))
        // Operations and static files.
        .service(resource("/healthz").route(get().to(http::healthz)))
        .service(resource("/metrics").route(get().to(metrics::endpoint::scrape)))
        .service(resource("/source").route(get().to(http::source_page)))
        .service(resource("/brand/{version}/logo").route(get().to(crate::web::brand::logo)))
        .service(resource("/brand/{version}/brand.css").route(get().to(crate::web::brand::css)))
        .service(resource("/static/{version}/{name:.*}").route(get().to(assets::serve)))
        .default_service(web::to(http::not_found));
}

#[cfg(test)]
mod tests {
    /// Every resource registered with a POST handler is in `TAKES_POST`,
    /// and nothing else is.
    #[test]
    fn the_post_list_matches_the_routes() {
        let source = include_str!("routes.rs");
        let body = source
            .split("pub fn configure")
            .nth(1)
            .and_then(|rest| rest.split("#[cfg(test)]").next())
            .unwrap_or_default();
        let mut found = Vec::new();
        for block in body.split(".service(").skip(1) {
            let pattern = block.split('"').nth(1).unwrap_or_default();
            if block.contains("post()") {
                found.push(pattern);
            }
        }
        assert_eq!(found, crate::web::TAKES_POST);
    }
}
