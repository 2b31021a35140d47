-- ./onestop seed, intake's database: dossiers, their components (one stored file, as intake stores a
-- content once per SHA-256), timelines, the day counters, and intake's copy of the citizens' e-documents.
\ir plan.sql
begin;
-- the rows come from one plan, consistent by construction: no per-row foreign-key trigger (pg_restore's
-- --disable-triggers does the same); the constraints stay declared and hold for every later write
set local session_replication_role = replica;
\set tables dossier,dossier_component,dossier_timeline,citizen_document
\ir drop-indexes.sql
insert into stored_content (id, sha256, media_type, size_bytes, content, created_at)
select md5('onestop-seed-content')::uuid, encode(sha256(c), 'hex'), 'application/pdf', length(c), c, now()
  from (select convert_to('%PDF-1.4' || chr(10) || '% seeded by ./onestop seed' || chr(10) || repeat('x', 2000), 'UTF8') as c) f;

insert into dossier (id, code, procedure_id, channel, receiving_agency, competent_agency, applicant_type, applicant_name,
                     applicant_id_number, status, national_status_code, received_at, decided_at, decision, result_id,
                     result_number, result_issued_at, version, kind, catalog_version, due_at, time_limit_value,
                     time_limit_unit, notify, waiting_for, tracking_secret, online_service, fee_bearing)
select id, code, procedure_id, channel, centre, competent, 'CITIZEN', applicant_name, applicant_id_number,
       case when open then 'IN_PROCESS' else 'RETURNED' end, case when open then 4 else 10 end,
       received_at, decided_at, case when open then null else 'APPROVED' end,
       case when open then null else result_id end, result_number, issued_at, 0, 'PROCEDURE', '1', due_at, 1,
       'SAME_DAY', '[]'::jsonb, '[]'::jsonb, md5('onestop-seed-tracking-a:' || i) || md5('onestop-seed-tracking-b:' || i),
       'FULL', false
  from seed
 order by id;

insert into dossier_component (dossier_id, code, round, name, source, digitization_state, file_name, media_type,
                               size_bytes, sha256, content_id, provided_by, received_at, digitized_at, digitized_by)
select s.id, c.code, 0, c.name, case when s.channel = 'ONLINE' then 'UPLOAD' else 'PAPER' end, 1,
       lower(c.code) || '.pdf', 'application/pdf', f.size_bytes, f.sha256, f.id,
       case when s.channel = 'ONLINE' then s.applicant_id_number else 'staff-' || s.centre end, s.received_at,
       case when s.channel = 'ONLINE' then null else s.received_at end,
       case when s.channel = 'ONLINE' then null else 'staff-' || s.centre end
  from seed s
  join (values ('P1', 'BIRTH_REGISTRATION_FORM', 'Tờ khai đăng ký khai sinh'),
               ('P1', 'BIRTH_NOTICE', 'Giấy chứng sinh do cơ sở y tế cấp'),
               ('P1', 'REQUESTER_ID', 'Giấy tờ tùy thân của người đi đăng ký (thẻ căn cước, hộ chiếu hoặc giấy tờ khác có ảnh)'),
               ('P4', 'DEATH_REGISTRATION_FORM', 'Tờ khai đăng ký khai tử'),
               ('P4', 'DEATH_NOTICE', 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử'),
               ('P4', 'REQUESTER_ID', 'Giấy tờ tùy thân của người đi đăng ký (thẻ căn cước, hộ chiếu hoặc giấy tờ khác có ảnh)'))
       as c (procedure_id, code, name) on c.procedure_id = s.procedure_id
 cross join (select id, size_bytes, sha256 from stored_content where id = md5('onestop-seed-content')::uuid) f
 order by s.id, c.code;

-- what intake writes itself and what it records from the other services' events, in order
insert into dossier_timeline (dossier_id, at, kind, description, source)
select s.id, e.at, e.kind, e.description, e.source
  from seed s
 cross join lateral (values
       (s.received_at, 'RECEIVED', 'Received at ' || s.centre || ', code ' || s.code, 'intake-service'),
       (s.received_at + interval '1 second', 'IN_PROCESS', 'Processing started, due ' || s.due_at, 'processing-service'),
       (s.decided_at, 'DECIDED', 'Decided: APPROVED', 'processing-service'),
       (s.issued_at, 'RESULT_ISSUED', 'Result ' || s.result_number || ' issued', 'results-service'),
       (s.returned_at, 'RESULT_RETURNED', 'Result handed over through ' || case when s.channel = 'ONLINE' then 'ONLINE' else 'COUNTER' end, 'results-service'),
       (case when s.open then s.due_at end, 'OVERDUE', 'Past the due date ' || s.due_at, 'processing-service'))
       as e (at, kind, description, source)
 where e.at is not null;

insert into dossier_code_counter (agency, day, last_seq)
select centre, day, max(seq) from seed group by centre, day
on conflict (agency, day) do update set last_seq = greatest(dossier_code_counter.last_seq, excluded.last_seq);

insert into citizen_document (id, owner_id_number, kind, number, procedure_id, dossier_code, issued_at)
select result_id, applicant_id_number, 'CERTIFICATE', result_number, procedure_id, code, issued_at
  from seed where not open;
\ir restore-indexes.sql
commit;
