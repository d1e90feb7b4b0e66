-- What patients did, the red-flag alerts it raised for their clinicians, and API tokens.

-- Session logs are written at API rates: ids come in blocks of 1000 (the entity's allocationSize), so the JPA
-- provider rarely needs the sequence; with blocks of 50 its sequence lock was the bottleneck under load.
CREATE SEQUENCE session_log_seq START WITH 1000 INCREMENT BY 1000;
CREATE TABLE session_log (
    id              BIGINT                   NOT NULL,
    patient_id      BIGINT                   NOT NULL,
    exercise_id     BIGINT,
    activity        VARCHAR(100),
    performed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    local_day       DATE                     NOT NULL,
    minutes         INTEGER                  NOT NULL,
    steps           INTEGER,
    pain_before     INTEGER,
    pain_after      INTEGER,
    effort          INTEGER,
    note            VARCHAR(1000),
    red_flags       VARCHAR(200),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    deleted_by      BIGINT,
    idempotency_key VARCHAR(100),
    fingerprint     VARCHAR(2000),
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_session_log PRIMARY KEY (id),
    CONSTRAINT fk_session_log_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_session_log_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT fk_session_log_deleted_by FOREIGN KEY (deleted_by) REFERENCES account (id),
    CONSTRAINT uq_session_log_idempotency UNIQUE (patient_id, idempotency_key),
    CONSTRAINT ck_session_log_minutes CHECK (minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_session_log_pain CHECK ((pain_before IS NULL OR pain_before BETWEEN 0 AND 10)
        AND (pain_after IS NULL OR pain_after BETWEEN 0 AND 10)),
    CONSTRAINT ck_session_log_what CHECK (exercise_id IS NOT NULL OR activity IS NOT NULL)
);
-- Daily sums and adherence read (patient, day) ranges; the covering columns let them skip the table.
CREATE INDEX ix_session_log_patient_day ON session_log (patient_id, local_day, exercise_id, minutes);

CREATE SEQUENCE red_flag_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE red_flag_alert (
    id              BIGINT                   NOT NULL,
    patient_id      BIGINT                   NOT NULL,
    session_log_id  BIGINT                   NOT NULL,
    red_flags       VARCHAR(200)             NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by BIGINT,
    CONSTRAINT pk_red_flag_alert PRIMARY KEY (id),
    CONSTRAINT fk_red_flag_alert_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_red_flag_alert_session FOREIGN KEY (session_log_id) REFERENCES session_log (id),
    CONSTRAINT fk_red_flag_alert_acknowledged_by FOREIGN KEY (acknowledged_by) REFERENCES account (id)
);
CREATE INDEX ix_red_flag_alert_patient ON red_flag_alert (patient_id, acknowledged_at);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
