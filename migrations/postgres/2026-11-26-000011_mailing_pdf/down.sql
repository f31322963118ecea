ALTER TABLE mailing_bodies DROP COLUMN pdf_name;
ALTER TABLE mailing_bodies DROP COLUMN pdf;
