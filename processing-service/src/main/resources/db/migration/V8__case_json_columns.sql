-- The case's JSON columns that Hibernate maps as JSON are jsonb (the workflow's step states and the
-- deadline explanation stay text, written by their own converters).
alter table case_file
    alter column agencies type jsonb using agencies::jsonb,
    alter column waiting_for type jsonb using waiting_for::jsonb,
    alter column result_violations type jsonb using result_violations::jsonb;
