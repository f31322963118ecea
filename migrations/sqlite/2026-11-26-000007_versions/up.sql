-- A language version added once signing had opened is a translation of
-- the text people signed, not that text.
ALTER TABLE statement_translations ADD COLUMN added_after_opening BOOLEAN NOT NULL DEFAULT FALSE;
