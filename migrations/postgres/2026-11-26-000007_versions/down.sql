ALTER TABLE statement_translations DROP COLUMN added_after_opening;
