-- Warning signs handled end to end: reported on their own (no session), reviewed with an outcome and a note,
-- and a phone number on accounts so that a clinician can call the patient who reported one.

ALTER TABLE account ADD COLUMN phone VARCHAR(40);

ALTER TABLE red_flag_alert ALTER COLUMN session_log_id DROP NOT NULL;
ALTER TABLE red_flag_alert ADD COLUMN review_outcome VARCHAR(30);
ALTER TABLE red_flag_alert ADD COLUMN review_note VARCHAR(1000);
ALTER TABLE red_flag_alert ADD CONSTRAINT ck_red_flag_alert_outcome CHECK (review_outcome IS NULL OR review_outcome IN
    ('CALLED_PATIENT', 'SENT_TO_EMERGENCY', 'ADVISED_GP', 'BOOKED_APPOINTMENT', 'NO_ACTION_NEEDED'));
-- The open ones, oldest first: the overdue list and each clinician's queue.
CREATE INDEX ix_red_flag_alert_open ON red_flag_alert (acknowledged_at, raised_at);

-- The checklist now follows the NHS leaflets: "fever or weight loss" became two signs, "fever or feeling unwell"
-- and "unexplained weight loss". What was reported keeps its meaning by naming both.
UPDATE session_log SET red_flags = REPLACE(red_flags, 'FEVER_OR_WEIGHT_LOSS', 'FEVER_OR_UNWELL,WEIGHT_LOSS')
 WHERE red_flags LIKE '%FEVER_OR_WEIGHT_LOSS%';
UPDATE red_flag_alert SET red_flags = REPLACE(red_flags, 'FEVER_OR_WEIGHT_LOSS', 'FEVER_OR_UNWELL,WEIGHT_LOSS')
 WHERE red_flags LIKE '%FEVER_OR_WEIGHT_LOSS%';
