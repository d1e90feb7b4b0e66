-- Who treats whom, the exercise library, plans (of templates and programme revisions) and programmes.
-- Seeded ids stay below 1000; sequences start above them.

CREATE TABLE care_team (
    patient_id   BIGINT NOT NULL,
    clinician_id BIGINT NOT NULL,
    CONSTRAINT pk_care_team PRIMARY KEY (patient_id, clinician_id),
    CONSTRAINT fk_care_team_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_care_team_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);
CREATE INDEX ix_care_team_clinician ON care_team (clinician_id, patient_id);

CREATE SEQUENCE exercise_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE exercise (
    id                   BIGINT        NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    instructions         VARCHAR(4000) NOT NULL,
    media_url            VARCHAR(500),
    default_frequency    VARCHAR(10)   NOT NULL,
    default_count        INTEGER       NOT NULL,
    default_minutes      INTEGER,
    default_sets         INTEGER,
    default_repetitions  INTEGER,
    default_hold_seconds INTEGER,
    caution              BOOLEAN       NOT NULL,
    caution_reason       VARCHAR(500),
    archived             BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_exercise PRIMARY KEY (id),
    CONSTRAINT ck_exercise_kind CHECK (kind IN ('WALKING', 'STRETCHING', 'STRENGTHENING', 'AEROBIC', 'AQUATIC', 'MIND_BODY'))
);
CREATE INDEX ix_exercise_kind_name ON exercise (kind, name);

CREATE SEQUENCE plan_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan (
    id BIGINT NOT NULL,
    CONSTRAINT pk_plan PRIMARY KEY (id)
);

CREATE SEQUENCE plan_phase_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_phase (
    id          BIGINT       NOT NULL,
    plan_id     BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    length_days INTEGER,
    offset_days INTEGER      NOT NULL,
    CONSTRAINT pk_plan_phase PRIMARY KEY (id),
    CONSTRAINT fk_plan_phase_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_plan_phase_plan ON plan_phase (plan_id, position);

CREATE SEQUENCE prescription_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE prescription (
    id                BIGINT      NOT NULL,
    phase_id          BIGINT      NOT NULL,
    position          INTEGER     NOT NULL,
    exercise_id       BIGINT      NOT NULL,
    frequency         VARCHAR(10) NOT NULL,
    per_count         INTEGER     NOT NULL,
    minutes           INTEGER,
    sets              INTEGER,
    repetitions       INTEGER,
    hold_seconds      INTEGER,
    caution_confirmed BOOLEAN     NOT NULL,
    CONSTRAINT pk_prescription PRIMARY KEY (id),
    CONSTRAINT fk_prescription_phase FOREIGN KEY (phase_id) REFERENCES plan_phase (id),
    CONSTRAINT fk_prescription_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
);
CREATE INDEX ix_prescription_phase ON prescription (phase_id, position);
CREATE INDEX ix_prescription_exercise ON prescription (exercise_id);

CREATE SEQUENCE programme_template_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE programme_template (
    id          BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    plan_id     BIGINT        NOT NULL,
    archived    BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_programme_template PRIMARY KEY (id),
    CONSTRAINT fk_programme_template_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE SEQUENCE programme_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE programme (
    id           BIGINT                   NOT NULL,
    patient_id   BIGINT                   NOT NULL,
    clinician_id BIGINT                   NOT NULL,
    start_date   DATE                     NOT NULL,
    ends_on      DATE,
    note         VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_programme PRIMARY KEY (id),
    CONSTRAINT fk_programme_patient FOREIGN KEY (patient_id) REFERENCES account (id),
    CONSTRAINT fk_programme_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);
CREATE INDEX ix_programme_patient_start ON programme (patient_id, start_date);

CREATE SEQUENCE programme_revision_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE programme_revision (
    id             BIGINT                   NOT NULL,
    programme_id   BIGINT                   NOT NULL,
    number         INTEGER                  NOT NULL,
    plan_id        BIGINT                   NOT NULL,
    effective_from DATE                     NOT NULL,
    effective_until DATE,
    author_id      BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_programme_revision PRIMARY KEY (id),
    CONSTRAINT uq_programme_revision_number UNIQUE (programme_id, number),
    CONSTRAINT fk_programme_revision_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_programme_revision_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_programme_revision_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_programme_revision_effective ON programme_revision (programme_id, effective_from);
