PRAGMA foreign_keys = OFF;
BEGIN;
UPDATE signatures SET status = 'duplicate' WHERE status = 'review';
-- Unconfirmed entries held no place; before, they did: later ones that
-- share a key with an earlier entry are withdrawn.
UPDATE signatures SET status = 'withdrawn' WHERE status = 'unconfirmed' AND EXISTS (
    SELECT 1 FROM signatures h
    WHERE h.statement_id = signatures.statement_id AND h.id <> signatures.id
      AND h.status IN ('unconfirmed', 'pending', 'approved')
      AND (h.status <> 'unconfirmed' OR h.id < signatures.id)
      AND (h.name_key = signatures.name_key OR h.email_key = signatures.email_key));
CREATE TABLE signatures_new (
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
INSERT INTO signatures_new SELECT * FROM signatures;
DROP TABLE signatures;
ALTER TABLE signatures_new RENAME TO signatures;
-- One live entry per organisation and per email on a statement.
CREATE UNIQUE INDEX signatures_live_name ON signatures (statement_id, name_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE UNIQUE INDEX signatures_live_email ON signatures (statement_id, email_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE INDEX signatures_list ON signatures (statement_id, status, created_at);
CREATE INDEX signatures_country ON signatures (statement_id, country);
CREATE INDEX signatures_name ON signatures (statement_id, name);
CREATE INDEX signatures_statement_id ON signatures (statement_id, id);
COMMIT;
PRAGMA foreign_keys = ON;
