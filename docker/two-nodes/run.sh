#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL behind HAProxy with sticky sessions, all on loopback (README, "Two nodes").
#
#   docker/two-nodes/run.sh build            package the portal and write its classpath (once, or after a change)
#   docker/two-nodes/run.sh start            PostgreSQL, a mail sink, node1 and node2 (started together), HAProxy
#   docker/two-nodes/run.sh status           who is up, and the shedlock table
#   docker/two-nodes/run.sh stop-node 1 [--crash]   stop node1 (SIGTERM, or SIGKILL with --crash); start-node 1
#   docker/two-nodes/run.sh restart-db [SECONDS]    stop PostgreSQL for SECONDS (default 20), then start it again
#   docker/two-nodes/run.sh mail-down | mail-up     stop or start the mail sink
#   docker/two-nodes/run.sh jobs                    every scheduled run in both nodes' logs, by job and turn
#   docker/two-nodes/run.sh stop             everything
#
# Needs a JDK 21+ (JAVA_HOME), PostgreSQL 15+ server binaries and HAProxy (Debian: apt-get install postgresql
# haproxy), python3 for the mail sink. Everything lives in target/two-nodes (TA_NODES_DIR). Set TA_NODES_FAST_JOBS=1
# to fire every scheduled job every 20 seconds, so that "each runs once across both" can be seen in a minute.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/docker/two-nodes"
RUN=${TA_NODES_DIR:-$ROOT/target/two-nodes}
LB_PORT=${TA_NODES_PORT:-8080}
PG_PORT=${TA_NODES_PG_PORT:-55432}
SMTP_PORT=${TA_NODES_SMTP_PORT:-2525}
NODE_PORTS=(0 8081 8082)
IDP_PORTS=(0 8091 8092)
HEAP=${TA_NODES_HEAP:-1g}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PG_BIN=${TA_NODES_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

mkdir -p "$RUN"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# PostgreSQL refuses to run as root: run its commands as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_admin() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

build() {
    (cd "$ROOT" && ./mvnw -B -ntp ${TA_NODES_OFFLINE:+-o} -q package -DskipTests \
        && ./mvnw -B -ntp ${TA_NODES_OFFLINE:+-o} -q dependency:build-classpath -Dmdep.includeScope=runtime \
            -Dmdep.outputFile="$RUN/classpath")
    # A copy, so that a later build or test run in the same tree cannot change the classes under running nodes.
    rm -rf "$RUN/classes" && cp -r "$ROOT/target/classes" "$RUN/classes"
    log "built: $RUN/classes (with the production bundle), classpath in $RUN/classpath"
}

db_start() {
    if [ ! -d "$RUN/pg" ]; then
        mkdir -p "$RUN/pg" && chmod 700 "$RUN/pg"
        [ "$(id -u)" = 0 ] && chown postgres: "$RUN/pg"
        as_pg "$PG_BIN/initdb" -D "$RUN/pg" -U postgres --auth=trust -E UTF8 >"$RUN/initdb.log"
        # Two nodes × Hikari's 10, plus Flyway and psql, well within 100.
        printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nmax_connections = 100\n" \
            "$PG_PORT" "$RUN/pg" >>"$RUN/pg/postgresql.conf"
        fresh=1
    fi
    [ "$(id -u)" = 0 ] && touch "$RUN/postgres.log" && chown postgres: "$RUN/postgres.log"
    as_pg "$PG_BIN/pg_ctl" -D "$RUN/pg" -l "$RUN/postgres.log" -w start >/dev/null
    if [ "${fresh:-0}" = 1 ]; then
        psql_admin -c "create role travel_assist_app login password 'app'" -c "create database travelassist"
    fi
    log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

db_stop() { as_pg "$PG_BIN/pg_ctl" -D "$RUN/pg" -m fast -w stop >/dev/null 2>&1 || true; }

mail_start() {
    python3 "$HERE/mail-sink.py" "$SMTP_PORT" "$RUN/mail" >>"$RUN/mail-sink.log" 2>&1 &
    echo $! >"$RUN/mail.pid"
    log "mail sink on 127.0.0.1:$SMTP_PORT, one file per email in $RUN/mail"
}

stop_pid() { # file, signal
    if [ -f "$1" ]; then kill "-${2:-TERM}" "$(cat "$1")" 2>/dev/null || true; rm -f "$1"; fi
}

node_start() {
    local n=$1 fast=()
    if [ "${TA_NODES_FAST_JOBS:-0}" = 1 ]; then
        local every='*/20 * * * * *'
        fast=(-Dtravelassist.mail.retry-every=PT10S -Dtravelassist.mail.retry-after=PT10S -Dtravelassist.jobs.least-hold=PT15S
              "-Dtravelassist.budgets.instalments-due-cron=$every" "-Dtravelassist.payments.reconcile-cron=$every"
              "-Dtravelassist.reporting.reassessment-cron=$every" "-Dtravelassist.mileage.reminders-cron=$every"
              "-Dtravelassist.retention.cron=$every" "-Dtravelassist.budgets.renewals-cron=$every"
              "-Dtravelassist.reporting.reapply-reminders-cron=$every")
    fi
    [ -f "$RUN/classpath" ] || { echo "Run '$0 build' first" >&2; exit 1; }
    "$JAVA" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -cp "$RUN/classes:$(cat "$RUN/classpath")" \
        -Dspring.profiles.active=local \
        -Dserver.port="${NODE_PORTS[$n]}" -Dserver.address=127.0.0.1 \
        -Dtravelassist.node-name="node$n" \
        -Dtravelassist.local-idp.port="${IDP_PORTS[$n]}" \
        -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/travelassist" \
        -Dspring.datasource.username=travel_assist_app -Dspring.datasource.password=app \
        -Dspring.flyway.user=postgres -Dspring.flyway.password= -Dtravelassist.database.runtime-role=travel_assist_app \
        -Dtravelassist.routing.graph-directory="$RUN/graph" \
        -Dtravelassist.bank-details.local-key-file="$RUN/bank-details.key" \
        -Dtravelassist.mail.transport=smtp -Dspring.mail.host=127.0.0.1 -Dspring.mail.port="$SMTP_PORT" \
        -Dvaadin.productionMode=true \
        "${fast[@]}" ${TA_NODES_JAVA_OPTS:-} \
        org.travelassist.TravelAssistApplication >>"$RUN/node$n.log" 2>&1 &
    echo $! >"$RUN/node$n.pid"
    log "node$n starting on 127.0.0.1:${NODE_PORTS[$n]} (identity provider on ${IDP_PORTS[$n]}), log $RUN/node$n.log"
}

wait_up() { # url, seconds
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null "$1" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || { echo "$1 did not answer within $2 s" >&2; return 1; }
        sleep 2
    done
}

lb_start() {
    sed -e "s/@LB_PORT@/$LB_PORT/" -e "s/@NODE1@/${NODE_PORTS[1]}/" -e "s/@NODE2@/${NODE_PORTS[2]}/" \
        -e "s#@SORRY@#$HERE/sorry-503.http#" "$HERE/haproxy.cfg" >"$RUN/haproxy.cfg"
    haproxy -D -f "$RUN/haproxy.cfg" -p "$RUN/haproxy.pid"
    log "HAProxy on http://127.0.0.1:$LB_PORT, sticky by the TA_NODE cookie"
}

jobs_report() {
    # "Scheduled job NAME runs on node NODE" in both logs, bucketed by turn (the fire time to 10 s): a turn with
    # more than one run is a job that ran twice.
    grep -h "Scheduled job .* runs on node" "$RUN"/node*.log 2>/dev/null \
        | sed -E 's/^([0-9T:-]+)([0-9])[.:][0-9].* Scheduled job ([^ ]+) runs on node ([^ ]+).*/\1 \3 \4/' \
        | awk '{ turns[$1" "$2]++; nodes[$1" "$2]=nodes[$1" "$2]" "$3; runs[$2]++; by[$2" "$3]++ }
               END {
                 twice = 0
                 for (t in turns) if (turns[t] > 1) { print "RAN TWICE: " t " on" nodes[t]; twice++ }
                 for (j in runs) { line = j ": " runs[j] " runs"; for (k in by) { split(k, p, " "); if (p[1] == j) line = line ", " p[2] " " by[k] }; print line }
                 print (twice == 0 ? "every turn ran once" : twice " turns ran twice")
               }' | sort
    psql_admin -d travelassist -c "select name, locked_by, locked_at, lock_until from shedlock order by name" 2>/dev/null || true
}

case "${1:-}" in
    build) build ;;
    start)
        db_start
        mail_start
        node_start 1
        node_start 2 # at the same moment: migrations, start-up imports and the routing graph must all cope
        wait_up "http://127.0.0.1:${NODE_PORTS[1]}/actuator/health" "${TA_NODES_WAIT:-900}"
        wait_up "http://127.0.0.1:${NODE_PORTS[2]}/actuator/health" "${TA_NODES_WAIT:-900}"
        lb_start
        log "up: http://127.0.0.1:$LB_PORT" ;;
    status)
        for n in 1 2; do
            printf 'node%s: %s\n' "$n" "$(curl -s "http://127.0.0.1:${NODE_PORTS[$n]}/actuator/health" || echo down)"
        done
        printf 'through HAProxy: %s\n' "$(curl -s "http://127.0.0.1:$LB_PORT/actuator/health" || echo down)"
        psql_admin -d travelassist -c "select name, locked_by, locked_at, lock_until from shedlock order by name" || true ;;
    stop-node) stop_pid "$RUN/node${2:?node 1 or 2}.pid" "$([ "${3:-}" = --crash ] && echo KILL || echo TERM)"; log "node$2 stopped ${3:-}" ;;
    start-node)
        node_start "${2:?node 1 or 2}"
        wait_up "http://127.0.0.1:${NODE_PORTS[$2]}/actuator/health" "${TA_NODES_WAIT:-900}"
        log "node$2 up" ;;
    restart-db)
        db_stop; log "PostgreSQL stopped for ${2:-20} s"
        sleep "${2:-20}"
        db_start ;;
    mail-down) stop_pid "$RUN/mail.pid"; log "mail sink stopped" ;;
    mail-up) mail_start ;;
    jobs) jobs_report ;;
    stop)
        stop_pid "$RUN/haproxy.pid"
        stop_pid "$RUN/node1.pid"; stop_pid "$RUN/node2.pid"
        stop_pid "$RUN/mail.pid"
        sleep 3
        db_stop
        log "stopped" ;;
    *) sed -n '2,14p' "$0"; exit 2 ;;
esac
