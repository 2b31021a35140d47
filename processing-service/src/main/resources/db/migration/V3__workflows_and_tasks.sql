-- Workflows replace the walking skeleton's automatic decision: a case runs its procedure's
-- workflow (steps stored as JSON, the state machine in plain Java) and each open step is a task.
alter table case_file add column kind text not null default 'PROCEDURE';
alter table case_file add column receiving_agency text;
alter table case_file add column agencies text;             -- JSON: "TYPE@LEVEL" -> agency code
alter table case_file add column run text;                  -- JSON: the workflow's step states
alter table case_file add column due_at timestamptz;        -- the promise (apology may move it once)
alter table case_file add column deadline text;             -- JSON: working-time explanation
alter table case_file add column supplement_round integer not null default 0;
alter table case_file add column apologies integer not null default 0;
alter table case_file add column at_risk_announced boolean not null default false;
alter table case_file add column overdue_announced boolean not null default false;
alter table case_file add column finished_status text;
create index case_file_open_due on case_file (due_at) where status in ('IN_PROCESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT');

create table task (
    id            uuid primary key,
    dossier_id    uuid not null references case_file (dossier_id),
    dossier_code  text not null,
    procedure_id  text not null,
    step          text not null,
    step_name     text not null,
    agency        text not null,
    agency_type   text not null,
    deciding      boolean not null,
    status        text not null,
    due_at        timestamptz not null,
    created_at    timestamptz not null,
    claimed_by    text,
    claimed_at    timestamptz,
    completed_by  text,
    completed_at  timestamptz,
    outcome       text,
    note          text,
    version       bigint not null default 0
);
-- Officers' inbox: an agency's tasks by status, oldest due first (keyset on due_at, id).
create index task_inbox on task (agency, status, due_at, id);
create index task_dossier on task (dossier_id);
