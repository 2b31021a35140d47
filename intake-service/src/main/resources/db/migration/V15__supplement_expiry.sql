-- The supplement round whose deadline intake found passed (DossierSupplementExpired published once
-- per round, under the dossier's row lock: the same lock a supplement takes).
alter table dossier add column supplement_expired_round integer not null default 0;
create index dossier_supplement_deadline_idx on dossier (supplement_deadline) where status = 'SUPPLEMENT_REQUESTED';
