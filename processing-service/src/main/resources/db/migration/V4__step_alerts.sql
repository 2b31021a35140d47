-- Steps are watched too: each open task is announced at risk and overdue once.
alter table task add column at_risk_announced boolean not null default false;
alter table task add column overdue_announced boolean not null default false;
create index task_open_due on task (due_at) where status in ('OPEN', 'CLAIMED');
