-- What an applicant owes for a dossier (the procedure's fees on receipt, or a fee or tax an officer
-- asks for during processing) and the attempts to pay it online through the payment gateway
-- (docs/payments.md). One electronic receipt number per paid obligation.
create table fee_obligation (
    id               uuid primary key,
    dossier_id       uuid        not null references dossier (id),
    dossier_code     text        not null,
    kind             text        not null check (kind in ('FEE', 'REQUESTED')),
    -- FEE: the catalog's fee code; REQUESTED: processing's PaymentRequested event id (one obligation per request)
    reference        text        not null,
    description      text        not null,
    amount_vnd       bigint      not null check (amount_vnd > 0),
    status           text        not null check (status in ('DUE', 'PAID', 'SETTLED', 'CANCELLED')),
    -- REQUESTED: when processing paused the clock for it (the pause the payment ends)
    requested_at     timestamptz,
    created_at       timestamptz not null,
    paid_at          timestamptz,
    paid_via         text check (paid_via in ('ONLINE', 'COUNTER')),
    paid_by          text,
    receipt_number   text unique,
    settled_note     text,
    unique (dossier_id, kind, reference)
);
create index fee_obligation_dossier_idx on fee_obligation (dossier_id);

create sequence electronic_receipt_seq;

create table online_payment (
    id               uuid primary key,
    obligation_id    uuid        not null references fee_obligation (id),
    amount_vnd       bigint      not null,
    status           text        not null check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED')),
    transaction_id   text        unique,
    pay_url          text,
    expires_at       timestamptz,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    paid_at          timestamptz,
    bank_code        text,
    -- how the outcome became known: CALLBACK (the gateway's signed notice) or RECONCILIATION
    learned_by       text,
    -- paid although the obligation was already paid or settled: the gateway must refund it
    refund_due       boolean     not null default false
);
create index online_payment_pending_idx on online_payment (created_at) where status = 'PENDING';
create index online_payment_obligation_idx on online_payment (obligation_id);
