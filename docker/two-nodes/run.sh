#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL behind HAProxy with sticky sessions, all on loopback (README, "Two nodes").
#
#   docker/two-nodes/run.sh build            package the portal and write its classpath (once, or after a change)
#   docker/two-nodes/run.sh start            PostgreSQL, a mail sink, node1, then node2 once node1 is ready, HAProxy
#   docker/two-nodes/run.sh status           who is up, and the shedlock table
#   docker/two-nodes/run.sh stop-node 1 [--crash]   stop node1 (SIGTERM, or SIGKILL with --crash); start-node 1
#   docker/two-nodes/run.sh restart-db [SECONDS]    stop PostgreSQL for SECONDS (default 20), then start it again
#   docker/two-nodes/run.sh mail-down | mail-up     stop or start the mail sink
#   docker/two-nodes/run.sh jobs                    every scheduled run in both nodes' logs, by job and turn
#   docker/two-nodes/run.sh statuses                every answer the nodes gave, by status; the 5xx by minute and path
#   docker/two-nodes/run.sh check                   what no fault may leave half-written, counted in the database (all 0)
#   docker/two-nodes/run.sh drill stop-node|restart-db|none   families apply through HAProxy (Gatling), the fault
#                                                    90 s in, then the database and the mail sink are checked
#   docker/two-nodes/run.sh drill money             a node killed while payment runs are made and sent (MoneyDrillSimulation)
#   docker/two-nodes/run.sh stop             everything
#
# Needs a JDK 21+ (JAVA_HOME), PostgreSQL 15+ server binaries and HAProxy (Debian: apt-get install postgresql
# haproxy), python3 3.11 for the mail sink (its smtpd module). Everything lives in target/two-nodes (TA_NODES_DIR).
# Set TA_NODES_FAST_JOBS=1 to fire every scheduled job every 20 seconds, so that "each runs once across both" can be
# seen in a minute; TA_NODES_LOAD=1 to lift the per-address limits (every client of a drill is 127.0.0.1) and the
# hold on payments after a bank details change (the money drill's families give theirs minutes before);
# TA_NODES_TOGETHER=1 to start both nodes at the same moment (migrations, imports and the graph build racing);
# TA_NODES_OFFLINE=1 to build with Maven offline. A node has TA_NODES_WAIT seconds (default 1800) to become ready.
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
WAIT=${TA_NODES_WAIT:-1800}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# PostgreSQL refuses to run as root: run its commands as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_admin() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# What the script needs, said plainly before anything starts, rather than a failure half-way.
prerequisites() {
    local missing=()
    [ -x "$JAVA" ] || command -v "$JAVA" >/dev/null || missing+=("a JDK 21+ (set JAVA_HOME)")
    [ -x "${PG_BIN:-}/pg_ctl" ] || missing+=("PostgreSQL's server binaries (apt-get install postgresql, or TA_NODES_PG_BIN)")
    command -v haproxy >/dev/null || missing+=("HAProxy (apt-get install haproxy)")
    command -v curl >/dev/null || missing+=("curl")
    python3 -c 'import smtpd' 2>/dev/null || missing+=("python3 with smtpd (Python 3.11, Debian 12's)")
    if [ ${#missing[@]} -gt 0 ]; then
        printf 'Missing: %s\n' "${missing[@]}" >&2
        exit 1
    fi
}

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
        fast=(-Dtravelassist.mail.retry-every=PT10S -Dtravelassist.mail.retry-after=PT10S -Dtravelassist.mail.retry-at-most=PT30S
              -Dtravelassist.mail.in-flight-at-most=PT30S -Dtravelassist.jobs.least-hold=PT15S
              "-Dtravelassist.budgets.instalments-due-cron=$every" "-Dtravelassist.payments.reconcile-cron=$every"
              "-Dtravelassist.reporting.reassessment-cron=$every" "-Dtravelassist.mileage.reminders-cron=$every"
              "-Dtravelassist.retention.cron=$every" "-Dtravelassist.budgets.renewals-cron=$every"
              "-Dtravelassist.reporting.reapply-reminders-cron=$every")
    fi
    local load=()
    if [ "${TA_NODES_LOAD:-0}" = 1 ]; then
        # Every client of a drill is 127.0.0.1; the money drill's families give their bank details minutes before
        # their payments, which the fraud hold would otherwise keep for 5 days.
        load=(-Dtravelassist.api.requests-per-minute=1000000 -Dtravelassist.routing-quota.per-address=1000000
              -Dtravelassist.payments.hold-days-after-bank-details-change=0)
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
        -Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.directory="$RUN" \
        -Dserver.tomcat.accesslog.prefix="node$n-access" -Dserver.tomcat.accesslog.suffix=.log \
        -Dserver.tomcat.accesslog.rotate=false \
        "${fast[@]}" "${load[@]}" ${TA_NODES_JAVA_OPTS:-} \
        org.travelassist.TravelAssistApplication >>"$RUN/node$n.log" 2>&1 &
    echo $! >"$RUN/node$n.pid"
    log "node$n starting on 127.0.0.1:${NODE_PORTS[$n]} (identity provider on ${IDP_PORTS[$n]}), log $RUN/node$n.log"
}

# Until the node says it is ready (migrations, start-up imports and the routing graph done), while its process is
# alive; on a busy machine that can take many minutes, so the bound is generous and progress is shown.
wait_ready() { # node
    local n=$1 url="http://127.0.0.1:${NODE_PORTS[$1]}/actuator/health/readiness" deadline=$((SECONDS + WAIT)) next=$((SECONDS + 60))
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if ! kill -0 "$(cat "$RUN/node$n.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
            echo "node$n stopped while starting; the end of $RUN/node$n.log:" >&2
            tail -20 "$RUN/node$n.log" >&2
            return 1
        fi
        [ $SECONDS -lt $deadline ] || { echo "node$n was not ready within $WAIT s (TA_NODES_WAIT); see $RUN/node$n.log" >&2; return 1; }
        if [ $SECONDS -ge $next ]; then
            log "node$n still starting ($((SECONDS - deadline + WAIT)) s): $(grep -v '^\s' "$RUN/node$n.log" | tail -1 | cut -c1-140)"
            next=$((SECONDS + 60))
        fi
        sleep 2
    done
    log "node$n ready"
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
        prerequisites
        db_start
        mail_start
        node_start 1
        if [ "${TA_NODES_TOGETHER:-0}" = 1 ]; then
            node_start 2 # at the same moment: migrations, start-up imports and the routing graph must all cope
            wait_ready 1
        else
            # node1 migrates, imports and builds the routing graph; node2 then loads that graph from the shared
            # folder instead of building its own on the same cores.
            wait_ready 1
            node_start 2
        fi
        wait_ready 2
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
        wait_ready "$2" ;;
    restart-db)
        db_stop; log "PostgreSQL stopped for ${2:-20} s"
        sleep "${2:-20}"
        db_start ;;
    mail-down) stop_pid "$RUN/mail.pid"; log "mail sink stopped" ;;
    mail-up) mail_start ;;
    jobs) jobs_report ;;
    check)
        # What no fault may leave half-written, counted in the shared database: every line should say 0.
        psql_admin -d travelassist -F ': ' <<'SQL'
