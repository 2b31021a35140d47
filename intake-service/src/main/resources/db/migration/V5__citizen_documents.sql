-- Intake's view of the citizen e-document store, fed by ResultIssued: a component may reference
-- a stored result of the applicant instead of uploading it again (digitization state 3).
create table citizen_document (
    id              uuid primary key,
    owner_id_number text not null,
    kind            text not null,
    number          text not null,
    procedure_id    text not null,
    dossier_code    text not null,
    issued_at       timestamptz not null
);
create index citizen_document_owner on citizen_document (owner_id_number);
