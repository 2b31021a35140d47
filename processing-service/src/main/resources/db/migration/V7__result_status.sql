-- What became of the result of an approved dossier (docs/workflows-and-deadlines.md, "Result data"):
-- PENDING until results-service issues it (ISSUED) or cannot (BLOCKED, with the reason and the fields
-- at fault, until the deciding agency corrects the data). Null for dossiers without a result to issue.
alter table case_file
    add column result_status     text check (result_status in ('PENDING', 'BLOCKED', 'ISSUED')),
    add column result_problem    text,
    add column result_violations text;
create index case_file_result_blocked on case_file (decided_at) where result_status = 'BLOCKED';
