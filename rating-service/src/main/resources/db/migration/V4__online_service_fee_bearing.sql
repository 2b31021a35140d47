-- Decision 766's online-service and online-payment criteria count dossiers by what the catalog said
-- of their procedure on the day of receipt (DossierSubmitted.onlineService, .feeBearing). Null for
-- dossiers folded before this migration until the projection is rebuilt from the topics.
alter table dossier_fact add column online_service text;
alter table dossier_fact add column fee_bearing boolean;
