-- A bundle's own end-to-end promise is watched like a dossier's: its parent case knows its members.
alter table case_file add column parent_id uuid;
create index case_file_parent on case_file (parent_id);
