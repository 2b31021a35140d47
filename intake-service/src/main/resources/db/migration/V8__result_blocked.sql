-- An approved dossier whose result results-service cannot issue yet (ResultBlocked): why and since
-- when, shown on the dossier until the result is issued.
alter table dossier
    add column result_problem    text,
    add column result_blocked_at timestamptz;

-- A promise computed through years whose days off the calendar does not hold is provisional: why.
alter table dossier add column due_warning text;
