-- Continuing education of animateurs (issue 7): in-person sessions run by trainers, registrations with a waiting
-- list, attendance, and the hours it credits.

-- One in-person session. Its place is an EPN of the network or, elsewhere, an address in words. A session may
-- belong to a continuing-education module (module_key), whose progress it then advances for those who attend.
CREATE TABLE training_session (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    uuid           CHAR(36)      NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(2000) NULL,
    language       CHAR(2)       NOT NULL,
    module_key     VARCHAR(64)   NULL,
    starts_at      DATETIME(6)   NOT NULL,
    ends_at        DATETIME(6)   NOT NULL,
    minutes        INT           NOT NULL,
    epn_id         BIGINT        NULL,
    place          VARCHAR(300)  NULL,
    capacity       INT           NOT NULL,
    trainer_id     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    cancelled_at   DATETIME(6)   NULL,
    attendance_at  DATETIME(6)   NULL,
    row_version    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_session_uuid UNIQUE (uuid),
    CONSTRAINT fk_session_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_session_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_starts ON training_session (starts_at);

-- One animateur's registration to a session: REGISTERED (has a seat), WAITING (in line: by id, which follows the
-- order of arrival since registrations to one session are written one at a time), CANCELLED.
-- The unique key makes a double click one registration; seats are counted with the session's row locked, so
-- concurrent registrations never exceed the capacity. Attendance is taken by the trainer; the minutes credited
-- are the session's (or fewer, for someone who left early).
CREATE TABLE session_registration (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    session_id       BIGINT      NOT NULL,
    person_id        BIGINT      NOT NULL,
    state            VARCHAR(16) NOT NULL,
    registered_at    DATETIME(6) NOT NULL,
    attended         BOOLEAN     NULL,
    minutes_credited INT         NULL,
    marked_by        BIGINT      NULL,
    marked_at        DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration UNIQUE (session_id, person_id),
    CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_registration_marker FOREIGN KEY (marked_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_registration_person ON session_registration (person_id, attended);
