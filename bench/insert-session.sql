-- pgbench: the same INSERT the API's "record a session" makes, for one of 32 patients.
\set patient random(1100001, 1100032)
\set minutes random(10, 29)
INSERT INTO session_log (id, patient_id, exercise_id, activity, performed_at, local_day, minutes, steps, pain_before,
                         pain_after, effort, note, red_flags, recorded_at, updated_at, deleted_at, deleted_by,
                         idempotency_key, fingerprint, version)
VALUES (nextval('bench_seq'), :patient, 1, NULL, CURRENT_TIMESTAMP - INTERVAL '1 minute', CURRENT_DATE, :minutes, NULL,
        4, 3, NULL, NULL, NULL, CURRENT_TIMESTAMP, NULL, NULL, NULL, 'pgbench-' || currval('bench_seq'),
        '1|null|now|' || :minutes || '|null|4|3|null|null|[]', 1);
