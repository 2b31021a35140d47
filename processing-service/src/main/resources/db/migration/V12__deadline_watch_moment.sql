-- The deadline watch reads only the dossiers and steps whose moment has come (docs/adr/0028):
-- each carries when the watch must next look at it (its at-risk moment, then the first instant after
-- its due date; null when its clock stands or nothing is left to announce), stored by the service
-- whenever the due date or the alerts change.
alter table case_file add column next_watch_at timestamptz;
alter table task add column next_watch_at timestamptz;

-- The clocks open at the upgrade are looked at in the first rounds after it (past-due ones first),
-- which announce what is due and store each one's real next moment: the service computes the
-- moments with the agencies' calendars, which SQL does not have, and no alert is lost.
update case_file set next_watch_at = least(due_at, now())
 where status in ('IN_PROCESS', 'BUNDLE') and due_at is not null and not overdue_announced;
update task set next_watch_at = least(due_at, now())
 where status in ('OPEN', 'CLAIMED') and not overdue_announced;

create index case_file_next_watch on case_file (next_watch_at) where next_watch_at is not null;
create index task_next_watch on task (next_watch_at) where next_watch_at is not null;
