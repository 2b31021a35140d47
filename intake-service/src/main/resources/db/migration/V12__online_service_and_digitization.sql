-- What the indices of Decision 766 need to know about each dossier, as the catalog said on the day
-- it was received: how far its procedure could be done online (FULL, PARTIAL, NONE; null for a
-- bundle parent and for dossiers received before this migration) and whether it owed a fee.
alter table dossier add column online_service text;
alter table dossier add column fee_bearing boolean;

-- A component reused from another dossier of the same applicant (digitization state 2): that
-- dossier's code and component code, "CODE#COMPONENT".
alter table dossier_component add column reused_from text;
-- Who scanned a component handed in on paper (state 0 -> 1), and when.
alter table dossier_component add column digitized_at timestamptz;
alter table dossier_component add column digitized_by text;
