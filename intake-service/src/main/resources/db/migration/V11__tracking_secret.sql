-- The random secret printed in a receipt's tracking QR code: whoever holds it sees the dossier's
-- status and timeline without personal data (GET /api/v1/tracking/{secret}); everything else needs
-- a login. Dossiers received before this migration get one too (two random UUIDs' worth of hex).
alter table dossier add column tracking_secret text;
update dossier set tracking_secret = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
    where tracking_secret is null;
alter table dossier alter column tracking_secret set not null;
create unique index dossier_tracking_secret_idx on dossier (tracking_secret);
