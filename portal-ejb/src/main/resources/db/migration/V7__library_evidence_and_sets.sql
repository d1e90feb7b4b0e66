-- The exercise library checked against current evidence (sources in docs/domain.md), and sessions of exercises
-- dosed in sets recorded as sets done, with minutes optional for them.

ALTER TABLE session_log ADD COLUMN sets INTEGER;
ALTER TABLE session_log ALTER COLUMN minutes DROP NOT NULL;
ALTER TABLE session_log DROP CONSTRAINT ck_session_log_minutes;
ALTER TABLE session_log ADD CONSTRAINT ck_session_log_minutes CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600);
ALTER TABLE session_log ADD CONSTRAINT ck_session_log_sets CHECK (sets IS NULL OR sets BETWEEN 1 AND 20);
ALTER TABLE session_log ADD CONSTRAINT ck_session_log_amount CHECK (minutes IS NOT NULL OR sets IS NOT NULL);

-- Lifting: no posture rule ("bend your knees, keep your back straight"); a flexed back while lifting is not a risk
-- factor for back pain (Saraceni et al., JOSPT 2020). Cautions apply while the back is acutely painful.
UPDATE exercise SET
    instructions = 'When your clinician agrees: start with light weights that feel easy, and add weight a little at a time over several weeks. Lift in the way that feels comfortable and natural to you: there is no single safe way to bend, and a rounded back is not dangerous. Keep the weight close to your body, breathe normally, and ease off if pain builds up during or after a session.',
    caution_reason = 'While your back is acutely painful, avoid heavy weight lifting. When to start again, and how, is something to agree with your clinician.',
    version = version + 1
 WHERE id = 16;
UPDATE exercise SET
    caution_reason = 'While your back is acutely painful, avoid vigorous tennis: it is linked to more back injuries. When to play again is something to agree with your clinician.',
    version = version + 1
 WHERE id = 14;
UPDATE exercise SET
    caution_reason = 'While your back is acutely painful, avoid golf: the twisting swing is linked to more back injuries. When to play again is something to agree with your clinician.',
    version = version + 1
 WHERE id = 15;

-- Strengthening, as back-pain guidance recommends exercise programmes to include (NICE NG59 1.2.1).
INSERT INTO exercise (id, name, kind, instructions, media_url, default_frequency, default_count, default_minutes,
                      default_sets, default_repetitions, default_hold_seconds, caution, caution_reason, archived, version)
VALUES
(17, 'Bridging', 'STRENGTHENING',
 'Lie on your back with your knees bent and your feet flat on the floor, hip-width apart. Tighten your bottom muscles and slowly lift your hips until your body makes a straight line from your shoulders to your knees. Hold for a few seconds, then lower slowly. Keep breathing throughout.',
 NULL, 'PER_WEEK', 3, NULL, 2, 10, 5, FALSE, NULL, FALSE, 1),
(18, 'Bird-dog', 'STRENGTHENING',
 'Kneel on all fours, hands under your shoulders and knees under your hips. Slowly reach one arm forward and the opposite leg back until they are level with your body, without letting your back sag or twist. Hold, come back, then change sides. Start with just an arm or just a leg if this is hard.',
 NULL, 'PER_WEEK', 3, NULL, 2, 8, 5, FALSE, NULL, FALSE, 1),
(19, 'Side-lying leg raise', 'STRENGTHENING',
 'Lie on your side with your legs straight, your head resting on your lower arm. Slowly lift your top leg up to about hip height, keeping your toes pointing forwards, then lower it slowly. Do all the repetitions, then turn over and do the other leg.',
 NULL, 'PER_WEEK', 3, NULL, 2, 10, NULL, FALSE, NULL, FALSE, 1),
(20, 'Partial curl', 'STRENGTHENING',
 'Lie on your back with your knees bent and your feet flat. Cross your arms over your chest. Tighten your stomach muscles and slowly lift your head and shoulders a little way off the floor, keeping your neck relaxed. Hold for a moment, then lower slowly. Do not pull on your neck.',
 NULL, 'PER_WEEK', 3, NULL, 2, 8, 3, FALSE, NULL, FALSE, 1);
