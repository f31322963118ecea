UPDATE signatures SET status = 'duplicate' WHERE status = 'review';
ALTER TABLE signatures DROP CONSTRAINT signatures_status_check;
ALTER TABLE signatures ADD CONSTRAINT signatures_status_check
    CHECK (status IN ('unconfirmed', 'pending', 'approved', 'rejected', 'withdrawn', 'duplicate'));
DROP INDEX signatures_live_name;
DROP INDEX signatures_live_email;
CREATE UNIQUE INDEX signatures_live_name ON signatures (statement_id, name_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
CREATE UNIQUE INDEX signatures_live_email ON signatures (statement_id, email_key)
    WHERE status IN ('unconfirmed', 'pending', 'approved');
