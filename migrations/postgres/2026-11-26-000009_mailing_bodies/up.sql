-- A mailing's text is the same for every recipient of one language: it
-- is kept once, not in each recipient's outbox row.
CREATE TABLE mailing_bodies (
    id TEXT PRIMARY KEY NOT NULL,
    mailing_id TEXT NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL
);
CREATE INDEX mailing_bodies_mailing ON mailing_bodies (mailing_id);

ALTER TABLE email_outbox ADD COLUMN body_id TEXT;
-- The recipient's name, for the To header (an addressee's office).
ALTER TABLE email_outbox ADD COLUMN to_name TEXT;
