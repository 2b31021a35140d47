# shellcheck shell=bash disable=SC2034
# Functions behind ./onestop: a project-local PostgreSQL cluster, a single-node KRaft Kafka
# broker, a Keycloak identity provider, the payment gateway stand-in and the four Quarkus
# services, all started by PID, without Docker.
# Sourced by ./onestop, which sets ROOT (the repository root) and `set -euo pipefail`.

ONESTOP_DIR="$ROOT/.onestop"
KAFKA_POM="$ROOT/infra/kafka/pom.xml"
KAFKA_CP_FILE="$ONESTOP_DIR/kafka.classpath"
KAFKA_LOG4J="$ROOT/infra/kafka/log4j2.properties"
KAFKA_SETUP_TOOL="$ROOT/infra/KafkaFromManifests.java"
# The broker's own administrator (topics, users, ACLs; also the broker-to-broker user). Every
# other client is a user of deploy/base/kafka/users.yaml with password "<user>-local-secret".
KAFKA_ADMIN_USER=onestop-admin
KAFKA_ADMIN_PASSWORD=onestop-admin-local-secret
TOPIC_MANIFESTS_DIR="$ROOT/deploy/base/kafka"
MAVEN_LOCK=/tmp/onestop-maven.lock
JAVA="${ONESTOP_JAVA:-java}"
DB_USER=onestop
# web-portal, the pages people use, calls only the four services' REST APIs (ADR 0023)
SERVICES=(intake-service processing-service results-service rating-service web-portal)
STACK_DATABASES=(intake processing results rating)
read -r -a E2E_PORTS <<<"${ONESTOP_E2E_PORTS:-18081 18082 18083 18084 18080}"
KAFKA_READY_TIMEOUT=60
KEYCLOAK_VERSION=26.5.6
KEYCLOAK_DIST="$ONESTOP_DIR/keycloak-$KEYCLOAK_VERSION"   # unzipped and built once, shared
KEYCLOAK_REALM_FILE="$ROOT/infra/keycloak/onestop-realm.json"
# Build-time options (kc.sh build); changing them rebuilds the distribution.
KEYCLOAK_BUILD_OPTS=(--db=postgres --health-enabled=true --cache=local)
KEYCLOAK_READY_TIMEOUT=${ONESTOP_KEYCLOAK_READY_TIMEOUT:-180}
KEYCLOAK_ADMIN_USER=admin
KEYCLOAK_ADMIN_PASSWORD=admin
SERVICE_READY_TIMEOUT=${ONESTOP_SERVICE_READY_TIMEOUT:-120}
# The payment gateway stand-in (a single-file Java program, JDK only; local use and tests only).
PAYGATE_SOURCE="$ROOT/platform-testing/src/main/java/vn/onestop/platform/testing/PaymentGatewayStandIn.java"
PAYGATE_MERCHANT=onestop-local
PAYGATE_SECRET=paygate-local-secret
PAYGATE_READY_TIMEOUT=${ONESTOP_PAYGATE_READY_TIMEOUT:-60}
STOP_TIMEOUT=20
POLL=0.25

# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then C_B=$'\e[1m' C_R=$'\e[31m' C_Y=$'\e[33m' C_G=$'\e[32m' C_0=$'\e[0m'
else C_B='' C_R='' C_Y='' C_G='' C_0=''; fi

step() { printf '%s==>%s %s\n' "$C_B" "$C_0" "$*"; }
ok()   { printf '    %s%s%s\n' "$C_G" "$*" "$C_0"; }
note() { printf '    %s\n' "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_Y" "$C_0" "$*" >&2; }
err()  { printf '%serror:%s %s\n' "$C_R" "$C_0" "$*" >&2; }
die()  { err "$*"; exit 1; }

# tail_log FILE [LINES]: show the end of a log after a failure.
tail_log() {
  local file=$1 lines=${2:-40}
  [[ -f $file ]] || { err "(no log at $file)"; return 0; }
  printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
  tail -n "$lines" "$file" >&2 || true
  printf -- '----- end of %s -----\n' "$file" >&2
}

is_root() { [[ $(id -u) -eq 0 ]]; }
short_hash() { printf '%s' "$1" | sha1sum | cut -c1-8; }

# ---------------------------------------------------------------------------------------------
# Environments: "stack" (./onestop up) and "test" (./onestop test) differ only in folders/ports.
# ---------------------------------------------------------------------------------------------
use_env() {
  ENV_NAME=$1
  STATE_DIR="$ONESTOP_DIR/$ENV_NAME"
  PID_DIR="$STATE_DIR/pids"
  LOG_DIR="$STATE_DIR/logs"
  KAFKA_DIR="$STATE_DIR/kafka"
  KC_HOME="$STATE_DIR/keycloak"
  PG_POINTER="$STATE_DIR/pg.location"    # exists when the cluster lives under /var/tmp
  FALLBACK_HOME="/var/tmp/onestop-$(short_hash "$ROOT")/$ENV_NAME"
  if [[ $ENV_NAME == stack ]]; then
    DB_PORT=${ONESTOP_DB_PORT:-5432};                    DB_PORT_VAR=ONESTOP_DB_PORT
    KAFKA_PORT=${ONESTOP_KAFKA_PORT:-9092};              KAFKA_PORT_VAR=ONESTOP_KAFKA_PORT
    CTRL_PORT=${ONESTOP_KAFKA_CONTROLLER_PORT:-9093};    CTRL_PORT_VAR=ONESTOP_KAFKA_CONTROLLER_PORT
    KC_PORT=${ONESTOP_KEYCLOAK_PORT:-8180};              KC_PORT_VAR=ONESTOP_KEYCLOAK_PORT
    KC_MGMT_PORT=${ONESTOP_KEYCLOAK_MANAGEMENT_PORT:-9180}; KC_MGMT_PORT_VAR=ONESTOP_KEYCLOAK_MANAGEMENT_PORT
    PAYGATE_PORT=${ONESTOP_PAYGATE_PORT:-8190};          PAYGATE_PORT_VAR=ONESTOP_PAYGATE_PORT
    PG_EXTRA_CONF=''
  else
    DB_PORT=${ONESTOP_TEST_DB_PORT:-15432};                  DB_PORT_VAR=ONESTOP_TEST_DB_PORT
    KAFKA_PORT=${ONESTOP_TEST_KAFKA_PORT:-19092};            KAFKA_PORT_VAR=ONESTOP_TEST_KAFKA_PORT
    CTRL_PORT=${ONESTOP_TEST_KAFKA_CONTROLLER_PORT:-19093};  CTRL_PORT_VAR=ONESTOP_TEST_KAFKA_CONTROLLER_PORT
    KC_PORT=${ONESTOP_TEST_KEYCLOAK_PORT:-18180};            KC_PORT_VAR=ONESTOP_TEST_KEYCLOAK_PORT
    KC_MGMT_PORT=${ONESTOP_TEST_KEYCLOAK_MANAGEMENT_PORT:-19180}; KC_MGMT_PORT_VAR=ONESTOP_TEST_KEYCLOAK_MANAGEMENT_PORT
    PAYGATE_PORT=${ONESTOP_TEST_PAYGATE_PORT:-18190};        PAYGATE_PORT_VAR=ONESTOP_TEST_PAYGATE_PORT
    # Throwaway test database: surviving a crash of the machine is not needed, speed is (no fsync,
    # no full-page writes). synchronous_commit stays on: a commit is acknowledged only once its WAL
    # is written to the kernel, so a crash of the server process (./onestop chaos-fault postgres)
    # loses no acknowledged commit. With it off, the long chaos run's PostgreSQL crash lost the
    # last acknowledged commits, which a production server (synchronous_commit on) never does.
    PG_EXTRA_CONF=$'fsync = off\nfull_page_writes = off'
  fi
  pg_locate
}

