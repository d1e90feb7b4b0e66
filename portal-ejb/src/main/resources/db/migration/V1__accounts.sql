-- Accounts: who signs in, with which role, and the state of their sign-in (lock-out, temporary password).
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL; see STACK.md before changing types.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                       BIGINT                   NOT NULL,
    username                 VARCHAR(50)              NOT NULL,
    display_name             VARCHAR(100)             NOT NULL,
    email                    VARCHAR(254)             NOT NULL,
    role                     VARCHAR(20)              NOT NULL,
    password_hash            VARCHAR(255)             NOT NULL,
    password_change_required BOOLEAN                  NOT NULL,
    enabled                  BOOLEAN                  NOT NULL,
    failed_sign_ins          INTEGER                  NOT NULL,
    locked_until             TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at          TIMESTAMP WITH TIME ZONE,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'CLINICIAN', 'PATIENT'))
);

CREATE INDEX ix_account_role_enabled ON account (role, enabled);
