#!/usr/bin/env bash
# The audit trail's queries on a year of a busy clinic, on PostgreSQL: builds a scratch database from the portal's
# own migrations, fills the trail (ROWS lines over 365 days: 1,000 patients signing in, 10 clinicians opening their
# records, the odd change), and times each query the pages and the export run, as EclipseLink sends them, with
# EXPLAIN ANALYZE (the best of three runs, warm cache). Not a test: figures go to docs/security.md.
#   bash bench/audit-queries.sh            # ROWS=2000000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-2000000}
DB=portal_audit_bench
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_admin -c "CREATE DATABASE $DB"
for migration in $(ls portal-ejb/src/main/resources/db/migration/V*.sql | sort -V); do
    psql_admin -d "$DB" -f "$migration" >/dev/null
done

psql_admin -d "$DB" <<SQL
INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version)
SELECT 1000 + n, 'patient' || n, 'Patient ' || n, 'patient' || n || '@example.org', 'PATIENT', 'x', false, true, 0,
       now() - interval '1 year', 0
FROM generate_series(1, 1000) n;
INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version)
SELECT 10 + n, 'clinician' || n, 'Clinician ' || n, 'clinician' || n || '@example.org', 'CLINICIAN', 'x', false,
       true, 0, now() - interval '1 year', 0
FROM generate_series(1, 10) n;
-- 70% a patient's own sign-in, 20% their clinician opening their record, 10% a change by their clinician.
INSERT INTO audit_event (id, occurred_at, actor, action, subject_id, subject, detail)
SELECT n,
       now() - (random() * interval '365 days'),
       CASE WHEN r < 0.7 THEN 'patient' || p ELSE 'clinician' || (1 + p % 10) END,
       CASE WHEN r < 0.7 THEN 'SIGNED_IN' WHEN r < 0.9 THEN 'PATIENT_RECORD_VIEWED' ELSE 'PROGRAMME_REVISED' END,
       1000 + p, 'patient' || p, CASE WHEN r >= 0.7 AND r < 0.9 THEN 'patient page' END
FROM (SELECT n, 1 + (random() * 999)::int AS p, random() AS r FROM generate_series(1, $ROWS) n) lines;
VACUUM ANALYZE audit_event;
VACUUM ANALYZE account;
SQL

time_query() {
    local name=$1 sql=$2 best=""
    for _ in 1 2 3; do
        ms=$(psql_admin -d "$DB" -c "EXPLAIN (ANALYZE, FORMAT JSON) $sql" | python3 -c \
            'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')
        best=$(python3 -c "print(min(float('$ms'), float('${best:-1e9}')))")
    done
    printf '%-58s %8.2f ms\n' "$name" "$best"
}

echo "audit_event: $(psql_admin -d "$DB" -c 'SELECT count(*) FROM audit_event') lines; PostgreSQL $(psql_admin -d "$DB" -c 'SHOW server_version')"
ME="(SELECT a.id FROM account a WHERE a.username = 'patient500')"
time_query "patient: who looked, first page (20)" \
    "SELECT * FROM audit_event e WHERE e.subject_id = $ME AND (e.actor IS NULL OR e.actor <> 'patient500') ORDER BY e.occurred_at DESC, e.id DESC LIMIT 20"
time_query "patient: who looked, count" \
    "SELECT count(*) FROM audit_event e WHERE e.subject_id = $ME AND (e.actor IS NULL OR e.actor <> 'patient500')"
time_query "patient: who looked, page 10 (offset 180)" \
    "SELECT * FROM audit_event e WHERE e.subject_id = $ME AND (e.actor IS NULL OR e.actor <> 'patient500') ORDER BY e.occurred_at DESC, e.id DESC LIMIT 20 OFFSET 180"
time_query "admin: whole trail, first page (50)" \
    "SELECT * FROM audit_event e ORDER BY e.occurred_at DESC, e.id DESC LIMIT 50"
time_query "admin: whole trail, count" \
    "SELECT count(*) FROM audit_event e"
time_query "admin: one username (actor or subject), first page" \
    "SELECT * FROM audit_event e WHERE (e.actor = 'clinician3' OR e.subject = 'clinician3') ORDER BY e.occurred_at DESC, e.id DESC LIMIT 50"
time_query "admin: one username, count" \
    "SELECT count(*) FROM audit_event e WHERE (e.actor = 'patient500' OR e.subject = 'patient500')"
time_query "admin: last 30 days (the page's default), count" \
    "SELECT count(*) FROM audit_event e WHERE e.occurred_at >= now() - interval '30 days'"
time_query "admin: one month, count" \
    "SELECT count(*) FROM audit_event e WHERE e.occurred_at >= now() - interval '60 days' AND e.occurred_at < now() - interval '30 days'"
time_query "export: one month, a chunk of 1000 after the first" \
    "SELECT * FROM audit_event e WHERE e.occurred_at >= now() - interval '60 days' AND e.occurred_at < now() - interval '30 days' AND e.occurred_at <= now() - interval '45 days' AND (e.occurred_at < now() - interval '45 days' OR e.id < 1000000) ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1000"
[ -n "${KEEP:-}" ] || psql_admin -c "DROP DATABASE $DB WITH (FORCE)"
