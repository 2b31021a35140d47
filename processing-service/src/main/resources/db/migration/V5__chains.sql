-- Chains: a bundle member waits for its upstream members (their result, or the hand-off of a
-- file paused for payment) and starts as soon as every input is there. Results are recorded as
-- they are issued, so a member opened after its upstream's result still finds it.
alter table case_file add column waiting_for text;           -- JSON list: procedureId, dossierId, component, type
alter table case_file add column handed_off boolean not null default false;
create table issued_result (
    dossier_id   uuid primary key,
    result_id    uuid not null,
    procedure_id text not null,
    kind         text not null,
    issued_at    timestamptz not null
);
