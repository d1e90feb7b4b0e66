-- A clinic at the size of a real one, for the page benchmark (bench/pages.sh) and for looking at the portal with a
-- year of data. Run with psql after the portal has migrated the schema:
--   psql -v patients=1000 -v clinicians=10 -v days=365 -v password_hash="'<PBKDF2 hash>'" -f bench/clinic.sql
-- Default sizes: 1,000 patients, 10 clinicians (each with every tenth patient), a year. Every account signs in with
-- the password whose hash is given. Ids start at 3,000,000 to stay clear of the portal's own and of bench/seed.sql.
--
-- Each patient has a programme from `days` ago with two revisions: walking 10 minutes twice a day and the knee-to-chest
-- stretch (2 sets a day) for the first half, then walking 20 minutes twice a day, the stretch and yoga twice a week.
-- Sessions: each prescribed walk on about 65% of days (so some are missed), an extra walk on about 5%, the stretch on
-- about 35%, yoga on a fifth of the days in the second half, about 1.8 a day in all (about 660,000 for the defaults), pain before and after easing over the year with noise; a warning sign for one patient in fifty in the
-- last week (half of them reviewed); a message each way every two months; the week's pain every four weeks.
\set ON_ERROR_STOP on

INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version)
SELECT 3000000 + n, 'scale-clinician-' || n, 'Scale Clinician ' || n, 'scale-clinician-' || n || '@example.org',
       'CLINICIAN', :password_hash, FALSE, TRUE, 0, CURRENT_TIMESTAMP - (:days || ' days')::interval, 1
FROM generate_series(1, :clinicians) AS n;

INSERT INTO account (id, username, display_name, email, role, password_hash, password_change_required, enabled,
                     failed_sign_ins, created_at, version, phone)
SELECT 3100000 + n, 'scale-patient-' || n, 'Scale Patient ' || n, 'scale-patient-' || n || '@example.org',
       'PATIENT', :password_hash, FALSE, TRUE, 0, CURRENT_TIMESTAMP - (:days || ' days')::interval, 1,
       '+44 20 7946 ' || lpad((n % 10000)::text, 4, '0')
FROM generate_series(1, :patients) AS n;

INSERT INTO care_team (patient_id, clinician_id)
SELECT 3100000 + n, 3000000 + 1 + (n % :clinicians) FROM generate_series(1, :patients) AS n;

-- Two plans per patient: the first half of the year (plan 31…) and the second (plan 32…).
INSERT INTO plan (id) SELECT 3100000 + n FROM generate_series(1, :patients) AS n
UNION ALL SELECT 3200000 + n FROM generate_series(1, :patients) AS n;
INSERT INTO plan_phase (id, plan_id, position, name, length_days, offset_days)
SELECT id, id, 0, CASE WHEN id < 3200000 THEN 'First weeks' ELSE 'Staying active' END, NULL, 0 FROM plan
WHERE id > 3100000 AND id < 3300000;
INSERT INTO prescription (id, phase_id, position, exercise_id, frequency, per_count, minutes, sets, repetitions,
                          hold_seconds, caution_confirmed)
SELECT 3100000 + n, 3100000 + n, 0, 1, 'PER_DAY', 2, 10, NULL, NULL, NULL, FALSE FROM generate_series(1, :patients) n
UNION ALL
SELECT 3300000 + n, 3100000 + n, 1, 2, 'PER_DAY', 1, NULL, 2, 5, 20, FALSE FROM generate_series(1, :patients) n
UNION ALL
SELECT 3200000 + n, 3200000 + n, 0, 1, 'PER_DAY', 2, 20, NULL, NULL, NULL, FALSE FROM generate_series(1, :patients) n
UNION ALL
SELECT 3400000 + n, 3200000 + n, 1, 2, 'PER_DAY', 1, NULL, 2, 5, 20, FALSE FROM generate_series(1, :patients) n
UNION ALL
SELECT 3500000 + n, 3200000 + n, 2, 9, 'PER_WEEK', 2, 30, NULL, NULL, NULL, FALSE FROM generate_series(1, :patients) n;

INSERT INTO programme (id, patient_id, clinician_id, start_date, ends_on, note, created_at, version)
SELECT 3100000 + n, 3100000 + n, 3000000 + 1 + (n % :clinicians), CURRENT_DATE - :days, NULL,
       'Keep moving: walk twice a day, stretch, and tell us if the pain rises.',
       CURRENT_TIMESTAMP - (:days || ' days')::interval, 2
FROM generate_series(1, :patients) AS n;
INSERT INTO programme_revision (id, programme_id, number, plan_id, effective_from, effective_until, author_id, created_at)
SELECT 3100000 + n, 3100000 + n, 1, 3100000 + n, CURRENT_DATE - :days, CURRENT_DATE - :days / 2,
       3000000 + 1 + (n % :clinicians), CURRENT_TIMESTAMP - (:days || ' days')::interval
FROM generate_series(1, :patients) AS n
UNION ALL
SELECT 3200000 + n, 3100000 + n, 2, 3200000 + n, CURRENT_DATE - :days / 2, NULL,
       3000000 + 1 + (n % :clinicians), CURRENT_TIMESTAMP - (:days / 2 || ' days')::interval
FROM generate_series(1, :patients) AS n;

-- Sessions, slot by slot: 1 and 2 the prescribed walks, 3 an extra walk, 4 the stretch, 5 yoga (second half only).
-- A cheap hash of (patient, day, slot) decides who did what, so the clinic is the same at every run.
CREATE TEMPORARY SEQUENCE scale_session START WITH 10000000;
INSERT INTO session_log (id, patient_id, exercise_id, performed_at, local_day, minutes, sets, steps, pain_before,
                         pain_after, recorded_at, version)
