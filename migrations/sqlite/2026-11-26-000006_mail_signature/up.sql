-- Which signature a message was sent for, so that coordinators see
-- whether a signer's confirmation arrived. No foreign key: erasing or
-- deleting a signature deletes its messages itself.
ALTER TABLE email_outbox ADD COLUMN signature_id TEXT;
CREATE INDEX email_outbox_signature ON email_outbox (signature_id);
