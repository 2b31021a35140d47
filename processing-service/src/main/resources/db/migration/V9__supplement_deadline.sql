-- The applicant's deadline of the open supplement request: when it passes without a supplement, the
-- deadline watch refuses the dossier (DossierDecided REJECTED with the reason). Null when no
-- supplement request is open.
alter table case_file add column supplement_deadline timestamptz;
create index case_file_supplement_deadline_idx on case_file (supplement_deadline)
    where status = 'SUPPLEMENT_REQUESTED';
