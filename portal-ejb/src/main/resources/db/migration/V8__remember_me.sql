-- "Keep me signed in on this device": one row per device, found by its selector; only a hash of the secret is kept.
CREATE SEQUENCE remember_me_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE remember_me_token (
    id             BIGINT                   NOT NULL,
    account_id     BIGINT                   NOT NULL,
    selector       VARCHAR(32)              NOT NULL,
    validator_hash VARCHAR(64)              NOT NULL,
    previous_validator_hash VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_remember_me_token PRIMARY KEY (id),
    CONSTRAINT uq_remember_me_token_selector UNIQUE (selector),
    CONSTRAINT fk_remember_me_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_remember_me_token_account ON remember_me_token (account_id);
