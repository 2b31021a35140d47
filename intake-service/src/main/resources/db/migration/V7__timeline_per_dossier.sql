-- One event can add entries to several dossiers' timelines (a member's decision also finishes its
-- bundle; a result reaches the members waiting for it): unique per dossier, event and kind.
alter table dossier_timeline drop constraint dossier_timeline_event_id_key;
create unique index dossier_timeline_event on dossier_timeline (dossier_id, event_id, kind);
