# shellcheck shell=bash
# ./onestop seed: fill the running stack's service databases with a million dossiers for the reads
# benchmark (issue 12 scenario 3, docs/benchmarks.md). Sourced by ./onestop after infra/lib.sh.
#
# Set-based SQL straight into each service's own database (infra/seed/*.sql: generate_series, a few
# INSERT ... SELECT per table), not through the APIs: a million submissions through the platform
# would take days on this machine and measure intake, not reads. The rows are the ones the services
# themselves write (their Flyway schema, states, codes); infra/seed/plan.sql says what they hold.

SEED_DIR="$ROOT/infra/seed"
# For the suite's SeedSmokeIT only: seed the test environment's PostgreSQL (ONESTOP_SEED_ENV=test)
# into scratch databases named with a prefix (ONESTOP_SEED_DATABASE_PREFIX=seedsmoke_ writes
# seedsmoke_intake, ...), so that the seed SQL is checked against the services' current schema on
# every build without touching the databases the other tests use.
SEED_DB_PREFIX=${ONESTOP_SEED_DATABASE_PREFIX:-}

cmd_seed() {
  local n=1000000 days=730 arg db count anchor start t0 rc=0
  local -a pids=() dbs=(intake processing results rating)
  while (($#)); do
    arg=$1; shift
    case $arg in
      --dossiers) [[ ${1:-} =~ ^[1-9][0-9]*$ ]] || die "--dossiers needs a positive number"; n=$1; shift ;;
      -h|--help) die "usage: ./onestop seed [--dossiers N] (default 1000000)" ;;
      *) die "unknown argument '$arg' for seed (see ./onestop help)" ;;
    esac
  done
  [[ ${ONESTOP_SEED_ENV:-stack} =~ ^(stack|test)$ ]] || die "ONESTOP_SEED_ENV must be stack or test"
  use_env "${ONESTOP_SEED_ENV:-stack}"
  pg_pid >/dev/null || die "PostgreSQL is not running: start the stack first (./onestop up)"
  local -A table=([intake]=dossier [processing]=task [results]=result_handover [rating]=dossier_fact)
  for db in "${dbs[@]}"; do
    [[ $(seed_psql "$db" "select to_regclass('public.${table[$db]}') is not null" 2>/dev/null) == t ]] ||
      die "database '$db' has no schema yet: the services create it when they start (./onestop up)"
  done
  if [[ $(seed_psql intake "select count(*) from dossier where id = md5('onestop-seed:1')::uuid") == 1 ]]; then
    count=$(seed_psql intake "select count(*) from dossier")
    ok "already seeded: intake holds $count dossiers, the seeded ones among them; nothing done (./onestop reset, then ./onestop up and ./onestop seed, to seed again)"
    return 0
  fi
  count=$(seed_psql intake "select count(*) from dossier")
  ((count == 0)) || die "intake already holds $count dossiers: the seed writes dossier codes and result numbers from the first of each day and year, so it needs empty databases (./onestop reset, ./onestop up, then ./onestop seed)"
  # the province's day (Vietnam, UTC+7), computed once so that the four databases agree
  anchor=$(TZ=Asia/Ho_Chi_Minh date +%F)
  step "Seeding $n dossiers over $days reception days before $anchor into ${dbs[*]} (infra/seed/*.sql)"
  start=$(date +%s.%N)
  mkdir -p "$ONESTOP_DIR/logs"
  for db in "${dbs[@]}"; do
    (
      t0=$(date +%s.%N)
      PGOPTIONS='-c synchronous_commit=off -c work_mem=256MB -c maintenance_work_mem=256MB -c client_min_messages=warning' \
        "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$SEED_DB_PREFIX$db" \
        -v n="$n" -v days="$days" -v anchor="$anchor" -f "$SEED_DIR/$db.sql" >"$ONESTOP_DIR/logs/seed-$db.log" 2>&1 ||
        { echo "failed, see ${ONESTOP_DIR#"$ROOT"/}/logs/seed-$db.log:"; tail -n 5 "$ONESTOP_DIR/logs/seed-$db.log"; exit 1; }
      printf '    %-10s rows written in %5.1f s\n' "$db" "$(echo "$(date +%s.%N) - $t0" | bc)"
    ) &
    pids+=($!)
  done
  for arg in "${pids[@]}"; do wait "$arg" || rc=1; done
  ((rc == 0)) || die "the seed failed (each database's own transaction was rolled back; nothing half-written)"
  step "VACUUM ANALYZE (planner statistics and visibility maps for the new rows)"
  t0=$(date +%s.%N)
  pids=()
  for db in "${dbs[@]}"; do
    PGOPTIONS='-c maintenance_work_mem=256MB' seed_psql "$db" "vacuum analyze" >/dev/null &
    pids+=($!)
  done
  for arg in "${pids[@]}"; do wait "$arg" || die "VACUUM ANALYZE failed"; done
  printf '    done in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
  ok "seeded in $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s: $(seed_counts)"
}

seed_psql() {
  "$(pg_bin)/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$SEED_DB_PREFIX$1" -c "$2"
}

seed_counts() {
  printf 'intake %s dossiers, %s components, %s timeline entries; processing %s cases, %s tasks; results %s results, %s handovers; rating %s dossier facts, %s ratings' \
    "$(seed_psql intake 'select count(*) from dossier')" "$(seed_psql intake 'select count(*) from dossier_component')" \
    "$(seed_psql intake 'select count(*) from dossier_timeline')" "$(seed_psql processing 'select count(*) from case_file')" \
    "$(seed_psql processing 'select count(*) from task')" "$(seed_psql results 'select count(*) from result')" \
    "$(seed_psql results 'select count(*) from result_handover')" "$(seed_psql rating 'select count(*) from dossier_fact')" \
    "$(seed_psql rating 'select count(*) from rating')"
}
