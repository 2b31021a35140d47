-- Supplement rounds: processing asks (SupplementRequested), the applicant answers once per round.
alter table dossier add column supplement_round integer not null default 0;
alter table dossier add column supplemented_round integer not null default 0;
alter table dossier add column missing_items jsonb not null default '[]'::jsonb;
alter table dossier add column supplement_deadline timestamptz;
