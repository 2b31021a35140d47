-- The indices' period query reads dossiers received, or filed online and waiting or refused at
-- intake (national statuses 1 and 3), before the period's end.
create index dossier_fact_arrived on dossier_fact ((coalesce(filed_at, received_at)));
