-- A revocation is requested by one administrator and takes effect when a second one approves it
-- (docs/results.md). Until then the result stays valid; the request keeps who asked, when and why.
alter table result
    add column revocation_requested_at  timestamptz,
    add column revocation_requested_by  text,
    add column revocation_request_reason text,
    add constraint result_revocation_request_together check (
        (revocation_requested_at is null and revocation_requested_by is null and revocation_request_reason is null)
        or (revocation_requested_at is not null and revocation_requested_by is not null
            and revocation_request_reason is not null)),
    -- the one who approves is never the one who asked
    add constraint result_revocation_two_people check (
        revoked_by is null or revocation_requested_by is null or revoked_by <> revocation_requested_by);
