-- The final statement as a PDF, attached to each message of its language.
ALTER TABLE mailing_bodies ADD COLUMN pdf BLOB;
ALTER TABLE mailing_bodies ADD COLUMN pdf_name TEXT;
