-- What each patient's review found, so that a clinician's list is sorted by urgency and paged in the database
-- (PatientReview). A row is up to date when it was computed for today and is not pending: each change to the
-- patient's sessions, programme or questionnaires counts one more edit and makes it pending, and a review is stored
-- (no longer pending) only against the edits it was computed from. Anything else is computed again before a list is
-- read, and every few minutes in the background; the two indexes find what is stale without reading every row. Open
-- warning signs are not stored: the list reads them live. Every existing patient starts pending.
CREATE TABLE patient_review (
    patient_id     BIGINT   NOT NULL,
    edits          BIGINT   DEFAULT 0 NOT NULL,
    pending        BOOLEAN  DEFAULT TRUE NOT NULL,
    reviewed_for   DATE,
    flags          INTEGER  DEFAULT 0 NOT NULL,
    CONSTRAINT pk_patient_review PRIMARY KEY (patient_id),
    CONSTRAINT fk_patient_review_patient FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE
);
INSERT INTO patient_review (patient_id) SELECT id FROM account WHERE role = 'PATIENT';
CREATE INDEX ix_patient_review_pending ON patient_review (pending, patient_id);
CREATE INDEX ix_patient_review_day ON patient_review (reviewed_for, patient_id);
-- Each clinician's list reads its page over an index: the patient's urgency and name as the review last stored them
-- are kept on the care team's row too (NULL: not computed yet, so stale), and (clinician, urgency, name, patient) is
-- the list's order, so a page of 25 reads 25 entries of the index whether the clinician has 100 patients or 1,000.
ALTER TABLE care_team ADD COLUMN urgency INTEGER;
ALTER TABLE care_team ADD COLUMN sort_name VARCHAR(100);
CREATE INDEX ix_care_team_list ON care_team (clinician_id, urgency, sort_name, patient_id);
