-- "Forgot your password?": a single-use link, valid 30 minutes, sent by email. Only the SHA-256 of its token is
-- stored, so a copy of the table resets no password.
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE password_reset (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);
-- How many links an account was sent lately (at most three an hour).
CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);
