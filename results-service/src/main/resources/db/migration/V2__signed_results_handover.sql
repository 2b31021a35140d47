-- Signed results (docs/results.md): who signed, until when the result is valid, the SHA-256 of
-- its canonical form, the Ed25519 signature and the id of the key that made it; revocation.
-- Results issued before this version have no signature: they stay null and do not verify.
alter table result
    add column signer            text,
    add column valid_until       timestamptz,
    add column sha256            text,
    add column signature         text,
    add column key_id            text,
    add column revoked_at        timestamptz,
    add column revoked_by        text,
    add column revocation_reason text,
    add constraint result_signed_together check (
        (sha256 is null and signature is null and key_id is null)
        or (sha256 is not null and signature is not null and key_id is not null)),
    add constraint result_revoked_together check (
        (revoked_at is null and revoked_by is null and revocation_reason is null)
        or (revoked_at is not null and revoked_by is not null and revocation_reason is not null));

-- The citizen e-document store lists an owner's results newest first, page by page.
drop index result_owner;
create index result_owner on result (owner_id_number, issued_at desc, id desc);

-- The handover of a result to the applicant (national status 10): at most one per result.
create table result_handover (
    id                 uuid primary key,
    result_id          uuid not null unique references result (id),
    channel            text not null check (channel in ('COUNTER', 'POSTAL', 'ONLINE')),
    received_by        text not null,
    receiver_id_number text not null,
    proof              text,
    handed_over_at     timestamptz not null,
    recorded_at        timestamptz not null
);
