# shellcheck shell=bash
# ./onestop bench: the benchmark (issue 12, docs/benchmarks.md, ADR 0024). Sourced by ./onestop after
# infra/lib.sh.

BENCH_JAR="$ROOT/bench/target/bench.jar"

# Package the load generator when its jar is missing or older than its sources (or ONESTOP_REBUILD=1).
ensure_bench_jar() {
  if [[ ${ONESTOP_REBUILD:-0} == 1 || ! -f $BENCH_JAR || -n $(find "$ROOT/bench/src/main" "$ROOT/bench/pom.xml" \
      "$ROOT/platform-testing/src/main" "$ROOT/contracts/src/main" -newer "$BENCH_JAR" -print -quit) ]]; then
    step "Packaging the load generator (./mvnw -B -q -DskipTests -pl bench -am package)"
    (cd "$ROOT" && with_maven_lock ./mvnw -B -q -DskipTests -pl bench -am package) || die "the Maven build of bench/ failed"
  fi
}

# "--process NAME=PID[,tree][,aside]" arguments for every running component of the stack.
bench_process_args() {
  local s pid
  for s in "${SERVICES[@]}"; do
    if pid=$(service_pid "$s"); then printf -- '--process\n%s=%s\n' "$s" "$pid"; fi
  done
  if pid=$(kafka_pid); then printf -- '--process\nkafka=%s\n' "$pid"; fi
  if pid=$(pg_pid); then printf -- '--process\npostgresql=%s,tree\n' "$pid"; fi
  # the identity provider (kc.sh and its JVM) and the payment gateway stand-in are shown, not counted in the platform's sum
  if pid=$(keycloak_pid); then printf -- '--process\nkeycloak=%s,tree,aside\n' "$pid"; fi
  if pid=$(paygate_pid); then printf -- '--process\npaygate=%s,aside\n' "$pid"; fi
}

# Versions and provenance for the report.
bench_meta_args() {
  local commit kafka pg quarkus
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]] && commit="$commit (with uncommitted changes)"
  kafka=$(tr ':' '\n' <"$KAFKA_CP_FILE" | sed -n 's|.*/kafka_2\.13-\([0-9.]*\)\.jar$|\1|p' | head -n1)
  pg=$("$(pg_bin)/postgres" --version 2>/dev/null || echo unknown)
  quarkus=$(sed -n 's|.*<quarkus.version>\(.*\)</quarkus.version>.*|\1|p' "$ROOT/pom.xml" | head -n1)
  printf -- '--meta\n%s\n' "git=$commit" "kafka=${kafka:-unknown}" "postgresql=$pg" "quarkus=$quarkus" \
    "stack=$1" "load average before the run=$(cut -d' ' -f1-3 /proc/loadavg)"
  if [[ -n ${2:-} ]]; then printf -- '--meta\n%s\n' "warning=$2"; fi
}

BENCH_STARTED_STACK=0
bench_teardown() {
  if ((BENCH_STARTED_STACK)); then
    BENCH_STARTED_STACK=0
    step "Stopping the stack the benchmark started"
    (cmd_down) || warn "./onestop down failed; stop the stack with ./onestop down"
  fi
}

cmd_bench() {
  local scenario=intake arg s missing=0 stack out warning='' rc=0
  local -a pass=() procs=() meta=() services=() databases=()
  for arg in "$@"; do
    case $arg in
      intake|chains|idle|reads) scenario=$arg ;;
      --rate|--duration|--spread|--max-in-flight|--drain|--upload-bytes|--applicant|--bound|--bound-seconds|--flowable|--flowable-rate|--settle|[0-9]*) pass+=("$arg") ;;
      --kinds|dossierByCode*|taskListPage*|citizenDocuments*|indices*) pass+=("$arg") ;;
      -h|--help) die "usage: ./onestop bench [intake|chains|reads|idle] [--rate N] [--duration S] [--spread] [--max-in-flight N] [--drain S] [--upload-bytes N] [--flowable] [--flowable-rate N] [--kinds K,...] [--settle S]" ;;
      *) die "unknown argument '$arg' for bench (see ./onestop help)" ;;
    esac
  done
  use_env stack
  for s in "${SERVICES[@]}"; do service_pid "$s" >/dev/null || missing=1; done
  if ((missing)) || ! kafka_pid >/dev/null || ! pg_pid >/dev/null || ! keycloak_pid >/dev/null; then
    step "The stack is not (fully) running: starting it as ./onestop up does (production profile); stopped again at the end"
    trap bench_teardown EXIT
    trap 'bench_teardown; exit 130' INT
    trap 'bench_teardown; exit 143' TERM
    BENCH_STARTED_STACK=1
    (cmd_up with-services) || die "./onestop up failed"
    stack="started by this run"
  else
    note "reusing the running stack (./onestop status); it stays up"
    stack="reused (already running)"
  fi
  ensure_kafka_classpath
  ensure_bench_jar
  if awk '{exit !($1 > 0.5)}' /proc/loadavg; then
    warning="the machine was busy before the run (load average $(cut -d' ' -f1 /proc/loadavg)): other processes shared the cores, so these figures are not a valid measurement"
  fi
  for s in "${SERVICES[@]}"; do
    # the footprint reads each service's own database; the portal has none
    [[ " ${STACK_DATABASES[*]} " == *" ${s%-service} "* ]] && databases+=(--database-of "$s=${s%-service}")
    services+=(--service "$s=http://127.0.0.1:$(service_port "$s"),http://127.0.0.1:$(service_management_port "$s")")
  done
  mapfile -t procs < <(bench_process_args)
  mapfile -t meta < <(bench_meta_args "$stack" "$warning")
  out="$ONESTOP_DIR/bench/$(date -u +%Y%m%dT%H%M%SZ)-$scenario"
  step "Benchmark '$scenario' ${pass[*]} (report in ${out#"$ROOT"/})"
  "$JAVA" -Xmx512m -cp "$BENCH_JAR:$ROOT/bench/target/lib/*" vn.onestop.bench.Bench "$scenario" "${pass[@]}" \
    --out "$out" --kafka "127.0.0.1:$KAFKA_PORT" --kafka-admin "$KAFKA_ADMIN_USER:$KAFKA_ADMIN_PASSWORD" \
    --keycloak "$(keycloak_url)" --keycloak-admin "$KEYCLOAK_ADMIN_USER:$KEYCLOAK_ADMIN_PASSWORD" \
    --database "jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" --database-user "$DB_USER" "${databases[@]}" \
    "${services[@]}" "${procs[@]}" "${meta[@]}" 9>&- || rc=$?
  bench_teardown
  ((rc == 0)) || die "the benchmark failed (exit code $rc)"
  ok "report: ${out#"$ROOT"/}/report.md (and report.json)"
}
