-- ./onestop seed, processing's database: one case per dossier running its procedure's workflow
-- (workflows.json: P1 and P4 have three steps of the commune People's Committee, the third deciding),
-- and one task per step. Decided cases have every step done; open ones wait at the signing step,
-- overdue and already announced so (the deadline watch has nothing left to do with them).
\ir plan.sql
begin;
-- the rows come from one plan, consistent by construction: no per-row foreign-key trigger (pg_restore's
-- --disable-triggers does the same); the constraints stay declared and hold for every later write
set local session_replication_role = replica;
\set tables case_file,task
\ir drop-indexes.sql
create temp table seed_step as
select s.id, s.i, d.n, d.step, d.step_name, d.n = 3 as deciding,
       s.received_at + t.opened as opened_at, s.received_at + t.due as due_at,
       case when s.open and d.n = 3 then null else s.received_at + t.done end as finished_at
  from seed s
  join (values ('P1', 1, 'RECEIVE_CHECK', 'Công chức tư pháp – hộ tịch tiếp nhận, kiểm tra hồ sơ'),
               ('P1', 2, 'RECORD_ASSIGN_ID', 'Ghi vào Sổ đăng ký khai sinh điện tử, lấy số định danh cá nhân của trẻ từ Cơ sở dữ liệu quốc gia về dân cư'),
               ('P1', 3, 'SIGN', 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã ký Giấy khai sinh'),
               ('P4', 1, 'RECEIVE_CHECK', 'Công chức tư pháp – hộ tịch tiếp nhận, kiểm tra hồ sơ'),
               ('P4', 2, 'RECORD', 'Ghi vào Sổ đăng ký khai tử điện tử, cập nhật tình trạng đã chết vào Cơ sở dữ liệu quốc gia về dân cư'),
               ('P4', 3, 'SIGN', 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã ký Trích lục khai tử'))
       as d (procedure_id, n, step, step_name) on d.procedure_id = s.procedure_id
  join (values (1, interval '1 second', interval '1 hour', interval '40 minutes'),
               (2, interval '40 minutes', interval '5 hours', interval '2 hours'),
               (3, interval '2 hours', interval '8 hours', interval '3 hours'))
       as t (n, opened, due, done) on t.n = d.n;
create temp table seed_run as
select id, json_agg(json_build_object(
           'stepId', step, 'status', case when finished_at is null then 'OPEN' else 'DONE' end,
           'openedAt', to_char(opened_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'finishedAt', to_char(finished_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'outcome', case when finished_at is null then null else 'APPROVE' end,
           'resultData', null, 'reason', null, 'cancelCause', null, 'pause', null,
           'supplementRequests', 0, 'resumedAt', null) order by n)::text as run
  from seed_step group by id;

insert into case_file (dossier_id, dossier_code, procedure_id, competent_agency, applicant_name, applicant_id_number,
                       status, received_at, decision, decided_at, version, kind, receiving_agency, agencies, run,
                       due_at, supplement_round, apologies, at_risk_announced, overdue_announced, finished_status,
                       handed_off, result_status, time_limit_value, time_limit_unit, next_watch_at)
select s.id, s.code, s.procedure_id, s.competent, s.applicant_name, s.applicant_id_number,
       case when s.open then 'IN_PROCESS' else 'DECIDED' end, s.received_at,
       case when s.open then null else 'APPROVED' end, s.decided_at, 0, 'PROCEDURE', s.centre,
       jsonb_build_object('PEOPLES_COMMITTEE@COMMUNE', s.competent),
       r.run,
       s.due_at, 0, 0, s.open, s.open,
       case when s.open then null when s.decided_at <= s.due_at then 'ON_TIME' else 'LATE' end,
       false, case when s.open then null else 'ISSUED' end, 1, 'SAME_DAY', null
  from seed s join seed_run r on r.id = s.id
 order by s.id;

insert into task (id, dossier_id, dossier_code, procedure_id, step, step_name, agency, agency_type, deciding, status,
                  due_at, created_at, claimed_by, claimed_at, completed_by, completed_at, outcome, version,
                  at_risk_announced, overdue_announced, next_watch_at)
select md5('onestop-seed-task:' || st.i || ':' || st.n)::uuid, s.id, s.code, s.procedure_id, st.step, st.step_name,
       s.competent, 'PEOPLES_COMMITTEE', st.deciding, case when st.finished_at is null then 'OPEN' else 'DONE' end,
       st.due_at, st.opened_at,
       case when st.finished_at is null then null else 'seed-officer-' || s.commune end,
       case when st.finished_at is null then null else st.opened_at + interval '5 minutes' end,
       case when st.finished_at is null then null else 'seed-officer-' || s.commune end,
       st.finished_at, case when st.finished_at is null then null else 'APPROVE' end, 0,
       st.finished_at is null, st.finished_at is null, null
  from seed_step st join seed s on s.id = st.id
 order by 1;
\ir restore-indexes.sql
commit;
