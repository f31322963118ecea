//! Diesel table definitions, valid for both backends (portable types only).

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        disabled_at -> Nullable<Timestamp>,
        last_login_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    login_throttle (client_key) {
        client_key -> Text,
        failures -> Integer,
        window_start -> Timestamp,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    one_time_tokens (id) {
        id -> Text,
        token_hash -> Text,
        purpose -> Text,
        email -> Nullable<Text>,
        role -> Nullable<Text>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        team_id -> Nullable<Text>,
    }
}

diesel::table! {
    statements (id) {
        id -> Text,
        slug -> Text,
        title -> Text,
        summary -> Text,
        body -> Text,
        language -> Text,
        status -> Text,
        opens_at -> Nullable<Timestamp>,
        deadline -> Nullable<Timestamp>,
        timezone -> Text,
        allow_organisations -> Bool,
        allow_individuals -> Bool,
        moderation -> Bool,
        public_list -> Bool,
        require_country -> Bool,
        note -> Text,
        grouping -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        opened_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
        archived_at -> Nullable<Timestamp>,
        amended_at -> Nullable<Timestamp>,
        organiser -> Text,
        contact_erased_at -> Nullable<Timestamp>,
        team_id -> Text,
    }
}

diesel::table! {
    statement_translations (statement_id, language) {
        statement_id -> Text,
        language -> Text,
        title -> Text,
        summary -> Text,
        body -> Text,
        note -> Text,
        updated_at -> Timestamp,
        added_after_opening -> Bool,
    }
}

diesel::table! {
    signatures (id) {
        id -> Text,
        statement_id -> Text,
        kind -> Text,
        name -> Text,
        title -> Text,
        country -> Nullable<Text>,
        qualifier -> Text,
        contact_name -> Text,
        email -> Nullable<Text>,
        website -> Text,
        message -> Text,
        listing -> Text,
        status -> Text,
        name_key -> Nullable<Text>,
        email_key -> Nullable<Text>,
        duplicate_of -> Nullable<Text>,
        language -> Text,
        source -> Text,
        confirm_token_hash -> Nullable<Text>,
        confirm_expires_at -> Nullable<Timestamp>,
        manage_token_hash -> Nullable<Text>,
        manage_expires_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        purged_at -> Nullable<Timestamp>,
        reader_language -> Text,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_user_id -> Nullable<Text>,
        actor_kind -> Text,
        action -> Text,
        statement_id -> Nullable<Text>,
        signature_id -> Nullable<Text>,
        details -> Text,
    }
}

diesel::table! {
    settings (key) {
        key -> Text,
        value -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> Text,
        to_address -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        kind -> Text,
        statement_id -> Nullable<Text>,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        signature_id -> Nullable<Text>,
        mailing_id -> Nullable<Text>,
        started_at -> Nullable<Timestamp>,
        reply_to -> Nullable<Text>,
        body_id -> Nullable<Text>,
        to_name -> Nullable<Text>,
    }
}

diesel::table! {
    mailing_bodies (id) {
        id -> Text,
        mailing_id -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        pdf -> Nullable<Binary>,
        pdf_name -> Nullable<Text>,
    }
}

diesel::table! {
    deliveries (statement_id) {
        statement_id -> Text,
        addressed_to -> Text,
        reply_to -> Text,
        deliver_at -> Nullable<Timestamp>,
        delivered_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    addressees (id) {
        id -> Text,
        statement_id -> Text,
        name -> Text,
        email -> Text,
        position -> Integer,
    }
}

diesel::table! {
    mailings (id) {
        id -> Text,
        statement_id -> Text,
        audience -> Text,
        note -> Text,
        recipients -> Integer,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    teams (id) {
        id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    team_members (team_id, user_id) {
        team_id -> Text,
        user_id -> Text,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(team_members -> teams (team_id));
diesel::joinable!(team_members -> users (user_id));
diesel::joinable!(signatures -> statements (statement_id));
diesel::joinable!(statement_translations -> statements (statement_id));
diesel::joinable!(audit_log -> statements (statement_id));
diesel::joinable!(deliveries -> statements (statement_id));
diesel::joinable!(addressees -> statements (statement_id));
diesel::joinable!(mailings -> statements (statement_id));
diesel::joinable!(mailing_bodies -> mailings (mailing_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    sessions,
    login_throttle,
    one_time_tokens,
    statements,
    statement_translations,
    signatures,
    audit_log,
    settings,
    email_outbox,
    deliveries,
    addressees,
    mailings,
    mailing_bodies,
    teams,
    team_members,
);
