-- Keyset pages of a statement's signatures in id (time) order: exports and
-- the coordinators' list.
CREATE INDEX signatures_statement_id ON signatures (statement_id, id);
