-- The clinician's unread badge, on every page they open, counts the unread messages from their patients. It read
-- every one of their patients' threads (an index probe per patient: 1,000 for a clinician of 1,000); over this index
-- it starts from the unread messages from patients, a few in the whole clinic, and checks each is one of theirs.
CREATE INDEX ix_care_message_unread_all ON care_message (read_at, from_patient, patient_id);
