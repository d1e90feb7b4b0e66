-- The administrators' audit trail: who did what, to which account, when. Rows are only ever inserted; there is no
-- foreign key to account, so that an attempt on a username that does not exist is kept as typed.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id          BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(50),
    action      VARCHAR(40)              NOT NULL,
    subject_id  BIGINT,
    subject     VARCHAR(50),
    detail      VARCHAR(500),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
-- The trail is read newest first, as a whole or for one person (as the one who acted, or the one acted on).
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at);
