-- The apology letter with a new date (Circular 01/2018 form 04) as the competent agency issued it
-- (ApologyIssued): what intake prints at GET /api/v1/dossiers/{code}/apology-letter.
alter table dossier add column apology_reason text;
alter table dossier add column apology_old_due timestamptz;
alter table dossier add column apology_new_due timestamptz;
alter table dossier add column apology_issued_at timestamptz;
alter table dossier add column apology_issued_by text;
