create table result (
    id              uuid primary key,
    number          text not null unique,
    kind            text not null,
    dossier_id      uuid not null unique,
    dossier_code    text not null,
    procedure_id    text not null,
    issuer          text not null,
    owner_name      text not null,
    owner_id_number text not null,
    issued_at       timestamptz not null,
    data            jsonb not null default '{}'::jsonb
);
create index result_owner on result (owner_id_number, issued_at);
create index result_dossier_code on result (dossier_code);

-- Gap-free result numbers per issuing agency, result kind and year.
create table result_number_counter (
    issuer   text not null,
    kind     text not null,
    year     integer not null,
    last_seq integer not null,
    primary key (issuer, kind, year)
);
