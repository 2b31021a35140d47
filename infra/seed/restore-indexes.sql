-- The other half of drop-indexes.sql: builds again, with their own definitions, the indexes it dropped.
do $$
declare
    r record;
begin
    for r in select indexdef from seed_index loop
        execute r.indexdef;
    end loop;
end $$;
