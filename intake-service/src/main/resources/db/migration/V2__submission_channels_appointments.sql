-- Submission against the catalog: components, bundles (parent and member dossiers), the promised
-- due date and the catalog version the dossier was received under.
alter table dossier add column kind text not null default 'PROCEDURE';
alter table dossier add column parent_id uuid references dossier (id);
alter table dossier add column bundle_id text;
alter table dossier add column catalog_version text;
alter table dossier add column due_at timestamptz;
alter table dossier add column time_limit_value integer;
alter table dossier add column time_limit_unit text;
alter table dossier add column representative jsonb;
alter table dossier add column notify jsonb not null default '[]'::jsonb;
alter table dossier add column waiting_for jsonb not null default '[]'::jsonb;
alter table dossier add column withdrawn_at timestamptz;
alter table dossier add column withdrawal_reason text;
create index dossier_parent on dossier (parent_id);
-- Officers' lists: newest first, keyset-paginated on (received_at, id).
create index dossier_received on dossier (received_at desc, id desc);
create index dossier_competent_received on dossier (competent_agency, received_at desc, id desc);
create index dossier_status_received on dossier (status, received_at desc, id desc);

-- Uploaded files, stored once per content (SHA-256); object storage can replace the bytes later.
create table stored_content (
    id          uuid primary key,
    sha256      text not null,
    media_type  text not null,
    size_bytes  bigint not null,
    content     bytea not null,
    created_at  timestamptz not null default now()
);

-- The components received with a dossier (round 0) and with each supplement (round 1, 2, ...).
create table dossier_component (
    dossier_id          uuid not null references dossier (id),
    code                text not null,
    round               integer not null default 0,
    name                text not null,
    source              text not null,
    digitization_state  integer not null,
    document_ref        text,
    file_name           text,
    media_type          text,
    size_bytes          bigint,
    sha256              text,
    content_id          uuid references stored_content (id),
    provided_by         text,
    received_at         timestamptz,
    primary key (dossier_id, code, round)
);

-- Idempotency keys serve every creating POST of intake, not only dossiers.
alter table idempotency_key add column operation text not null default 'submit-dossier';
alter table idempotency_key drop column dossier_id;

-- Intake channels can be closed per service centre (e.g. counters closed, online open).
create table channel_status (
    service_centre text not null,
    channel        text not null,
    open           boolean not null,
    reason         text,
    changed_at     timestamptz not null,
    primary key (service_centre, channel)
);

-- Counter appointments: capacity per slot, one booking per applicant and slot.
create table appointment_slot (
    service_centre text not null,
    slot_start     timestamptz not null,
    capacity       integer not null,
    booked         integer not null,
    primary key (service_centre, slot_start),
    check (booked <= capacity)
);
create table appointment (
    id                  uuid primary key,
    service_centre      text not null,
    slot_start          timestamptz not null,
    slot_end            timestamptz not null,
    procedure_id        text not null,
    applicant_name      text not null,
    applicant_id_number text not null,
    applicant_phone     text,
    status              text not null,
    created_at          timestamptz not null
);
create unique index appointment_once_per_applicant_slot
    on appointment (service_centre, slot_start, applicant_id_number) where status = 'BOOKED';
