-- Applicant notifications (e-mail, SMS, Zalo): a queue written in the transaction of the change
-- it announces, one row per channel, and afterwards the record of what the applicant was told.
-- The dispatcher claims due rows with FOR UPDATE SKIP LOCKED under a lease (status SENDING,
-- lease_until, claim_token), sends outside any transaction and records the outcome; a replica
-- that dies mid-send leaves a lease that expires and the row is claimed again.
create table notification (
    id                  uuid primary key,
    dossier_id          uuid not null references dossier (id),
    dossier_code        text not null,
    kind                text not null,
    channel             text not null,
    recipient           text not null,
    recipient_name      text,
    subject             text not null,
    text                text not null,
    status              text not null,
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null,
    lease_until         timestamptz,
    claim_token         uuid,
    last_error          text,
    provider_message_id text,
    created_at          timestamptz not null,
    last_attempt_at     timestamptz,
    sent_at             timestamptz,
    check (status in ('PENDING', 'SENDING', 'RETRY', 'SENT', 'FAILED'))
);
create index notification_dossier on notification (dossier_id, created_at);
-- The dispatcher's two scans stay small: rows waiting for an attempt, and claims whose lease may expire.
create index notification_due on notification (next_attempt_at) where status in ('PENDING', 'RETRY');
create index notification_leased on notification (lease_until) where status = 'SENDING';
