-- A citizen's list of their own dossiers (as applicant or as the representative on record) and
-- a centre's list of what it received read these columns; the representative's id is kept as a
-- generated column so that it can be indexed and compared like the applicant's.
alter table dossier add column representative_id_number text
    generated always as (representative ->> 'idNumber') stored;
create index dossier_applicant_idx on dossier (applicant_id_number, received_at desc, id desc);
create index dossier_representative_idx on dossier (representative_id_number, received_at desc, id desc)
    where representative_id_number is not null;
create index dossier_receiving_idx on dossier (receiving_agency, received_at desc, id desc);
