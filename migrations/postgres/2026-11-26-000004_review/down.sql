UPDATE signatures SET status = 'duplicate' WHERE status = 'review';
-- Unconfirmed entries held no place; before, they did: later ones that
-- share a key with an earlier entry are withdrawn.
UPDATE signatures SET status = 'withdrawn' WHERE status = 'unconfirmed' AND EXISTS (
    SELECT 1 FROM signatures h
    WHERE h.statement_id = signatures.statement_id AND h.id <> signatures.id
      AND h.status IN ('unconfirmed', 'pending', 'approved')
      AND (h.status <> 'unconfirmed' OR h.id < signatures.id)
      AND (h.name_key = signatures.name_key OR h.email_key = signatures.email_key));
ALTER TABLE signatures DROP CONSTRAINT signatures_status_check;
ALTER TABLE signatures ADD CONSTRAINT signatures_status_check
    CHECK (status IN ('unconfirmed', 'pending', 'approved', 'rejected', 'withdrawn', 'duplicate'));
DROP INDEX signatures_live_name;
DROP INDEX signatures_live_email;
CREATE UNIQUE INDEX signatures_live_name ON signatures (statement_id, name_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE UNIQUE INDEX signatures_live_email ON signatures (statement_id, email_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
