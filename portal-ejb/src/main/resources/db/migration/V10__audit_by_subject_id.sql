-- A patient reads who at the clinic looked at or changed their record: the lines about their account, newest first,
-- a page at a time. Kept by id (a username as typed on a failed sign-in has no id), in the order the page reads them.
CREATE INDEX ix_audit_event_subject_id ON audit_event (subject_id, occurred_at, id);
