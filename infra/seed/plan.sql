-- The seeded dossiers, computed the same way in every service's database (./onestop seed,
-- docs/benchmarks.md "Reads at one million dossiers"): psql variables n (how many), days (over how
-- many reception days, the newest yesterday) and anchor (today, as the command saw it, so that the
-- four databases agree even across midnight). Dossier i is deterministic: its id is md5 of
-- 'onestop-seed:i', so a second run finds it and refuses.
--
-- Dossier k = i - 1 goes to commune k % 4 + 1 (its ward/commune centre 002.0c.20.H22 receives it,
-- its People's Committee 000.0c.20.H22 is competent), on reception day (k / 4) % days before
-- yesterday, with the day's next number at that centre (gap-free, as DossierCodeAllocator gives
-- them). Two thirds are birth registrations (P1), one third death registrations (P4). Dossiers of the
-- last three days are still in process (their signing step open, overdue and announced so); all
-- older ones were decided (approved), their result issued and handed over the next day. One dossier
-- in 5,000 belongs to citizen-an (001203004567, i = 1, 5001, ...), one in 5,000 to citizen-binh
-- (079088001234); the others to 300,000 other citizens.
set timezone = 'UTC';
create temp table seed as
with planned as (
    select i, i - 1 as k, (i - 1) % 4 + 1 as commune, ((i - 1) / 4) % :days as day_index,
           (i - 1) / (4 * :days) + 1 as seq
      from generate_series(1, :n) as i
), placed as (
    select p.*, (:'anchor'::date - 1 - p.day_index) as day,
           case when p.i % 3 = 0 then 'P4' else 'P1' end as procedure_id
      from planned p
), timed as (
    select p.*,
           ((p.day + time '07:30') + p.seq * interval '30 seconds') at time zone 'Asia/Ho_Chi_Minh' as received_at,
           (p.day + time '17:00') at time zone 'Asia/Ho_Chi_Minh' as due_at
      from placed p
), base as (
    select t.i, md5('onestop-seed:' || t.i)::uuid as id, t.commune, t.day, t.day_index, t.seq, t.procedure_id,
           '002.0' || t.commune || '.20.H22' as centre,
           '000.0' || t.commune || '.20.H22' as competent,
           '002.0' || t.commune || '.20.H22-' || to_char(t.day, 'YYMMDD') || '-' || lpad(t.seq::text, 4, '0') as code,
           case when t.i % 5000 = 1 then '001203004567'
                when t.i % 5000 = 2501 then '079088001234'
                else '096' || lpad(((t.i::bigint * 7919) % 300000)::text, 9, '0') end as applicant_id_number,
           case when t.i % 5000 = 1 then 'Nguyễn Văn An'
                when t.i % 5000 = 2501 then 'Trần Thị Bình'
                else (array['Phạm Thị Dung', 'Lê Văn Hùng', 'Võ Thị Mai', 'Huỳnh Văn Nam', 'Đặng Thị Lan',
                            'Bùi Văn Phúc', 'Đỗ Thị Hạnh', 'Hồ Văn Tài', 'Ngô Thị Thu', 'Dương Văn Khoa',
                            'Lý Thị Ngọc', 'Trương Văn Sơn'])[1 + (t.i * 31) % 12] end as applicant_name,
           case when t.i % 10 < 6 then 'ONLINE' when t.i % 10 < 9 then 'COUNTER' else 'POSTAL' end as channel,
           t.day_index < 3 as open,
           t.received_at, t.due_at,
           case when t.day_index < 3 then null else t.received_at + interval '3 hours' end as decided_at,
           case when t.day_index < 3 then null else t.received_at + interval '3 hours 5 minutes' end as issued_at,
           case when t.day_index < 3 then null else t.received_at + interval '1 day' end as returned_at,
           md5('onestop-seed-result:' || t.i)::uuid as result_id
      from timed t
)
select b.*,
       case when b.open then null
            else lpad(row_number() over (partition by b.competent, b.open,
                                             extract(year from b.issued_at at time zone 'Asia/Ho_Chi_Minh')
                                         order by b.issued_at, b.i)::text, 6, '0')
                 || '/' || extract(year from b.issued_at at time zone 'Asia/Ho_Chi_Minh')::int || '/GCN-' || b.competent
       end as result_number
  from base b;
-- (result numbers are gap-free per issuer, kind, all CERTIFICATE here: GCN, and year, as ResultNumber gives them)
create unique index on seed (id);
analyze seed;
