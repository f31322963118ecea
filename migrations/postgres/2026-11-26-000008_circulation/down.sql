ALTER TABLE signatures DROP COLUMN reader_language;
DROP INDEX email_outbox_mailing;
ALTER TABLE email_outbox DROP COLUMN reply_to;
ALTER TABLE email_outbox DROP COLUMN started_at;
ALTER TABLE email_outbox DROP COLUMN mailing_id;
DROP TABLE mailings;
DROP TABLE addressees;
DROP TABLE deliveries;
