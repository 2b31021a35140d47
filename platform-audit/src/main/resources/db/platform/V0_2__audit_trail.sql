-- The audit trail (platform-audit), in every service's database: one row per state-changing call
-- (including refused ones) and per applied event. Rows are kept in chains (AuditChain.STRIPES of
-- them, by subject); each holds the hash of the previous row of its chain, so that a row edited
-- by hand is detected (GET /api/v1/audit/verification).
create table audit_entry (
    id            bigserial primary key,
    chain         text not null,
    position      bigint not null,
    at            timestamptz not null,
    actor         text not null,
    roles         text,
    agency        text,
    subject       text,
    action        text not null,
    outcome       text not null,
    previous_hash text not null,
    hash          text not null,
    unique (chain, position)
);
create index audit_entry_subject on audit_entry (subject, id);

-- Append-only for the service: a change or deletion is refused. (Whoever owns the table can still
-- disable this; the chain is what shows that someone did.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
