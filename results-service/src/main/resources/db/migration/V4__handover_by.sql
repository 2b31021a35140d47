-- Who recorded the handover of a result: the counter staff member, from their access token.
-- received_by and receiver_id_number stay the person who received it. Handovers recorded before
-- this version did not say who handed them over: null.
alter table result_handover add column handed_over_by text;
