-- Reliable-events tables shared by every service (platform-messaging).
-- Versions 0.x belong to platform-messaging; each service's own migrations start at 1.

-- Transactional outbox: written in the same transaction as the state change it announces,
-- published to Kafka by the relay after commit. The row id is the CloudEvent id (ce_id),
-- stable across relay retries, so consumers can de-duplicate.
create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    topic         text not null,
    message_key   text not null,
    ce_type       text not null,
    ce_source     text not null,
    ce_subject    text,
    ce_time       timestamptz not null,
    ce_dataschema text,
    payload       jsonb not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      integer not null default 0,
    last_error    text
);
-- The relay reads unpublished rows in commit order; a partial index keeps that scan small.
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumers: one row per (consumer, event id), inserted in the same transaction as
-- the handler's effect. A redelivered event finds its row and changes nothing.
create table processed_event (
    consumer     text not null,
    event_id     text not null,
    event_type   text not null,
    topic        text not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
