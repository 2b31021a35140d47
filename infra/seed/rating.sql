-- ./onestop seed, rating's database: the projection of every dossier (dossier_fact, what the indices
-- read, as the live projection would have left it after the dossier's events) and a rating from one
-- applicant in ten whose result was handed over.
\ir plan.sql
begin;
-- the rows come from one plan, consistent by construction: no per-row foreign-key trigger (pg_restore's
-- --disable-triggers does the same); the constraints stay declared and hold for every later write
set local session_replication_role = replica;
\set tables dossier_fact,rating
\ir drop-indexes.sql
insert into dossier_fact (dossier_id, code, kind, procedure_id, channel, receiving_agency, competent_agency,
                          applicant_type, applicant_name, applicant_id_number, received_at, started_at, due_at,
                          due_source, supplement_rounds, decision, decided_at, decided_by, finished_status, ended_at,
                          result_issued_at, result_returned_at, overdue, status, national_status,
                          components_state0, components_state1, components_state2, components_state3,
                          steps_judged, steps_late, components, steps, results, last_event_at, online_service,
                          fee_bearing)
select id, code, 'PROCEDURE', procedure_id, channel, centre, competent, 'CITIZEN', applicant_name, applicant_id_number,
       received_at, received_at + interval '1 second', due_at, 'PROCESSING', 0,
       case when open then null else 'APPROVED' end, decided_at, case when open then null else competent end,
       case when open then null when decided_at <= due_at then 'ON_TIME' else 'LATE' end, decided_at,
       issued_at, returned_at, coalesce(decided_at, now()) > due_at,
       case when open then 'IN_PROCESS' else 'RESULT_RETURNED' end, case when open then 4 else 10 end,
       0, 3, 0, 0, case when open then 2 else 3 end, 0,
       case procedure_id
           when 'P1' then '[{"code":"BIRTH_REGISTRATION_FORM","digitizationState":1,"source":"UPLOAD"},{"code":"BIRTH_NOTICE","digitizationState":1,"source":"UPLOAD"},{"code":"REQUESTER_ID","digitizationState":1,"source":"UPLOAD"}]'::jsonb
           else '[{"code":"DEATH_REGISTRATION_FORM","digitizationState":1,"source":"UPLOAD"},{"code":"DEATH_NOTICE","digitizationState":1,"source":"UPLOAD"},{"code":"REQUESTER_ID","digitizationState":1,"source":"UPLOAD"}]'::jsonb
       end,
       '[]'::jsonb, '[]'::jsonb, coalesce(returned_at, received_at + interval '1 second'), 'FULL', false
  from seed
 order by id;

insert into rating (dossier_id, dossier_code, overall, factor_access, factor_procedure, factor_officials, factor_result,
                    factor_feedback_handling, answer_one_stop, answer_procedure_published, answer_officials_attitude,
                    answer_feedback_handling, answer_online_service, criteria, total_points, grade, submitted_at,
                    updated_at, revision)
select id, code, l.level, l.level, l.level, l.level, l.level, l.level, 'YES', 'YES', 'YES', 'YES', 'YES', '[]'::jsonb,
       l.points, l.grade, returned_at + interval '2 hours', returned_at + interval '2 hours', 1
  from seed
 cross join lateral (select (array['VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'NEUTRAL'])[1 + i / 10 % 4] as level,
                            (array[100, 85, 85, 60])[1 + i / 10 % 4] as points,
                            (array['EXCELLENT', 'GOOD', 'GOOD', 'FAIR'])[1 + i / 10 % 4] as grade) l
 where not open and i % 10 = 7
 order by id;
\ir restore-indexes.sql
commit;
