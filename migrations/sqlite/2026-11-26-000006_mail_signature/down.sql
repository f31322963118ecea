DROP INDEX email_outbox_signature;
ALTER TABLE email_outbox DROP COLUMN signature_id;
