-- Rate limit of the notices sent to a signature's address.
CREATE INDEX audit_log_signature ON audit_log (signature_id, at);
-- When the contact data of the statement's signatures was erased (retention).
ALTER TABLE statements ADD COLUMN contact_erased_at TIMESTAMP;
