-- Exercise pictures. The seeded exercises (V3, V7) get the drawings made for them (resources/portal/exercises/
-- <name>.svg); a clinician may upload a picture for any exercise, kept re-encoded in its own table (so reading an
-- exercise never reads an image), with what it shows in words, and a version that changes its address.
ALTER TABLE exercise ADD COLUMN illustration VARCHAR(40);
ALTER TABLE exercise ADD COLUMN picture_version INTEGER;
ALTER TABLE exercise ADD COLUMN picture_alt VARCHAR(200);
UPDATE exercise SET illustration = 'walking' WHERE id = 1;
UPDATE exercise SET illustration = 'knee-to-chest' WHERE id = 2;
UPDATE exercise SET illustration = 'lower-back-rotation' WHERE id = 3;
UPDATE exercise SET illustration = 'cat-cow' WHERE id = 4;
UPDATE exercise SET illustration = 'pelvic-tilt' WHERE id = 5;
UPDATE exercise SET illustration = 'chin-tuck' WHERE id = 6;
UPDATE exercise SET illustration = 'neck-side-stretch' WHERE id = 7;
UPDATE exercise SET illustration = 'neck-rotation' WHERE id = 8;
UPDATE exercise SET illustration = 'yoga' WHERE id = 9;
UPDATE exercise SET illustration = 'pilates' WHERE id = 10;
UPDATE exercise SET illustration = 'low-impact-aerobics' WHERE id = 11;
UPDATE exercise SET illustration = 'swimming' WHERE id = 12;
UPDATE exercise SET illustration = 'upright-cycling' WHERE id = 13;
UPDATE exercise SET illustration = 'vigorous-tennis' WHERE id = 14;
UPDATE exercise SET illustration = 'golf' WHERE id = 15;
UPDATE exercise SET illustration = 'heavy-weight-lifting' WHERE id = 16;
UPDATE exercise SET illustration = 'bridging' WHERE id = 17;
UPDATE exercise SET illustration = 'bird-dog' WHERE id = 18;
UPDATE exercise SET illustration = 'side-lying-leg-raise' WHERE id = 19;
UPDATE exercise SET illustration = 'partial-curl' WHERE id = 20;

CREATE TABLE exercise_picture (
    exercise_id    BIGINT                   NOT NULL,
    media_type     VARCHAR(20)              NOT NULL,
    width          INTEGER                  NOT NULL,
    height         INTEGER                  NOT NULL,
    content        BYTEA                    NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by_id BIGINT                   NOT NULL,
    CONSTRAINT pk_exercise_picture PRIMARY KEY (exercise_id),
    CONSTRAINT fk_exercise_picture_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE,
    CONSTRAINT fk_exercise_picture_by FOREIGN KEY (uploaded_by_id) REFERENCES account (id),
    CONSTRAINT ck_exercise_picture_type CHECK (media_type IN ('image/png', 'image/jpeg'))
);
