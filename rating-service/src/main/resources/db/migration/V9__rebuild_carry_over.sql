-- A rebuild keeps the dossiers whose events the topics no longer hold (retention) as they were.
alter table projection_rebuild add column dossiers_carried_over bigint;
