-- ./onestop seed, results' database: the certificate of every decided dossier, numbered gap-free per
-- issuer and year (the counters follow), and its handover the next day. Seeded results carry no
-- signature (sha256, signature and key id null together, as results issued before signing do), so
-- GET /results/verify does not vouch for them; everything that lists or reads them does.
\ir plan.sql
begin;
-- the rows come from one plan, consistent by construction: no per-row foreign-key trigger (pg_restore's
-- --disable-triggers does the same); the constraints stay declared and hold for every later write
set local session_replication_role = replica;
\set tables result,result_handover
\ir drop-indexes.sql
insert into result (id, number, kind, dossier_id, dossier_code, procedure_id, issuer, owner_name, owner_id_number,
                    issued_at, data)
select result_id, result_number, 'CERTIFICATE', id, code, procedure_id, competent, applicant_name, applicant_id_number,
       issued_at,
       case procedure_id
           when 'P1' then jsonb_build_object('birthCertificateNumber', 'KS-' || i,
                                             'childPersonalId', '096' || lpad((i % 1000000000)::text, 9, '0'),
                                             'childFullName', 'Nguyễn Văn Bé ' || i,
                                             'childDateOfBirth', to_char(day - 3, 'YYYY-MM-DD'))
           else jsonb_build_object('deathExtractNumber', 'KT-' || i,
                                   'deceasedPersonalId', '096' || lpad((i % 1000000000)::text, 9, '0'),
                                   'dateOfDeath', to_char(day - 2, 'YYYY-MM-DD'))
       end
  from seed where not open
 order by result_id;

insert into result_number_counter (issuer, kind, year, last_seq)
select issuer, kind, extract(year from issued_at at time zone 'Asia/Ho_Chi_Minh')::int, count(*)
  from result where id in (select result_id from seed where not open)
 group by 1, 2, 3
on conflict (issuer, kind, year) do update set last_seq = greatest(result_number_counter.last_seq, excluded.last_seq);

insert into result_handover (id, result_id, channel, received_by, receiver_id_number, handed_over_at, recorded_at,
                             handed_over_by)
select md5('onestop-seed-handover:' || i)::uuid, result_id,
       case when channel = 'ONLINE' then 'ONLINE' else 'COUNTER' end, applicant_name, applicant_id_number,
       returned_at, returned_at, case when channel = 'ONLINE' then null else 'staff-' || centre end
  from seed where not open
 order by 1;
\ir restore-indexes.sql
commit;
