-- Rate limit of the notices sent to a signature's address.
CREATE INDEX audit_log_signature ON audit_log (signature_id, at);
-- When the contact data of the statement's signatures was erased (retention).
ALTER TABLE statements ADD COLUMN contact_erased_at TIMESTAMP;
-- What the open statement's page shows changes only with its approved
-- signatures: their number and latest change, read from this index alone.
CREATE INDEX signatures_changes ON signatures (statement_id, status, updated_at);
