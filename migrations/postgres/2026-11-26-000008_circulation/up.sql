-- Circulation: the final statement sent to its signatories, and delivered
-- to its addressees.

-- Whom the letter is addressed to, when it is delivered and where answers go.
CREATE TABLE deliveries (
    statement_id TEXT PRIMARY KEY NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    -- "Permanent Missions to the UN in Geneva"
    addressed_to TEXT NOT NULL DEFAULT '',
    reply_to TEXT NOT NULL DEFAULT '',
    -- UTC; the running server delivers at this time.
    deliver_at TIMESTAMP,
    -- The first delivery, by the schedule or a coordinator's click.
    delivered_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE addressees (
    id TEXT PRIMARY KEY NOT NULL,
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX addressees_statement ON addressees (statement_id, position);

-- One sending of the final statement to one audience.
CREATE TABLE mailings (
    id TEXT PRIMARY KEY NOT NULL,
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    -- "signatories" or "addressees"
    audience TEXT NOT NULL,
    -- The coordinator's words above the statement.
    note TEXT NOT NULL,
    recipients INTEGER NOT NULL,
    -- NULL when the server sent it at the delivery time.
    created_by TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX mailings_statement ON mailings (statement_id, created_at);

-- A message of a mailing is sent at most once: the attempt is recorded
-- before it starts, and one a crash interrupted is not repeated by itself.
ALTER TABLE email_outbox ADD COLUMN mailing_id TEXT;
ALTER TABLE email_outbox ADD COLUMN started_at TIMESTAMP;
ALTER TABLE email_outbox ADD COLUMN reply_to TEXT;
CREATE INDEX email_outbox_mailing ON email_outbox (mailing_id);

-- The language the signer read the site in (their emails speak it); the
-- version signed is `language`. Empty for signatures from before, or
-- imported: their messages speak the version's language.
ALTER TABLE signatures ADD COLUMN reader_language TEXT NOT NULL DEFAULT '';
