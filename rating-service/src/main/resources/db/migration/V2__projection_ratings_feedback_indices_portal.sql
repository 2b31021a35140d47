-- Ratings, feedback, service-quality indices and the national portal sync (docs/indices.md).

-- Invitations now also come from dossiers that end without a result, and from the handover.
alter table rating_invitation add column reason text not null default 'RESULT_ISSUED';
alter table rating_invitation alter column reason drop default;

-- The projection: one row per dossier, folded from the public topics. Nothing here is written by
-- hand; POST /api/v1/admin/projection/rebuild recomputes it (and projection_event) from the topics.
create table dossier_fact (
    dossier_id          uuid primary key,
    code                text,
    kind                text not null,
    parent_id           uuid,
    procedure_id        text,
    channel             text,
    receiving_agency    text,
    competent_agency    text,
    applicant_type      text,
    applicant_name      text,
    applicant_id_number text,
    received_at         timestamptz,
    started_at          timestamptz,
    due_at              timestamptz,
    due_source          text,
    rescheduled_due_at  timestamptz,
    paused_for          text,
    paused_at           timestamptz,
    supplement_rounds   integer not null,
    decision            text,
    decided_at          timestamptz,
    decided_by          text,
    finished_status     text,
    withdrawn_at        timestamptz,
    stopped_at          timestamptz,
    ended_at            timestamptz,
    result_issued_at    timestamptz,
    result_returned_at  timestamptz,
    overdue             boolean not null,
    status              text not null,
    national_status     integer not null,
    components_state0   integer not null,
    components_state1   integer not null,
    components_state2   integer not null,
    components_state3   integer not null,
    steps_judged        integer not null,
    steps_late          integer not null,
    components          jsonb not null,
    steps               jsonb not null,
    results             jsonb not null,
    last_event_at       timestamptz
);
create index dossier_fact_code on dossier_fact (code);
create index dossier_fact_received on dossier_fact (received_at);
create index dossier_fact_ended on dossier_fact (ended_at);
create index dossier_fact_competent on dossier_fact (competent_agency);
create index dossier_fact_receiving on dossier_fact (receiving_agency);

-- The events folded into dossier_fact (the fold is not idempotent by itself). Swapped together with
-- dossier_fact by a rebuild; processed_event stays the consumer's own inbox.
create table projection_event (
    event_id   text primary key,
    dossier_id uuid not null,
    event_type text not null
);

create table projection_rebuild (
    id             uuid primary key,
    status         text not null,
    requested_at   timestamptz not null,
    heartbeat_at   timestamptz not null,
    finished_at    timestamptz,
    end_offsets    jsonb,
    events_read    bigint not null default 0,
    events_applied bigint not null default 0,
    events_skipped bigint not null default 0,
    dossiers       bigint,
    error          text
);
-- One rebuild at a time, across replicas.
create unique index projection_rebuild_one_running on projection_rebuild ((true)) where status = 'RUNNING';

-- One rating per dossier (replaced within the update window).
create table rating (
    dossier_id                 uuid primary key,
    dossier_code               text not null unique,
    overall                    text not null,
    factor_access              text not null,
    factor_procedure           text not null,
    factor_officials           text not null,
    factor_result              text not null,
    factor_feedback_handling   text not null,
    answer_one_stop            text not null,
    answer_procedure_published text not null,
    answer_officials_attitude  text not null,
    answer_feedback_handling   text not null,
    answer_online_service      text not null,
    criteria                   jsonb not null,
    total_points               integer not null,
    grade                      text not null,
    comment                    text,
    submitted_at               timestamptz not null,
    updated_at                 timestamptz not null,
    revision                   integer not null
);
create index rating_submitted on rating (submitted_at);

create table idempotency_key (
    key            text primary key,
    request_sha256 text not null,
    operation      text not null,
    response       jsonb,
    created_at     timestamptz not null default now()
);

create table feedback (
    id            uuid primary key,
    kind          text not null,
    dossier_id    uuid,
    dossier_code  text,
    agency        text not null,
    text          text not null,
    submitted_by  text,
    received_at   timestamptz not null,
    due_at        timestamptz not null,
    status        text not null,
    handled_by    text,
    answer        text,
    answered_by   text,
    answered_at   timestamptz,
    satisfied     boolean,
    satisfaction_at timestamptz
);
create index feedback_received on feedback (received_at);
create index feedback_agency on feedback (agency, status);

-- Scores kept per unit, period and formula version: re-scoring with a new version adds rows.
create table score_snapshot (
    id              uuid primary key,
    unit            text not null,
    scope_kind      text not null,
    level           text not null default '',
    period_from     date not null,
    period_to       date not null,
    formula_version text not null,
    computed_at     timestamptz not null,
    total           numeric(6, 2) not null,
    band            text not null,
    score           jsonb not null,
    figures         jsonb not null,
    unique (unit, level, period_from, period_to, formula_version)
);

-- Outbox of the national portal sync: one row per status change of a dossier, written in the
-- projection transaction, pushed in order per dossier by PortalSyncDispatcher.
create table portal_sync (
    id              uuid primary key,
    seq             bigserial not null unique,
    dossier_id      uuid not null,
    dossier_code    text,
    event_id        text not null unique,
    event_type      text not null,
    national_status integer not null,
    payload         jsonb not null,
    status          text not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    claim_token     uuid,
    last_error      text,
    last_attempt_at timestamptz,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index portal_sync_dossier on portal_sync (dossier_id, seq);
create index portal_sync_unsent on portal_sync (next_attempt_at) where status not in ('SENT', 'FAILED');