SELECT nextval('scale_session'), 3100000 + p, CASE s WHEN 4 THEN 2 WHEN 5 THEN 9 ELSE 1 END,
       (CURRENT_DATE - d) + TIME '07:30' + s * INTERVAL '3 hours', CURRENT_DATE - d,
       CASE s WHEN 4 THEN NULL WHEN 5 THEN 30 ELSE (CASE WHEN d > :days / 2 THEN 10 ELSE 20 END) + h % 7 - 2 END,
       CASE s WHEN 4 THEN 2 ELSE NULL END,
       CASE WHEN s <= 3 AND h % 3 = 0 THEN 900 + h % 1800 ELSE NULL END,
       LEAST(10, GREATEST(0, 2 + (d * 5) / :days + h % 4)),
       LEAST(10, GREATEST(0, 1 + (d * 5) / :days + h % 5 - 1)),
       (CURRENT_DATE - d) + TIME '07:31' + s * INTERVAL '3 hours', 1
FROM generate_series(1, :patients) AS p,
     generate_series(1, :days) AS d,
     generate_series(1, 5) AS s,
     LATERAL (SELECT abs(hashtext(p || ':' || d || ':' || s)) % 100 AS h) AS r
WHERE CASE s WHEN 1 THEN h < 65 WHEN 2 THEN h < 65 WHEN 3 THEN h < 5 WHEN 4 THEN h < 35
             ELSE d < :days / 2 AND h < 20 END;

-- Warning signs in the last week for one patient in fifty, half reviewed.
INSERT INTO red_flag_alert (id, patient_id, session_log_id, red_flags, raised_at, acknowledged_at, acknowledged_by,
                            review_outcome, review_note)
SELECT 3100000 + n, 3100000 + n, NULL, 'NIGHT_PAIN', CURRENT_TIMESTAMP - (n % 7 || ' days')::interval,
       CASE WHEN n % 100 = 0 THEN CURRENT_TIMESTAMP - (n % 7 || ' days')::interval + INTERVAL '2 hours' END,
       CASE WHEN n % 100 = 0 THEN 3000000 + 1 + (n % :clinicians) END,
       CASE WHEN n % 100 = 0 THEN 'CALLED_PATIENT' END,
       CASE WHEN n % 100 = 0 THEN 'Called; the pain eased with rest. Seen on Monday.' END
FROM generate_series(1, :patients) AS n WHERE n % 50 = 0;

-- A message from the patient and an answer from their clinician every two months, all read.
INSERT INTO care_message (id, patient_id, author_id, from_patient, body, sent_at, read_at, read_by_id)
SELECT 3100000 + n * 20 + m * 2 + w, 3100000 + n,
       CASE w WHEN 0 THEN 3100000 + n ELSE 3000000 + 1 + (n % :clinicians) END, w = 0,
       CASE w WHEN 0 THEN 'Is it fine to walk when my back is stiff in the morning?'
              ELSE 'Yes: start slowly and the stiffness usually eases as you go.' END,
       CURRENT_TIMESTAMP - ((m * 60 + 1 - w) || ' days')::interval,
       CURRENT_TIMESTAMP - ((m * 60 - w) || ' days')::interval,
       CASE w WHEN 0 THEN 3000000 + 1 + (n % :clinicians) ELSE 3100000 + n END
FROM generate_series(1, :patients) AS n, generate_series(0, :days / 60 - 1) AS m, generate_series(0, 1) AS w;

-- The week's pain every four weeks, easing over the year.
INSERT INTO outcome_schedule (id, patient_id, questionnaire, first_due, every_weeks, set_by_id, set_at, version)
SELECT 3100000 + n, 3100000 + n, 'PAIN', CURRENT_DATE - :days, 4, 3000000 + 1 + (n % :clinicians),
       CURRENT_TIMESTAMP - (:days || ' days')::interval, 1
FROM generate_series(1, :patients) AS n;
INSERT INTO outcome_response (id, patient_id, questionnaire, answered_on, answered_at, score, subscore, band)
SELECT 3100000 + n * 20 + k, 3100000 + n, 'PAIN', CURRENT_DATE - :days + k * 28,
       (CURRENT_DATE - :days + k * 28) + TIME '09:00', GREATEST(1, 7 - k / 3 - n % 2), 8 - k / 4, NULL
FROM generate_series(1, :patients) AS n, generate_series(0, :days / 28 - 1) AS k;
INSERT INTO outcome_answer (response_id, answer_order, item, number_value, text_value)
SELECT r.id, 0, 'average', r.score::int, NULL FROM outcome_response r WHERE r.id >= 3100000
UNION ALL
SELECT r.id, 1, 'worst', LEAST(10, r.subscore), NULL FROM outcome_response r WHERE r.id >= 3100000;

ANALYZE account, care_team, plan, plan_phase, prescription, programme, programme_revision, session_log,
        red_flag_alert, care_message, outcome_schedule, outcome_response, outcome_answer;
SELECT (SELECT count(*) FROM account WHERE id >= 3000000 AND id < 3200000) AS accounts,
       (SELECT count(*) FROM session_log WHERE id >= 10000000) AS sessions,
       (SELECT count(*) FROM red_flag_alert WHERE id >= 3100000) AS warning_signs,
       (SELECT count(*) FROM care_message WHERE id >= 3100000) AS messages,
       (SELECT count(*) FROM outcome_response WHERE id >= 3100000) AS questionnaires;
