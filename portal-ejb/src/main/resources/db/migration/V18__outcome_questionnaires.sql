-- Outcome questionnaires (STarT Back, PSFS, the week's pain): when each patient is asked which, and what they
-- answered, scored as they answered (the score and risk group are columns, for the clinician's lists and the review
-- flags). A patient has at most one schedule per questionnaire.
CREATE SEQUENCE outcome_schedule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_schedule (
    id            BIGINT                   NOT NULL,
    patient_id    BIGINT                   NOT NULL,
    questionnaire VARCHAR(20)              NOT NULL,
    first_due     DATE                     NOT NULL,
    every_weeks   INTEGER,
    set_by_id     BIGINT                   NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_outcome_schedule PRIMARY KEY (id),
    CONSTRAINT uq_outcome_schedule UNIQUE (patient_id, questionnaire),
    CONSTRAINT fk_outcome_schedule_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_outcome_schedule_set_by FOREIGN KEY (set_by_id) REFERENCES account (id),
    CONSTRAINT ck_outcome_schedule_every CHECK (every_weeks IS NULL OR every_weeks IN (2, 4))
);

CREATE SEQUENCE outcome_response_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_response (
    id            BIGINT                   NOT NULL,
    patient_id    BIGINT                   NOT NULL,
    questionnaire VARCHAR(20)              NOT NULL,
    answered_on   DATE                     NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    score         DOUBLE PRECISION         NOT NULL,
    subscore      INTEGER,
    band          VARCHAR(20),
    CONSTRAINT pk_outcome_response PRIMARY KEY (id),
    CONSTRAINT fk_outcome_response_patient FOREIGN KEY (patient_id) REFERENCES account (id)
);
-- A patient's scores over time per questionnaire, and the first and latest of each (the review flag's query).
CREATE INDEX ix_outcome_response_patient ON outcome_response (patient_id, questionnaire, answered_at);

CREATE TABLE outcome_answer (
    response_id  BIGINT      NOT NULL,
    answer_order INTEGER     NOT NULL,
    item         VARCHAR(20) NOT NULL,
    number_value INTEGER,
    text_value   VARCHAR(80),
    CONSTRAINT pk_outcome_answer PRIMARY KEY (response_id, answer_order),
    CONSTRAINT fk_outcome_answer_response FOREIGN KEY (response_id) REFERENCES outcome_response (id)
);
