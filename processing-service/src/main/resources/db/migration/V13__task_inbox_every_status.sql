-- An officer's inbox without a status filter (the portal's default: every status, oldest due first,
-- keyset on due_at, id) could not use task_inbox (agency, status, due_at, id): PostgreSQL read every
-- task of the agency and sorted them, which took about 2 s for the first page at a million dossiers
-- (docs/benchmarks.md, "Reads at one million dossiers"). This index serves that page in index
-- order; task_inbox still serves the inbox filtered by status.
create index if not exists task_inbox_every_status on task (agency, due_at, id);
