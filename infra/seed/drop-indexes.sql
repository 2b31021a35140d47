-- Included by each service's seed inside its transaction: drops the secondary indexes of the tables
-- named in psql variable tables (comma-separated) and keeps their definitions, so that the rows go in
-- without random index inserts and restore-indexes.sql builds each index once, sorted (several times
-- faster at a million rows). Indexes behind constraints (primary keys, unique constraints) stay.
-- DDL is transactional here: a failed seed leaves every index as it was.
create temp table seed_index as
select i.indexname, i.indexdef
  from pg_indexes i
 where i.schemaname = 'public' and i.tablename = any (string_to_array(:'tables', ','))
   and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$
declare
    r record;
begin
    for r in select indexname from seed_index loop
        execute format('drop index %I', r.indexname);
    end loop;
end $$;
