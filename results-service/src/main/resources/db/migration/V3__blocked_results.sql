-- Results that cannot be issued with the data of their decision (docs/results.md, "Blocked
-- results"): one row per dossier, open until a correction (ResultDataCorrected) issues the result.
-- The decision is kept as received, so that the result is issued from it once corrected.
create table blocked_result (
    dossier_id    uuid primary key,
    dossier_code  text        not null,
    procedure_id  text        not null,
    issuer        text        not null,
    decision      jsonb       not null,
    result_data   jsonb       not null,
    reason        text        not null,
    violations    jsonb       not null,
    attempts      int         not null check (attempts >= 1),
    blocked_at    timestamptz not null,
    updated_at    timestamptz not null,
    resolved_at   timestamptz,
    result_id     uuid references result (id),
    constraint blocked_result_resolved_together check ((resolved_at is null) = (result_id is null))
);

-- What operators watch: the open ones, oldest first.
create index blocked_result_open on blocked_result (blocked_at) where resolved_at is null;