select 'applications sent without a reference or a sending time', count(*) from application where status <> 'DRAFT' and (reference is null or submitted_at is null);
select 'applications without their child', count(*) from application a where not exists (select 1 from child c where c.id = a.child_id);
select 'applications sent without a timeline entry', count(*) from application a where a.status <> 'DRAFT' and not exists (select 1 from application_event e where e.application_id = a.id);
select 'children with more than one application sent', count(*) from (select child_id from application where status <> 'DRAFT' group by child_id having count(*) > 1) twice;
select 'payment runs whose lines do not add up to the run', count(*) from payment_run r where r.status <> 'DISCARDED' and (r.payment_count <> (select count(*) from payment_instruction i where i.run_id = r.id) or r.total_pence <> (select coalesce(sum(i.amount_pence), 0) from payment_instruction i where i.run_id = r.id));
select 'payments due twice (two live instructions for one source)', count(*) from (select source_kind, source_id from payment_instruction where status not in ('FAILED', 'REISSUED', 'CANCELLED') group by source_kind, source_id having count(*) > 1) twice;
select 'sources paid twice', count(*) from (select source_kind, source_id from payment_instruction where status = 'PAID' group by source_kind, source_id having count(*) > 1) twice;
select 'ledger entries that do not balance', count(*) from (select entry_id from ledger_line group by entry_id having sum(amount_pence) <> 0) unbalanced;
select 'event publications not completed', count(*) from event_publication where completion_date is null;
SQL
        psql_admin -d travelassist -F ': ' -c "select 'applications sent', count(*) from application where status <> 'DRAFT'" \
            -c "select 'payment instructions', count(*) from payment_instruction" -c "select 'payment runs', count(*) from payment_run" ;;
    statuses)
        # Every answer each node gave (Tomcat's access log, status in field 9), by status; then the 5xx by minute and
        # path, so that a drill's "only 503 while it was down" can be read off.
        for n in 1 2; do
            f="$RUN/node$n-access.log"
            [ -f "$f" ] || continue
            printf 'node%s: %s\n' "$n" "$(awk '{ c[$9]++ } END { for (s in c) printf "%s %s, ", s, c[s] }' "$f")"
        done
        cat "$RUN"/node*-access.log 2>/dev/null | awk '$9 ~ /^5/ { split($4, t, ":"); sub(/\?.*/, "", $7); print t[2] ":" t[3], $9, $7 }' \
            | sort | uniq -c ;;
    drill)
        if [ "${2:-}" = money ]; then
            # MoneyDrillSimulation: a third node of the harness's own does finance's work on these nodes' database and is
            # killed part-way; another finishes. The nodes need TA_NODES_FAST_JOBS=1 (the instalments job every 20 s).
            (cd "$ROOT" && ./mvnw -B -ntp ${TA_NODES_OFFLINE:+-o} verify -Pload -Dload.simulation=MoneyDrillSimulation \
                -Dload.base-url="http://127.0.0.1:$LB_PORT" -Dload.nodes-dir="$RUN" -Dload.nodes-pg-port="$PG_PORT" ${TA_NODES_DRILL_OPTS:-})
            exit
        fi
        # The harness (src/load/java, TwoNodesSimulation) against these nodes through HAProxy; it seeds its families
        # with a short-lived portal of its own on the same database, then applies the fault.
        (cd "$ROOT" && ./mvnw -B -ntp ${TA_NODES_OFFLINE:+-o} verify -Pload -Dload.simulation=TwoNodesSimulation \
            -Dload.fault="${2:?stop-node, restart-db or none}" -Dload.base-url="http://127.0.0.1:$LB_PORT" \
            -Dload.nodes-dir="$RUN" -Dload.nodes-pg-port="$PG_PORT" -Dload.nodes-script="$HERE/run.sh" ${TA_NODES_DRILL_OPTS:-}) ;;
    stop)
        stop_pid "$RUN/haproxy.pid"
        stop_pid "$RUN/node1.pid"; stop_pid "$RUN/node2.pid"
        stop_pid "$RUN/mail.pid"
        sleep 3
        db_stop
        log "stopped" ;;
    *) sed -n '2,24p' "$0"; exit 2 ;;
esac
