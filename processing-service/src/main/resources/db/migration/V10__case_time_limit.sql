-- The time limit of the catalog version a dossier was received under (DossierSubmitted.timeLimit):
-- the deadline is explained from it, not from the workflow's own limit, so a dossier keeps the limit
-- of its version when the law changes (P12: 15 calendar days until 30 Jun 2026, 7 working days from
-- 1 Jul 2026). Null for cases opened before this migration and for events without it.
alter table case_file add column time_limit_value integer;
alter table case_file add column time_limit_unit text;
