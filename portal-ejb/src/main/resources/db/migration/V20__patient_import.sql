-- Patients brought in from a CSV file by an administrator. An import keeps every line of its file with what became
-- of it (created, refused with the reasons, or still waiting), so that its progress and its report are read from the
-- database by whichever node is asked, and the report can be downloaded again later.
CREATE SEQUENCE patient_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE patient_import (
    id             BIGINT                   NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    line_count     INTEGER                  NOT NULL,
    started_by_id  BIGINT                   NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_patient_import PRIMARY KEY (id),
    CONSTRAINT fk_patient_import_by FOREIGN KEY (started_by_id) REFERENCES account (id)
);
CREATE INDEX ix_patient_import_started ON patient_import (started_at);

CREATE SEQUENCE patient_import_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE patient_import_line (
    id           BIGINT        NOT NULL,
    import_id    BIGINT        NOT NULL,
    line_number  INTEGER       NOT NULL,
    username     VARCHAR(255),
    display_name VARCHAR(255),
    email        VARCHAR(255),
    phone        VARCHAR(255),
    clinicians   VARCHAR(255),
    language     VARCHAR(255),
    outcome      VARCHAR(20)   NOT NULL,
    problems     VARCHAR(500),
    account_id   BIGINT,
    CONSTRAINT pk_patient_import_line PRIMARY KEY (id),
    CONSTRAINT uq_patient_import_line UNIQUE (import_id, line_number),
    CONSTRAINT fk_patient_import_line_import FOREIGN KEY (import_id) REFERENCES patient_import (id) ON DELETE CASCADE,
    CONSTRAINT fk_patient_import_line_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_patient_import_line_outcome CHECK (outcome IN ('WAITING', 'CREATED', 'REFUSED'))
);
CREATE INDEX ix_patient_import_line_outcome ON patient_import_line (import_id, outcome);
