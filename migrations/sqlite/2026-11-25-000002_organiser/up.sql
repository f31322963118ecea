-- Who is organising the statement, shown on its public page.
ALTER TABLE statements ADD COLUMN organiser TEXT NOT NULL DEFAULT '';
