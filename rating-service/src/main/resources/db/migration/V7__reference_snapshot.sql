-- intake's reference data (CatalogPublished): the latest snapshot per province, shared by the
-- replicas and kept across restarts (the compacted catalog topic keeps it for a new installation).
create table reference_snapshot (
    province     text primary key,
    sha256       text        not null,
    payload      jsonb       not null,
    published_at timestamptz not null,
    received_at  timestamptz not null
);
