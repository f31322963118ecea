DROP INDEX signatures_changes;
ALTER TABLE statements DROP COLUMN contact_erased_at;
DROP INDEX audit_log_signature;
