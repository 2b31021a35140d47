-- National statuses 1 and 3: a dossier filed online waits for the centre's acceptance from filed_at
-- (DossierFiled); one refused at intake (DossierRefused) was never received, with the slip given.
alter table dossier_fact add column filed_at timestamptz;
alter table dossier_fact add column refused_at timestamptz;
alter table dossier_fact add column refusal_slip text;