# Take the lock of the current environment (serialises up/down/reset/test of one environment).
# fd 9 is closed for every process we start, so a long-lived child never holds it.
lock_env() {
  mkdir -p "$ONESTOP_DIR"
  exec 9>"$ONESTOP_DIR/$ENV_NAME.lock"
  flock -n 9 || die "another './onestop' command is already working on the $ENV_NAME environment (lock $ONESTOP_DIR/$ENV_NAME.lock); wait for it to finish"
}

# ---------------------------------------------------------------------------------------------
# Processes and ports
# ---------------------------------------------------------------------------------------------
# pid_alive PID [PATTERN]: the process exists, is not a zombie and (if given) its command line
# contains PATTERN (guards against a recycled PID).
pid_alive() {
  local pid=$1 pattern=${2:-} state
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || return 1
  state=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n $state && $state != Z && $state != X ]] || return 1
  [[ -z $pattern ]] && return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"
}

# running_pid PIDFILE PATTERN: print the PID if the file names a live matching process; remove
# a stale file.
running_pid() {
  local file=$1 pattern=$2 pid=''
  [[ -f $file ]] || return 1
  read -r pid <"$file" || true
  if pid_alive "$pid" "$pattern"; then
    echo "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

# stop_pid LABEL PID PATTERN: TERM, wait up to STOP_TIMEOUT s, then KILL.
stop_pid() {
  local label=$1 pid=$2 pattern=$3 deadline
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while pid_alive "$pid" "$pattern" && ((SECONDS < deadline)); do sleep "$POLL"; done
  if pid_alive "$pid" "$pattern"; then
    warn "$label (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 5))
    while pid_alive "$pid" "$pattern" && ((SECONDS < deadline)); do sleep 0.1; done
  fi
  ok "stopped $label (pid $pid)"
}

have_ss() { command -v ss >/dev/null 2>&1; }

# port_in_use PORT: something listens on it (any address).
port_in_use() {
  local port=$1
  if have_ss; then
    [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

port_accepting() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# port_pids PORT: PIDs of the processes listening on PORT (needs ss, as root for all users).
port_pids() {
  have_ss || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u
}

# port_owner PORT: " by pid N (comm)" or "".
port_owner() {
  local pid out=''
  for pid in $(port_pids "$1"); do
    out+=" pid $pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo '?'))"
  done
  [[ -n $out ]] && printf ' by%s' "$out"
  return 0
}

# check_ports "LABEL PORT VAR"...: fail, naming every busy port and its variable.
check_ports() {
  local entry label port var bad=0
  for entry in "$@"; do
    read -r label port var <<<"$entry"
    if port_in_use "$port"; then
      err "port $port (for $label) is already in use$(port_owner "$port"), by something this script did not start."
      note "Stop that program, or choose another port: $var=<port> ./onestop ${CMD:-up}"
      bad=1
    fi
  done
  ((bad == 0)) || exit 1
}

# check_port_numbers_distinct "LABEL PORT VAR"...
check_port_numbers_distinct() {
  local -A seen=()
  local entry label port var
  for entry in "$@"; do
    read -r label port var <<<"$entry"
    [[ $port =~ ^[0-9]+$ ]] || die "$var='$port' is not a port number"
    [[ -z ${seen[$port]:-} ]] || die "port $port is configured twice ($var and ${seen[$port]})"
    seen[$port]=$var
  done
}

# launch LOG PIDFILE DIR ENV... -- CMD...: start CMD in the background in its own session,
# output appended to LOG, PID written to PIDFILE.
launch() {
  local log=$1 pidfile=$2 dir=$3; shift 3
  local -a envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  mkdir -p "$(dirname "$log")" "$(dirname "$pidfile")"
  (cd "$dir" && exec env "${envs[@]}" setsid "$@") >>"$log" 2>&1 </dev/null 8>&- 9>&- &
  local pid=$! self deadline=$((SECONDS + 5))
  echo "$pid" >"$pidfile"
  # Until the subshell has exec'd the command, its command line is this script's: a startup wait
  # that recognises the process by its command line (pid_alive PID PATTERN) would take it for dead
  # and give up on a process that is starting (seen on a loaded machine: "Kafka exited during
  # startup" with an empty log while the broker came up). Wait for the exec, at most 5 s.
  self=$(tr '\0' ' ' <"/proc/$$/cmdline" 2>/dev/null || true)
  while [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true) == "$self" ]] && ((SECONDS < deadline)); do
    sleep 0.02
  done
}

# wait_http_ok LABEL NAME PATTERN URL TIMEOUT LOG: wait until the process of $PID_DIR/NAME.pid
# (recognised by PATTERN) answers 200 at URL; dies with the log's tail if it exits or times out.
# Prints the pid.
wait_http_ok() {
  local label=$1 name=$2 pattern=$3 url=$4 timeout=$5 log=$6 pid code deadline
  deadline=$((SECONDS + timeout))
  read -r pid <"$PID_DIR/$name.pid"
  while :; do
    if ! pid_alive "$pid" "$pattern"; then
      tail_log "$log" >&2
      rm -f "$PID_DIR/$name.pid"
      die "$label exited during startup (log: $log)"
    fi
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" || true)
    [[ $code == 200 ]] && break
    if ((SECONDS >= deadline)); then
      tail_log "$log" >&2
      die "$label was not ready within ${timeout}s (log: $log)"
    fi
    sleep "$POLL"
  done
  echo "$pid"
}

# rotate_log FILE: keep the previous run's log as FILE.1.
rotate_log() { [[ -s $1 ]] && mv -f "$1" "$1.1"; return 0; }

# ---------------------------------------------------------------------------------------------
# Maven (always under the shared lock: the machine has 2 cores and one ~/.m2)
# ---------------------------------------------------------------------------------------------
# Same lock as `flock /tmp/onestop-maven.lock CMD`, taken on fd 8 by this shell so that a
# background Maven can be signalled directly (flock(1) would not forward signals to it).
maven_lock_acquire() {
  [[ -e $MAVEN_LOCK ]] || : >>"$MAVEN_LOCK"
  exec 8<"$MAVEN_LOCK"
  if ! flock -n 8; then
    note "waiting for another Maven build to finish (lock $MAVEN_LOCK)..." >&2
    flock 8
  fi
}
maven_lock_release() { exec 8>&-; }

with_maven_lock() {
  local rc=0
  maven_lock_acquire
  "$@" 8>&- 9>&- || rc=$?
  maven_lock_release
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------
# The bin folder of the newest installed PostgreSQL server (Debian layout).
pg_bin() {
  local b d
  d=$(for b in /usr/lib/postgresql/*/bin; do [[ -x $b/initdb ]] && echo "$b"; done | sort -V | tail -n1)
  [[ -n $d ]] && echo "$d"
}

ensure_postgres_installed() {
  pg_bin >/dev/null && return 0
  if is_root; then
    step "PostgreSQL server not found; installing it (apt-get install -y postgresql)"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    pg_bin >/dev/null || die "apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb exists"
  else
    die "PostgreSQL server is not installed (no /usr/lib/postgresql/*/bin/initdb). Install it: sudo apt-get install -y postgresql"
  fi
}

# Where the cluster of this environment lives: PG_HOME/pg (data + unix socket),
# PG_HOME/logs/postgres.log.
pg_locate() {
  PG_HOME=$STATE_DIR
  [[ -f $PG_POINTER ]] && PG_HOME=$(<"$PG_POINTER")
  PG_DATA="$PG_HOME/pg"
  PG_LOG="$PG_HOME/logs/postgres.log"
}

# pg_as_owner CMD...: run a PostgreSQL server program as the cluster owner (postgres when root).
pg_as_owner() {
  local prog=$1; shift
  if is_root; then
    (cd / && runuser -u postgres -- "$(pg_bin)/$prog" "$@") 9>&-
  else
    (cd / && "$(pg_bin)/$prog" "$@") 9>&-
  fi
}

# The postgres user must be able to reach the data dir, and the socket path must fit in 107
# bytes; otherwise use /var/tmp/onestop-<hash>/ENV and remember it in PG_POINTER.
pg_choose_home() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  local reachable=1
  mkdir -p "$STATE_DIR"
  if is_root && ! (cd / && runuser -u postgres -- test -x "$STATE_DIR") 2>/dev/null; then
    reachable=0
  fi
  if ((reachable == 0)) || (( ${#STATE_DIR} + 30 > 100 )); then
    note "the postgres user cannot use $STATE_DIR (or the path is too long for a socket); using $FALLBACK_HOME"
    mkdir -p "$FALLBACK_HOME"
    chmod 755 "$(dirname "$FALLBACK_HOME")" "$FALLBACK_HOME"
    echo "$FALLBACK_HOME" >"$PG_POINTER"
  else
    rm -f "$PG_POINTER"
  fi
  pg_locate
}

pg_pid() {
  local pid=''
  [[ -f $PG_DATA/postmaster.pid ]] || return 1
  read -r pid <"$PG_DATA/postmaster.pid" || true
  pid_alive "$pid" "$PG_DATA" && echo "$pid"
}

pg_running_port() { sed -n 's/^port = \([0-9]*\)$/\1/p' "$PG_DATA/onestop.conf" 2>/dev/null; }

pg_init() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  step "Creating PostgreSQL cluster in $PG_DATA"
  mkdir -p "$PG_DATA" "$(dirname "$PG_LOG")"
  chmod 700 "$PG_DATA"
  if is_root; then chown postgres:postgres "$PG_DATA"; fi
  local out
  if ! out=$(pg_as_owner initdb -D "$PG_DATA" --auth=trust -E UTF8 --locale=C.UTF-8 -U "$DB_USER" 2>&1); then
    printf '%s\n' "$out" >&2
    die "initdb failed in $PG_DATA"
  fi
  echo "include_if_exists = 'onestop.conf'" >>"$PG_DATA/postgresql.conf"
}

pg_write_conf() {
  local installed
  installed=$(basename "$(dirname "$(pg_bin)")")
  if [[ $(<"$PG_DATA/PG_VERSION") != "$installed" ]]; then
    die "the cluster in $PG_DATA was made by PostgreSQL $(<"$PG_DATA/PG_VERSION") but $installed is installed; wipe it with ./onestop reset"
  fi
  {
    echo "# written by ./onestop on every start"
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $DB_PORT"
    echo "unix_socket_directories = '$PG_DATA'"
    echo "max_connections = 200"
    # statements per database for ./onestop bench's footprint (docs/benchmarks.md); Debian's server package ships it
    if [[ -f $(dirname "$(pg_bin)")/lib/pg_stat_statements.so ]]; then
      echo "shared_preload_libraries = 'pg_stat_statements'"
      echo "pg_stat_statements.max = 10000"
    fi
    if [[ -n $PG_EXTRA_CONF ]]; then echo "$PG_EXTRA_CONF"; fi
  } >"$PG_DATA/onestop.conf"
  touch "$PG_LOG"
  if is_root; then chown postgres:postgres "$PG_DATA/onestop.conf" "$PG_LOG"; fi
}

pg_start() {
  local pid
  if pid=$(pg_pid); then
    note "postgres already running (pid $pid, port $DB_PORT)"
    return 0
  fi
  pg_choose_home
  pg_init
  pg_write_conf
  step "Starting PostgreSQL on 127.0.0.1:$DB_PORT"
  if ! pg_as_owner pg_ctl -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null; then
    tail_log "$PG_LOG"
    die "PostgreSQL did not start (log: $PG_LOG)"
  fi
  pid=$(pg_pid) || die "PostgreSQL started but $PG_DATA/postmaster.pid names no live postgres"
  mkdir -p "$PID_DIR"
  echo "$pid" >"$PID_DIR/postgres.pid"
  ok "postgres running (pid $pid)"
}

pg_stop() {
  local pid
  if pid=$(pg_pid); then
    if ! pg_as_owner pg_ctl -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" stop >/dev/null 2>&1; then
      warn "pg_ctl stop failed; stopping postgres by pid"
      stop_pid postgres "$pid" "$PG_DATA"
    else
      ok "stopped postgres (pid $pid)"
    fi
  fi
  rm -f "$PID_DIR/postgres.pid"
}

psql_q() {
  "$(pg_bin)/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d postgres -c "$1"
}

pg_create_databases() {
  local db created=()
  for db in "$@"; do
    [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "invalid database name '$db'"
    if [[ $(psql_q "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
      psql_q "CREATE DATABASE \"$db\" OWNER \"$DB_USER\"" >/dev/null
      created+=("$db")
    fi
  done
  if ((${#created[@]})); then ok "databases created: ${created[*]}"; else ok "databases present: $*"; fi
}

# ---------------------------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------------------------
kafka_classpath_valid() {
  [[ -s $KAFKA_CP_FILE && ! $KAFKA_POM -nt $KAFKA_CP_FILE ]] || return 1
  local jar
  local IFS=:
  for jar in $(<"$KAFKA_CP_FILE"); do [[ -f $jar ]] || return 1; done
}

ensure_kafka_classpath() {
  kafka_classpath_valid && return 0
  step "Resolving the Kafka broker classpath from $KAFKA_POM (once)"
  mkdir -p "$ONESTOP_DIR"
  local tmp="$KAFKA_CP_FILE.tmp.$$" out rc=0
  maven_lock_acquire
  out=$("$ROOT/mvnw" -q -B -f "$KAFKA_POM" dependency:build-classpath \
      -Dmdep.outputFile="$tmp" -Dmdep.includeScope=runtime 2>&1 8>&- 9>&-) || rc=$?
  maven_lock_release
  if ((rc != 0)) || [[ ! -s $tmp ]]; then
    printf '%s\n' "$out" >&2
    rm -f "$tmp"
    die "could not resolve the Kafka classpath from $KAFKA_POM (Maven Central reachable?)"
  fi
  mv -f "$tmp" "$KAFKA_CP_FILE"
}

# kafka_java ARGS...: java with the Kafka classpath and our log4j2 configuration.
kafka_java() {
  "$JAVA" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -Donestop.kafka.log.level="${ONESTOP_KAFKA_LOG_LEVEL:-WARN}" \
    -cp "$(<"$KAFKA_CP_FILE")" "$@"
}

kafka_pid() { running_pid "$PID_DIR/kafka.pid" "$KAFKA_DIR/server.properties"; }

kafka_running_port() {
  sed -n 's|^listeners=BROKER://127.0.0.1:\([0-9]*\),.*|\1|p' "$KAFKA_DIR/server.properties" 2>/dev/null
}

# A random secret per data folder for the controller listener (made once).
kafka_controller_secret() {
  local file="$KAFKA_DIR/controller.secret"
  [[ -s $file ]] || { mkdir -p "$KAFKA_DIR"; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$file"; chmod 600 "$file"; }
  cat "$file"
}

kafka_write_config() {
  mkdir -p "$KAFKA_DIR/data"
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by ./onestop on every start: single-node KRaft broker + controller ($ENV_NAME).
# Every client authenticates (SASL/SCRAM-SHA-512) and may do only what its ACLs allow, as in
# Kubernetes (deploy/base/kafka/users.yaml); there is no anonymous listener. The controller
# listener takes only the broker itself (SASL/PLAIN with a user no client has).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CTRL_PORT
listeners=BROKER://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$CTRL_PORT
advertised.listeners=BROKER://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=BROKER
listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$KAFKA_ADMIN_USER" password="$KAFKA_ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$(kafka_controller_secret)" user_controller="$(kafka_controller_secret)";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:$KAFKA_ADMIN_USER;User:controller
allow.everyone.if.no.acl.found=false
log.dirs=$KAFKA_DIR/data
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
}

kafka_format() {
  if [[ -f $KAFKA_DIR/data/meta.properties && ! -f $KAFKA_DIR/scram.formatted ]]; then
    # formatted before the broker required authentication: it has no admin user, so start afresh
    warn "the Kafka data in $KAFKA_DIR was made without authentication; recreating it (its records are lost)"
    rm -rf "$KAFKA_DIR/data"
    mkdir -p "$KAFKA_DIR/data"
  fi
  [[ -f $KAFKA_DIR/data/meta.properties ]] && return 0
  local uuid out
  uuid=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1) \
    || die "kafka StorageTool random-uuid failed"
  if ! out=$(kafka_java kafka.tools.StorageTool format -t "$uuid" -c "$KAFKA_DIR/server.properties" \
    --add-scram "SCRAM-SHA-512=[name=$KAFKA_ADMIN_USER,password=$KAFKA_ADMIN_PASSWORD]" 2>&1); then
    printf '%s\n' "$out" >&2
    die "formatting Kafka storage in $KAFKA_DIR/data failed"
  fi
  echo "$uuid" >"$KAFKA_DIR/cluster.id"
  touch "$KAFKA_DIR/scram.formatted"
}

# kafka_launch: start the broker (does not wait); kafka_wait_ready waits for it.
KAFKA_LAUNCHED=0
kafka_launch() {
  local pid
  KAFKA_LAUNCHED=0
  if pid=$(kafka_pid); then
    note "kafka already running (pid $pid, port $KAFKA_PORT)"
    return 0
  fi
  kafka_write_config
  kafka_format
  step "Starting Kafka on 127.0.0.1:$KAFKA_PORT (controller $CTRL_PORT)"
  rotate_log "$LOG_DIR/kafka.log"
  launch "$LOG_DIR/kafka.log" "$PID_DIR/kafka.pid" "$KAFKA_DIR" -- \
    "$JAVA" -Xmx512m -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" -Donestop.kafka.log.level="${ONESTOP_KAFKA_LOG_LEVEL:-WARN}" \
    -cp "$(<"$KAFKA_CP_FILE")" kafka.Kafka "$KAFKA_DIR/server.properties"
  KAFKA_LAUNCHED=1
}

# Ready = port accepting + "Kafka Server started" in the log. If the broker has no SLF4J
# binding it logs nothing, so then the open port is all we can check.
kafka_wait_ready() {
  local log="$LOG_DIR/kafka.log" pid deadline=$((SECONDS + KAFKA_READY_TIMEOUT))
  ((KAFKA_LAUNCHED)) || return 0
  read -r pid <"$PID_DIR/kafka.pid"
  while :; do
    if ! pid_alive "$pid" "$KAFKA_DIR/server.properties"; then
      tail_log "$log"
      rm -f "$PID_DIR/kafka.pid"
      die "Kafka exited during startup (log: $log)"
    fi
    if port_accepting "$KAFKA_PORT"; then
      if grep -q 'Kafka Server started' "$log"; then break; fi
      if grep -q 'no-operation (NOP) logger' "$log"; then
        warn "the Kafka broker has no SLF4J binding, so it logs nothing: infra/kafka/pom.xml should use log4j-slf4j-impl (Kafka uses slf4j-api 1.7), not log4j-slf4j2-impl"
        break
      fi
    fi
    if ((SECONDS >= deadline)); then
      tail_log "$log"
      die "Kafka was not ready within ${KAFKA_READY_TIMEOUT}s (log: $log)"
    fi
    sleep "$POLL"
  done
  ok "kafka ready (pid $pid)"
}

kafka_stop() {
  local pid
  if pid=$(kafka_pid); then stop_pid kafka "$pid" "$KAFKA_DIR/server.properties"; fi
  rm -f "$PID_DIR/kafka.pid"
}

# kafka_create_topics [PREFIX]...: the topics, users and ACLs of deploy/base/kafka/*.yaml, once per prefix.
kafka_create_topics() {
  local -a args=(--bootstrap "127.0.0.1:$KAFKA_PORT" --sasl-user "$KAFKA_ADMIN_USER" --sasl-password "$KAFKA_ADMIN_PASSWORD")
  local p out
  for p in "$@"; do args+=(--prefix "$p"); done
  step "Creating Kafka topics, users and ACLs from deploy/base/kafka/*.yaml${1:+ (prefixes: $*)}"
  if ! out=$(kafka_java "$KAFKA_SETUP_TOOL" "${args[@]}" "$TOPIC_MANIFESTS_DIR"/*.yaml 2>&1); then
    printf '%s\n' "$out" | grep -v '^SLF4J:' >&2
    die "creating the Kafka topics, users and ACLs failed"
  fi
  printf '%s\n' "$out" >"$LOG_DIR/topics.log"
  ok "$(printf '%s\n' "$out" | grep '^topics:' | tail -n1)"
  ok "$(printf '%s\n' "$out" | grep '^users:' | tail -n1)"
}

# ---------------------------------------------------------------------------------------------
# Keycloak (the identity provider): the distribution from Maven Central, built once with
# KEYCLOAK_BUILD_OPTS; each environment runs a hard-linked copy of it (its own data/ folder),
# on its own ports, with its database "keycloak" in the environment's PostgreSQL. The realm
# (infra/keycloak/onestop-realm.json) is imported at start; when the file changes, the stack's
# Keycloak database is recreated so that the realm on disk is the realm that runs.
# ---------------------------------------------------------------------------------------------
keycloak_dist_stamp() { printf '%s %s\n' "$KEYCLOAK_VERSION" "${KEYCLOAK_BUILD_OPTS[*]}"; }

ensure_keycloak_dist() {
  local stamp="$KEYCLOAK_DIST/.onestop-built" tmp out rc=0 zip
  [[ -f $stamp && $(<"$stamp") == "$(keycloak_dist_stamp)" ]] && return 0
  step "Preparing Keycloak $KEYCLOAK_VERSION (once: download from Maven Central, unzip, kc.sh build)"
  mkdir -p "$ONESTOP_DIR/downloads"
  zip="$ONESTOP_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [[ ! -s $zip ]]; then
    maven_lock_acquire
    out=$("$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$ONESTOP_DIR/downloads" 2>&1 8>&- 9>&-) || rc=$?
    maven_lock_release
    if ((rc != 0)) || [[ ! -s $zip ]]; then
      printf '%s\n' "$out" >&2
      die "could not download org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (Maven Central reachable?)"
    fi
  fi
  command -v unzip >/dev/null 2>&1 || die "unzip is not installed (apt-get install -y unzip)"
  tmp="$ONESTOP_DIR/keycloak-unzip.$$"
  rm -rf "$tmp" "$KEYCLOAK_DIST"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "unzipping $zip failed"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIST"
  rm -rf "$tmp"
  if ! out=$("$KEYCLOAK_DIST/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTS[@]}" 2>&1 8>&- 9>&-); then
    printf '%s\n' "$out" | tail -n 30 >&2
    die "kc.sh build failed"
  fi
  keycloak_dist_stamp >"$stamp"
  ok "keycloak $KEYCLOAK_VERSION built in ${KEYCLOAK_DIST#"$ROOT"/}"
}

# This environment's copy of the distribution: hard links, so it costs no space; data/ is its own.
ensure_keycloak_home() {
  [[ -f $KC_HOME/.onestop-built && $(<"$KC_HOME/.onestop-built") == "$(keycloak_dist_stamp)" ]] && return 0
  rm -rf "$KC_HOME"
  mkdir -p "$(dirname "$KC_HOME")"
  cp -al "$KEYCLOAK_DIST" "$KC_HOME" 2>/dev/null || cp -a "$KEYCLOAK_DIST" "$KC_HOME"
}

keycloak_pid() { running_pid "$PID_DIR/keycloak.pid" "$KC_HOME/"; }

keycloak_running_port() {
  local pid
  pid=$(keycloak_pid) || return 0
  tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^--http-port=//p'
}

keycloak_url() { echo "http://127.0.0.1:$KC_PORT"; }
oidc_url() { echo "$(keycloak_url)/realms/onestop"; }

# Needs PostgreSQL running. Does not wait; keycloak_wait_ready does.
KEYCLOAK_LAUNCHED=0
keycloak_launch() {
  local pid realm_sha
  KEYCLOAK_LAUNCHED=0
  if pid=$(keycloak_pid); then
    note "keycloak already running (pid $pid, port $KC_PORT)"
    return 0
  fi
  ensure_keycloak_dist
  ensure_keycloak_home
  realm_sha=$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -c1-64)
  if [[ $(cat "$STATE_DIR/keycloak.realm.sha256" 2>/dev/null) != "$realm_sha" ]]; then
    [[ $(psql_q "SELECT 1 FROM pg_database WHERE datname = 'keycloak'") == 1 ]] &&
      note "the realm file changed: recreating the keycloak database"
    PGOPTIONS='-c client_min_messages=warning' psql_q 'DROP DATABASE IF EXISTS keycloak WITH (FORCE)' >/dev/null
  fi
  pg_create_databases keycloak >/dev/null
  echo "$realm_sha" >"$STATE_DIR/keycloak.realm.sha256"
  mkdir -p "$KC_HOME/data/import"
  cp -f "$KEYCLOAK_REALM_FILE" "$KC_HOME/data/import/onestop-realm.json"
  step "Starting Keycloak on 127.0.0.1:$KC_PORT (management $KC_MGMT_PORT)"
  rotate_log "$LOG_DIR/keycloak.log"
  launch "$LOG_DIR/keycloak.log" "$PID_DIR/keycloak.pid" "$KC_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" -- \
    "$KC_HOME/bin/kc.sh" start --optimized --import-realm \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" --hostname-strict=false \
    --db-url="jdbc:postgresql://127.0.0.1:$DB_PORT/keycloak" --db-username="$DB_USER" --db-password=unused-trust-auth \
    --log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO
  KEYCLOAK_LAUNCHED=1
}

keycloak_wait_ready() {
  ((KEYCLOAK_LAUNCHED)) || return 0
  local pid
  pid=$(wait_http_ok Keycloak keycloak "$KC_HOME/" "$(oidc_url)/.well-known/openid-configuration" \
    "$KEYCLOAK_READY_TIMEOUT" "$LOG_DIR/keycloak.log")
  ok "keycloak ready (pid $pid) $(oidc_url)"
}

keycloak_stop() {
  local pid
  if pid=$(keycloak_pid); then stop_pid keycloak "$pid" "$KC_HOME/"; fi
  rm -f "$PID_DIR/keycloak.pid"
}

# ---------------------------------------------------------------------------------------------
# The payment gateway stand-in: platform-testing's PaymentGatewayStandIn.java run as a single-file
# program (JDK only, nothing to build), in memory, on 127.0.0.1:PAYGATE_PORT, for the one merchant
# PAYGATE_MERCHANT with PAYGATE_SECRET. A province's deployment talks to the national payment
# platform instead.
# ---------------------------------------------------------------------------------------------
paygate_pid() { running_pid "$PID_DIR/paygate.pid" "$PAYGATE_SOURCE"; }

paygate_running_port() {
  local pid
  pid=$(paygate_pid) || return 0
  tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | sed -n '/^--port$/{n;p;}'
}

paygate_url() { echo "http://127.0.0.1:$PAYGATE_PORT"; }

# Does not wait; paygate_wait_ready does.
PAYGATE_LAUNCHED=0
paygate_launch() {
  local pid
  PAYGATE_LAUNCHED=0
  if pid=$(paygate_pid); then
    note "payment gateway stand-in already running (pid $pid, port $PAYGATE_PORT)"
    return 0
  fi
  [[ -f $PAYGATE_SOURCE ]] || die "missing $PAYGATE_SOURCE"
  step "Starting the payment gateway stand-in on 127.0.0.1:$PAYGATE_PORT"
  rotate_log "$LOG_DIR/paygate.log"
  launch "$LOG_DIR/paygate.log" "$PID_DIR/paygate.pid" "$ROOT" -- \
    "$JAVA" -Xmx128m "$PAYGATE_SOURCE" \
    --port "$PAYGATE_PORT" --merchant "$PAYGATE_MERCHANT" --secret "$PAYGATE_SECRET"
  PAYGATE_LAUNCHED=1
}

paygate_wait_ready() {
  ((PAYGATE_LAUNCHED)) || return 0
  local pid
  pid=$(wait_http_ok "the payment gateway stand-in" paygate "$PAYGATE_SOURCE" "$(paygate_url)/health" \
    "$PAYGATE_READY_TIMEOUT" "$LOG_DIR/paygate.log")
  ok "payment gateway stand-in ready (pid $pid) $(paygate_url)"
}

paygate_stop() {
  local pid
  if pid=$(paygate_pid); then stop_pid paygate "$pid" "$PAYGATE_SOURCE"; fi
  rm -f "$PID_DIR/paygate.pid"
}

# ---------------------------------------------------------------------------------------------
# Services (packaged Quarkus fast-jars)
# ---------------------------------------------------------------------------------------------
service_port() {
  case $1 in
    intake-service)     echo "${ONESTOP_INTAKE_PORT:-8081}" ;;
    processing-service) echo "${ONESTOP_PROCESSING_PORT:-8082}" ;;
    results-service)    echo "${ONESTOP_RESULTS_PORT:-8083}" ;;
    rating-service)     echo "${ONESTOP_RATING_PORT:-8084}" ;;
    web-portal)         echo "${ONESTOP_PORTAL_PORT:-8080}" ;;
    *) die "unknown service $1" ;;
  esac
}

# Health, metrics and the OpenAPI document: each service's management port (its API port + 1000).
service_management_port() {
  echo $(($(service_port "$1") + 1000))
}
service_port_var() {
  if [[ $1 == web-portal ]]; then echo ONESTOP_PORTAL_PORT; return; fi
  local s=${1%-service}; echo "ONESTOP_${s^^}_PORT"
}
portal_url() { echo "http://127.0.0.1:$(service_port web-portal)"; }
service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
service_pid() { running_pid "$PID_DIR/$1.pid" "$(service_jar "$1")"; }

# Package the services when a jar is missing or ONESTOP_REBUILD=1.
ensure_service_jars() {
  local s missing=()
  for s in "$@"; do [[ -f $(service_jar "$s") ]] || missing+=("$s"); done
  if [[ ${ONESTOP_REBUILD:-0} == 1 ]] || ((${#missing[@]})); then
    step "Packaging the services (./mvnw -B -q -DskipTests package)${missing[*]:+; missing jars: ${missing[*]}}"
    # the local stack runs the jars: no image archives (deploy/README.md) here
    (cd "$ROOT" && with_maven_lock ./mvnw -B -q -DskipTests -Donestop.image.archive.skip=true package) ||
      die "the Maven build failed"
    for s in "$@"; do [[ -f $(service_jar "$s") ]] || die "the build did not produce $(service_jar "$s")"; done
  fi
}

# The local stack's own result-signing key pair (Ed25519, PKCS#8 and X.509, base64), made once per
# data folder so results keep verifying across restarts (results-service refuses to start without one).
# The portal's secrets for this stack, made once (random, never committed).
ensure_portal_secrets() {
  local file="$STATE_DIR/portal-secrets.env" name
  [[ -s $file ]] && return 0
  command -v openssl >/dev/null 2>&1 || die "openssl is needed to make the portal's secrets (apt-get install -y openssl)"
  for name in CSRF_KEY STATE_SECRET SESSION_SECRET; do
    echo "ONESTOP_PORTAL_$name=$(openssl rand -hex 32)"
  done >"$file"
  chmod 600 "$file" 2>/dev/null || true
}

ensure_signing_key() {
  local file="$STATE_DIR/results-signing.env" tmp
  [[ -s $file ]] && return 0
  command -v openssl >/dev/null 2>&1 || die "openssl is needed to make the stack's result-signing key (apt-get install -y openssl)"
  tmp=$(mktemp -d)
  if ! { openssl genpkey -algorithm ED25519 -outform DER -out "$tmp/private.der" 2>/dev/null &&
    openssl pkey -inform DER -in "$tmp/private.der" -pubout -outform DER -out "$tmp/public.der" 2>/dev/null &&
    printf 'ONESTOP_RESULTS_SIGNING_PRIVATE_KEY=%s\nONESTOP_RESULTS_SIGNING_PUBLIC_KEY=%s\n' \
      "$(base64 -w0 "$tmp/private.der")" "$(base64 -w0 "$tmp/public.der")" >"$file"; }; then
    rm -rf "$tmp" "$file"
    die "openssl could not make an Ed25519 key pair for results-service (OpenSSL 1.1.1 or newer is needed)"
  fi
  rm -rf "$tmp"
  chmod 600 "$file" 2>/dev/null || true
}

# Settings that differ per service: the links each one prints to the others' public URLs. The packaged
# services run in the production profile, which requires these URLs and refuses loopback ones unless
# told that this is a local stack (ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK=true, in service_launch).
service_env() {
  case $1 in
    intake-service)
      # the local stack records notifications; nothing leaves it (set ONESTOP_NOTIFY_MODE=live to send)
      echo "ONESTOP_NOTIFY_MODE=${ONESTOP_NOTIFY_MODE:-record}"
      echo "ONESTOP_RESULTS_BASE_URL=http://127.0.0.1:$(service_port results-service)"
      # the receipt's QR code opens the portal's tracking page
      echo "ONESTOP_TRACKING_BASE_URL=$(portal_url)/tracking/"
      # the receipt's rating link opens the portal's rating page (<base><code>/ratings)
      echo "ONESTOP_RATING_BASE_URL=$(portal_url)/my/dossiers/"
      # fees are paid through the payment gateway stand-in
      echo "ONESTOP_PAYGATE_URL=$(paygate_url)"
      echo "ONESTOP_PAYGATE_MERCHANT=$PAYGATE_MERCHANT"
      echo "ONESTOP_PAYGATE_SECRET=$PAYGATE_SECRET"
      echo "ONESTOP_PAYMENT_CALLBACK_URL=http://127.0.0.1:$(service_port intake-service)/api/v1/payments/callback"
      # after paying, the gateway sends the applicant back to the portal's page of the dossier
      echo "ONESTOP_PAYMENT_RETURN_URL=$(portal_url)/my/dossiers/{code}" ;;
    results-service)
      # a result's QR code opens the portal's verification page (same path as the API's)
      echo "ONESTOP_RESULTS_PUBLIC_BASE_URL=$(portal_url)"
      if [[ -s $STATE_DIR/results-signing.env ]]; then
        cat "$STATE_DIR/results-signing.env"
        echo "ONESTOP_RESULTS_SIGNING_KEY_ID=local-$(sha256sum "$STATE_DIR/results-signing.env" | cut -c1-12)"
      fi ;;
    web-portal)
      echo "ONESTOP_INTAKE_URL=http://127.0.0.1:$(service_port intake-service)"
      echo "ONESTOP_PROCESSING_URL=http://127.0.0.1:$(service_port processing-service)"
      echo "ONESTOP_RESULTS_URL=http://127.0.0.1:$(service_port results-service)"
      echo "ONESTOP_RATING_URL=http://127.0.0.1:$(service_port rating-service)"
      # the dossier page's pay button is a form the portal answers with a redirect to the gateway (CSP form-action)
      echo "ONESTOP_PAYGATE_URL=$(paygate_url)"
      # plain http on this machine: the CSRF cookie cannot be Secure-only here
      echo "ONESTOP_PORTAL_SECURE_COOKIES=false"
      # this stack's own CSRF, state and session secrets (production refuses to start without them)
      ensure_portal_secrets
      cat "$STATE_DIR/portal-secrets.env" ;;
  esac
}

service_launch() {
  local s=$1 port
  local -a extra
  port=$(service_port "$s")
  rotate_log "$LOG_DIR/$s.log"
  [[ $s == results-service ]] && ensure_signing_key
  mapfile -t extra < <(service_env "$s")
  # -XX:-UsePerfData: no hsperfdata counters, whose sampling every 50 ms cost an idle service 0.3 %
  # of a core (docs/benchmarks.md, Idle); jcmd PID still works, jps and jstat no longer list it.
  # shellcheck disable=SC2086 # ONESTOP_JAVA_OPTS may hold several options
  launch "$LOG_DIR/$s.log" "$PID_DIR/$s.pid" "$ROOT/$s" \
    QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(service_management_port "$s")" "${extra[@]}" \
    ONESTOP_OIDC_URL="$(oidc_url)" ONESTOP_SWAGGER_UI=true \
    ONESTOP_PUBLIC_URLS_ALLOW_LOOPBACK=true QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    ONESTOP_DB_HOST=127.0.0.1 ONESTOP_DB_PORT="$DB_PORT" ONESTOP_DB_USER="$DB_USER" \
    ONESTOP_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" ONESTOP_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT \
    ONESTOP_KAFKA_USER="$s" ONESTOP_KAFKA_PASSWORD="$s-local-secret" -- \
    "$JAVA" -Xmx256m -XX:-UsePerfData ${ONESTOP_JAVA_OPTS:-} -jar "$(service_jar "$s")"
  note "started $s (pid $(<"$PID_DIR/$s.pid"), port $port)"
}

service_wait_ready() {
  local s=$1 port pid code deadline=$((SECONDS + SERVICE_READY_TIMEOUT))
  port=$(service_management_port "$s")
  read -r pid <"$PID_DIR/$s.pid"
  while :; do
    if ! pid_alive "$pid" "$(service_jar "$s")"; then
      tail_log "$LOG_DIR/$s.log" 40
      rm -f "$PID_DIR/$s.pid"
      die "$s exited during startup (log: $LOG_DIR/$s.log)"
    fi
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" || true)
    [[ $code == 200 ]] && break
    if ((SECONDS >= deadline)); then
      tail_log "$LOG_DIR/$s.log" 40
      [[ $code == 000 || -z $code ]] && code='no HTTP answer' || code="HTTP $code"
      die "$s was not ready within ${SERVICE_READY_TIMEOUT}s (http://127.0.0.1:$port/q/health/ready: $code); log: $LOG_DIR/$s.log; stop everything with ./onestop down"
    fi
    sleep "$POLL"
  done
  ok "$s ready (pid $pid) http://127.0.0.1:$(service_port "$s")"
}

service_running_port() {
  local pid
  pid=$(service_pid "$1") || return 0
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | sed -n 's/^QUARKUS_HTTP_PORT=//p'
}

# ---------------------------------------------------------------------------------------------
# Test support
# ---------------------------------------------------------------------------------------------
# The test command runs in its own process group (setsid), in the background, so that a trapped
# INT/TERM interrupts `wait` at once and the whole group (Maven, surefire forks, anything the
# tests started) can be stopped.
TEST_CMD_PID=''
run_test_command() {
  local rc=0
  setsid "$@" 8>&- 9>&- &
  TEST_CMD_PID=$!
  wait "$TEST_CMD_PID" || rc=$?
  return "$rc"
}

# PIDs of the live (non-zombie) members of process group $1.
group_members() {
  local pgid=$1 f line state pgrp
  for f in /proc/[0-9]*/stat; do
    { read -r line <"$f"; } 2>/dev/null || continue
    read -r state _ pgrp _ <<<"${line##*) }"
    [[ $pgrp == "$pgid" && $state != Z && $state != X ]] && echo "${f//[^0-9]/}"
  done
  return 0
}

stop_test_command() {
  local pgid=$TEST_CMD_PID deadline
  [[ -n $pgid ]] || return 0
  [[ -n $(group_members "$pgid") ]] || return 0
  note "stopping what the test command left running (process group $pgid)"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while [[ -n $(group_members "$pgid") ]] && ((SECONDS < deadline)); do sleep "$POLL"; done
  if [[ -n $(group_members "$pgid") ]]; then
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
}

# Java processes still listening on the e2e ports after the tests, started from this repository.
kill_e2e_leftovers() {
  local port pid cwd cmd
  have_ss || return 0
  for port in "${E2E_PORTS[@]}"; do
    for pid in $(port_pids "$port"); do
      [[ $(cat "/proc/$pid/comm" 2>/dev/null) == java ]] || continue
      cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null || true)
      cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
      if [[ $cwd == "$ROOT" || $cwd == "$ROOT"/* || $cmd == *"$ROOT"* ]]; then
        STOP_TIMEOUT=10 stop_pid "e2e leftover on port $port" "$pid" ""
      else
        warn "java pid $pid listens on e2e port $port but was not started from $ROOT; leaving it alone"
      fi
    done
  done
}

# Remove the data of the current environment (including a /var/tmp fallback).
wipe_env_data() {
  local home
  for home in "$FALLBACK_HOME" "$STATE_DIR"; do
    [[ -e $home ]] && rm -rf "$home"
  done
  rmdir "$(dirname "$FALLBACK_HOME")" 2>/dev/null || true
  pg_locate
}
