ALTER TABLE statements DROP COLUMN organiser;
