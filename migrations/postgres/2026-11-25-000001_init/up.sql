-- The whole schema of docs/SPEC.md. Kept column-for-column identical to
-- migrations/sqlite (tests/schema.rs compares the two).

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
    disabled_at TIMESTAMP,
    last_login_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user_id ON sessions (user_id);

-- Failed sign-ins per client and per account name, as keyed hashes (never
-- a raw address, and the same for accounts that do not exist).
CREATE TABLE login_throttle (
    client_key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    window_start TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);

-- Single-use links: first-run setup, invitations, password resets.
CREATE TABLE one_time_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL CHECK (purpose IN ('setup', 'invite', 'password_reset')),
    email TEXT,
    role TEXT CHECK (role IN ('admin', 'coordinator')),
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

CREATE TABLE statements (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'published', 'archived')),
    opens_at TIMESTAMP,
    deadline TIMESTAMP,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    allow_organisations BOOLEAN NOT NULL DEFAULT TRUE,
    allow_individuals BOOLEAN NOT NULL DEFAULT FALSE,
    moderation BOOLEAN NOT NULL DEFAULT FALSE,
    public_list BOOLEAN NOT NULL DEFAULT FALSE,
    require_country BOOLEAN NOT NULL DEFAULT FALSE,
    note TEXT NOT NULL DEFAULT '',
    grouping TEXT NOT NULL DEFAULT 'none' CHECK (grouping IN ('none', 'kind', 'country')),
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    opened_at TIMESTAMP,
    closed_at TIMESTAMP,
    published_at TIMESTAMP,
    archived_at TIMESTAMP,
    amended_at TIMESTAMP
);
CREATE INDEX statements_status ON statements (status);

-- Further language versions of a statement's text (docs/SPEC.md section 6).
CREATE TABLE statement_translations (
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (statement_id, language)
);

CREATE TABLE signatures (
    id TEXT PRIMARY KEY NOT NULL,
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('organisation', 'individual')),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    country TEXT,
    qualifier TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    email TEXT,
    website TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    listing TEXT NOT NULL CHECK (listing IN ('public', 'anonymous')),
    status TEXT NOT NULL CHECK (status IN ('unconfirmed', 'pending', 'approved', 'rejected', 'withdrawn', 'duplicate')),
    -- Normalised name + country, and lower-cased email: the duplicate keys.
    name_key TEXT,
    email_key TEXT,
    duplicate_of TEXT REFERENCES signatures (id) ON DELETE SET NULL,
    language TEXT NOT NULL DEFAULT 'en',
    source TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('form', 'import')),
    confirm_token_hash TEXT UNIQUE,
    confirm_expires_at TIMESTAMP,
    manage_token_hash TEXT UNIQUE,
    manage_expires_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    decided_at TIMESTAMP,
    purged_at TIMESTAMP
);
-- One live entry per organisation and per email on a statement.
CREATE UNIQUE INDEX signatures_live_name ON signatures (statement_id, name_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE UNIQUE INDEX signatures_live_email ON signatures (statement_id, email_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE INDEX signatures_list ON signatures (statement_id, status, created_at);
CREATE INDEX signatures_country ON signatures (statement_id, country);
CREATE INDEX signatures_name ON signatures (statement_id, name);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('user', 'signer', 'system')),
    action TEXT NOT NULL,
    statement_id TEXT REFERENCES statements (id) ON DELETE CASCADE,
    signature_id TEXT REFERENCES signatures (id) ON DELETE SET NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_statement ON audit_log (statement_id, at);

-- Instance-wide secrets and settings shared by every instance.
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Durable outbox: a message is written with the change that causes it and
-- sent later with retries.
CREATE TABLE email_outbox (
    id TEXT PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    kind TEXT NOT NULL,
    statement_id TEXT REFERENCES statements (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX email_outbox_due ON email_outbox (sent_at, next_attempt_at);
