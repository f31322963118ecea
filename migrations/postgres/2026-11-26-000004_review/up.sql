-- Duplicates are decided when a signature is confirmed (docs/SPEC.md §3):
-- an unconfirmed entry holds no place, and a confirmed one that collides
-- with an entry on the list waits for the coordinators as 'review'.
ALTER TABLE signatures DROP CONSTRAINT signatures_status_check;
ALTER TABLE signatures ADD CONSTRAINT signatures_status_check
    CHECK (status IN ('unconfirmed', 'pending', 'approved', 'rejected', 'withdrawn', 'duplicate', 'review'));
DROP INDEX signatures_live_name;
DROP INDEX signatures_live_email;
CREATE UNIQUE INDEX signatures_live_name ON signatures (statement_id, name_key)
    WHERE status IN ('pending', 'approved');
CREATE UNIQUE INDEX signatures_live_email ON signatures (statement_id, email_key)
    WHERE status IN ('pending', 'approved');
