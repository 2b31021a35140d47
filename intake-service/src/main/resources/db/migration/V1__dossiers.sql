create table dossier (
    id                   uuid primary key,
    code                 text not null unique,
    procedure_id         text not null,
    channel              text not null,
    receiving_agency     text not null,
    competent_agency     text not null,
    applicant_type       text not null,
    applicant_name       text not null,
    applicant_id_number  text not null,
    applicant_email      text,
    applicant_phone      text,
    status               text not null,
    national_status_code integer not null,
    received_at          timestamptz not null,
    decided_at           timestamptz,
    decision             text,
    result_id            uuid,
    result_number        text,
    result_issued_at     timestamptz,
    version              bigint not null default 0
);
create index dossier_agency_status_received on dossier (competent_agency, status, received_at, id);

-- Gap-free dossier numbers per receiving agency and reception day (BRIEF §3). The row lock taken
-- by the increment serializes concurrent submissions to one agency; a rollback returns the number.
create table dossier_code_counter (
    agency   text not null,
    day      date not null,
    last_seq integer not null,
    primary key (agency, day)
);

-- Everything that happened to a dossier, from this service and from the events of the others.
create table dossier_timeline (
    id          bigserial primary key,
    dossier_id  uuid not null references dossier (id),
    at          timestamptz not null,
    kind        text not null,
    description text not null,
    source      text not null,
    event_id    text unique
);
create index dossier_timeline_dossier on dossier_timeline (dossier_id, at, id);

-- Idempotency-Key of POST /dossiers: the first answer is kept and replayed to retries.
create table idempotency_key (
    key            text primary key,
    request_sha256 text not null,
    dossier_id     uuid,
    response       jsonb,
    created_at     timestamptz not null default now()
);
