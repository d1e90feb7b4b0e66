-- The outbox: each email the portal sends, written in the transaction of the event that causes it, then claimed,
-- sent and marked by a sender on any node. A claim is a token and a time it holds until, so that a message is
-- sent by one sender at a time and taken over if that sender died.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id              BIGINT                   NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    recipient_id    BIGINT,
    recipient       VARCHAR(254)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claim           VARCHAR(36),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
-- The senders look for what is due; administrators page through it by status, newest first.
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_claim ON outbox_message (claim);
CREATE INDEX ix_outbox_message_created ON outbox_message (status, created_at, id);
