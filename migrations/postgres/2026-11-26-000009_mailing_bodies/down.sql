ALTER TABLE email_outbox DROP COLUMN to_name;
ALTER TABLE email_outbox DROP COLUMN body_id;
DROP TABLE mailing_bodies;
