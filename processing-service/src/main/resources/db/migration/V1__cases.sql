-- The processing side of a dossier. The walking skeleton decides automatically; the workflow
-- issue (#4) adds steps, tasks and deadlines.
create table case_file (
    dossier_id           uuid primary key,
    dossier_code         text not null,
    procedure_id         text not null,
    competent_agency     text not null,
    applicant_name       text not null,
    applicant_id_number  text not null,
    status               text not null,
    received_at          timestamptz not null,
    decision             text,
    decided_at           timestamptz,
    version              bigint not null default 0
);
