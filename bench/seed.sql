-- A realistic clinic for the benchmark: 10 clinicians, 500 patients, each with a programme (walk 10 minutes
-- twice a day, a stretch) started 90 days ago and about 90 days of history (~80,000 sessions), and one API
-- token per patient (the token is 'bench-token-<n>'; only its SHA-256 is stored, as the portal does).
-- Run after the portal has migrated the schema. Ids start at 1,000,000 to stay clear of the portal's own.

INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version)
SELECT 1000000 + n, 'bench-clinician-' || n, 'Bench Clinician ' || n, 'bench-clinician-' || n || '@example.org',
       'CLINICIAN', 'not-a-usable-hash', FALSE, TRUE, 0, CURRENT_TIMESTAMP, 1
FROM generate_series(1, 10) AS n;

INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version)
SELECT 1100000 + n, 'bench-patient-' || n, 'Bench Patient ' || n, 'bench-patient-' || n || '@example.org',
       'PATIENT', 'not-a-usable-hash', FALSE, TRUE, 0, CURRENT_TIMESTAMP, 1
FROM generate_series(1, 500) AS n;

INSERT INTO care_team (patient_id, clinician_id)
SELECT 1100000 + n, 1000000 + 1 + (n % 10) FROM generate_series(1, 500) AS n;

INSERT INTO plan (id) SELECT 1100000 + n FROM generate_series(1, 500) AS n;
INSERT INTO plan_phase (id, plan_id, position, name, length_days, offset_days)
SELECT 1100000 + n, 1100000 + n, 0, 'First days', NULL, 0 FROM generate_series(1, 500) AS n;
INSERT INTO prescription (id, phase_id, position, exercise_id, frequency, per_count, minutes, sets, repetitions,
                          hold_seconds, caution_confirmed)
SELECT 1100000 + n, 1100000 + n, 0, 1, 'PER_DAY', 2, 10, NULL, NULL, NULL, FALSE FROM generate_series(1, 500) AS n;
INSERT INTO prescription (id, phase_id, position, exercise_id, frequency, per_count, minutes, sets, repetitions,
                          hold_seconds, caution_confirmed)
SELECT 1200000 + n, 1100000 + n, 1, 2, 'PER_DAY', 2, NULL, 1, 5, 20, FALSE FROM generate_series(1, 500) AS n;
INSERT INTO programme (id, patient_id, clinician_id, start_date, ends_on, note, created_at, version)
SELECT 1100000 + n, 1100000 + n, 1000000 + 1 + (n % 10), CURRENT_DATE - 90, NULL, NULL, CURRENT_TIMESTAMP, 1
FROM generate_series(1, 500) AS n;
INSERT INTO programme_revision (id, programme_id, number, plan_id, effective_from, effective_until, author_id, created_at)
SELECT 1100000 + n, 1100000 + n, 1, 1100000 + n, CURRENT_DATE - 90, NULL, 1000000 + 1 + (n % 10), CURRENT_TIMESTAMP
FROM generate_series(1, 500) AS n;

-- History: on about 90% of days, one to three sessions of walking or the stretch.
INSERT INTO session_log (id, patient_id, exercise_id, performed_at, local_day, minutes, pain_before, pain_after,
                         recorded_at, version)
SELECT 2000000 + row_number() OVER (), p, CASE WHEN s = 3 THEN 2 ELSE 1 END,
       (CURRENT_DATE - d) + TIME '08:00' + s * INTERVAL '4 hours', CURRENT_DATE - d,
       CASE WHEN s = 3 THEN 5 ELSE 8 + (p + d) % 8 END, (p + d) % 7, (p + d + 1) % 6, CURRENT_TIMESTAMP, 1
FROM generate_series(1100001, 1100500) AS p,
     generate_series(1, 90) AS d,
     generate_series(1, 3) AS s
WHERE (p * 7 + d * 13 + s * 3) % 10 < 6;

INSERT INTO api_token (id, account_id, token_hash, created_at, expires_at)
SELECT 1100000 + n, 1100000 + n, encode(sha256(('bench-token-' || n)::bytea), 'hex'), CURRENT_TIMESTAMP,
       CURRENT_TIMESTAMP + INTERVAL '30 days'
FROM generate_series(1, 500) AS n;

-- pgbench's own rows get ids from this sequence, far from the portal's.
CREATE SEQUENCE IF NOT EXISTS bench_seq START WITH 900000000;
-- Fresh statistics for the tables just filled (the portal's role may not analyze the system catalogues).
ANALYZE account, care_team, plan, plan_phase, prescription, programme, programme_revision, session_log, api_token;
