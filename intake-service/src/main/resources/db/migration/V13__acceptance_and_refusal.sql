-- National statuses 1 and 3. An online submission of a procedure the centre accepts by hand waits as
-- SUBMITTED_ONLINE (1) from filed_at; held_submission keeps what DossierSubmitted will carry when it
-- is accepted (the chain plan, the agencies of its place, the published time limit), since the
-- deadline runs only from the acceptance. A refusal at intake (3) records the slip given: GUIDANCE
-- (form 02, with the missing items) or REFUSAL (form 03), its reason, who and when.
alter table dossier add column filed_at timestamptz;
alter table dossier add column held_submission jsonb;
alter table dossier add column refusal_slip text;
alter table dossier add column refusal_reason text;
alter table dossier add column refusal_missing jsonb;
alter table dossier add column refused_at timestamptz;
alter table dossier add column refused_by text;
create index dossier_awaiting_acceptance_idx on dossier (receiving_agency, filed_at) where status = 'SUBMITTED_ONLINE';
