-- Walk reminders: the times a patient asked to be reminded by email to walk, each sent at most once a day (the day
-- it was last sent is set by a conditional update, so one node sends it).
CREATE SEQUENCE walk_reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE walk_reminder (
    id           BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    at_minute    INTEGER NOT NULL,
    last_sent_on DATE,
    CONSTRAINT ck_walk_reminder_minute CHECK (at_minute BETWEEN 0 AND 1439),
    CONSTRAINT pk_walk_reminder PRIMARY KEY (id),
    CONSTRAINT uq_walk_reminder UNIQUE (account_id, at_minute),
    CONSTRAINT fk_walk_reminder_account FOREIGN KEY (account_id) REFERENCES account (id)
);
-- The time of day as minutes since midnight (the clinic's): compared as a number the same way on H2 and PostgreSQL.
CREATE INDEX ix_walk_reminder_minute ON walk_reminder (at_minute);

-- An email a person may stop with one click (RFC 8058) carries the address that stops it.
ALTER TABLE outbox_message ADD COLUMN unsubscribe_url VARCHAR(500);

-- Secrets the portal makes for itself on first start, the same on every node: the key that signs unsubscribe links.
CREATE TABLE portal_secret (
    name  VARCHAR(50)  NOT NULL,
    secret VARCHAR(100) NOT NULL,
    CONSTRAINT pk_portal_secret PRIMARY KEY (name)
);
