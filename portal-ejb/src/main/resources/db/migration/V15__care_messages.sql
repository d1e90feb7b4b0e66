-- Messages between a patient and their care team: one conversation per patient, kept as written (never edited or
-- deleted by a user). A message is read once by the other side: the patient, or the first clinician who opens it.
CREATE SEQUENCE care_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE care_message (
    id           BIGINT                   NOT NULL,
    patient_id   BIGINT                   NOT NULL,
    author_id    BIGINT                   NOT NULL,
    from_patient BOOLEAN                  NOT NULL,
    body         VARCHAR(2000)            NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    read_by_id   BIGINT,
    CONSTRAINT pk_care_message PRIMARY KEY (id),
    CONSTRAINT fk_care_message_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_care_message_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_care_message_reader FOREIGN KEY (read_by_id) REFERENCES account (id)
);
-- A conversation, newest first, a page at a time; and the unread count of each side of it.
CREATE INDEX ix_care_message_thread ON care_message (patient_id, sent_at, id);
CREATE INDEX ix_care_message_unread ON care_message (patient_id, from_patient, read_at);

-- What each person wants by email besides what they cannot do without (warning signs, password links): notice of a
-- new message (on unless turned off), a patient's weekly summary, a clinician's morning list of patients to look at
-- (both off unless asked for), and quiet hours in the clinic's time during which those wait (minutes since midnight;
-- none when null).
ALTER TABLE account ADD COLUMN email_on_message BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE account ADD COLUMN email_weekly_summary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN email_morning_digest BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN quiet_from_minute INTEGER;
ALTER TABLE account ADD COLUMN quiet_until_minute INTEGER;
ALTER TABLE account ADD CONSTRAINT ck_account_quiet CHECK ((quiet_from_minute IS NULL AND quiet_until_minute IS NULL)
    OR (quiet_from_minute BETWEEN 0 AND 1439 AND quiet_until_minute BETWEEN 0 AND 1439
        AND quiet_from_minute <> quiet_until_minute));
-- The last weekly summary and morning digest sent to each account: marked by a conditional update, so one node sends each.
ALTER TABLE account ADD COLUMN weekly_summary_sent_on DATE;
ALTER TABLE account ADD COLUMN morning_digest_sent_on DATE;
