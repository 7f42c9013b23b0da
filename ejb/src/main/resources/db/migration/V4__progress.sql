-- Progress: what each learner did, where and when. Every row that records an event carries the EPN where it
-- happened (NULL: away from any EPN, e.g. at home), so that one learner has one record across EPNs.

-- A browser an animateur declared to be one of the EPN's computers. Its cookie holds a random token; only the
-- token's hash is kept, so a copy of the database cannot be used to pretend to be at an EPN.
CREATE TABLE epn_device (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash     CHAR(64)    NOT NULL,
    epn_id         BIGINT      NOT NULL,
    label          VARCHAR(80) NOT NULL,
    registered_by  BIGINT      NOT NULL,
    registered_at  DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_device_token UNIQUE (token_hash),
    CONSTRAINT fk_device_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_device_person FOREIGN KEY (registered_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One try at a quiz. The questions' order is frozen when it starts, so that it resumes identically anywhere.
-- open_flag is 1 while the attempt is open and NULL once finished: the unique key then allows one open
-- attempt per learner and quiz (two tabs cannot start two), and any number of finished ones.
CREATE TABLE quiz_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    person_id       BIGINT        NOT NULL,
    activity_id     BIGINT        NOT NULL,
    attempt_number  INT           NOT NULL,
    module_version  INT           NOT NULL,
    question_keys   VARCHAR(2000) NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    started_epn_id  BIGINT        NULL,
    finished_at     DATETIME(6)   NULL,
    finished_epn_id BIGINT        NULL,
    score           INT           NULL,
    passed          BOOLEAN       NULL,
    open_flag       TINYINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_number UNIQUE (person_id, activity_id, attempt_number),
    CONSTRAINT uk_attempt_open UNIQUE (person_id, activity_id, open_flag),
    CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_attempt_activity FOREIGN KEY (activity_id) REFERENCES module_activity (id),
    CONSTRAINT fk_attempt_start_epn FOREIGN KEY (started_epn_id) REFERENCES epn (id),
    CONSTRAINT fk_attempt_finish_epn FOREIGN KEY (finished_epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One answer per question and attempt (the unique key is what makes a double click count once).
CREATE TABLE quiz_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id   BIGINT        NOT NULL,
    question_key VARCHAR(64)   NOT NULL,
    response     VARCHAR(2000) NOT NULL,
    correct      BOOLEAN       NOT NULL,
    answered_at  DATETIME(6)   NOT NULL,
    epn_id       BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_answer UNIQUE (attempt_id, question_key),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_answer_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where a learner stands on one activity: VIEWED, DONE, PASSED, FAILED (a quiz tried and not yet passed) or
-- ATTESTED (a practical task, with the autonomy the animateur saw: WITH_HELP or ALONE).
CREATE TABLE activity_progress (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_id   BIGINT      NOT NULL,
    activity_id BIGINT      NOT NULL,
    state       VARCHAR(16) NOT NULL,
    best_score  INT         NULL,
    autonomy    VARCHAR(16) NULL,
    attested_by BIGINT      NULL,
    first_at    DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    epn_id      BIGINT      NULL,
    row_version BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_activity_progress UNIQUE (person_id, activity_id),
    CONSTRAINT fk_aprogress_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_aprogress_activity FOREIGN KEY (activity_id) REFERENCES module_activity (id),
    CONSTRAINT fk_aprogress_attester FOREIGN KEY (attested_by) REFERENCES person (id),
    CONSTRAINT fk_aprogress_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where a learner stands on one module: STARTED or COMPLETED (by the module's completion rule).
CREATE TABLE module_progress (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    person_id        BIGINT      NOT NULL,
    module_id        BIGINT      NOT NULL,
    state            VARCHAR(16) NOT NULL,
    done_count       INT         NOT NULL,
    required_count   INT         NOT NULL,
    started_at       DATETIME(6) NOT NULL,
    started_epn_id   BIGINT      NULL,
    completed_at     DATETIME(6) NULL,
    completed_epn_id BIGINT      NULL,
    last_activity_at DATETIME(6) NOT NULL,
    row_version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_module_progress UNIQUE (person_id, module_id),
    CONSTRAINT fk_mprogress_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_mprogress_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT fk_mprogress_start_epn FOREIGN KEY (started_epn_id) REFERENCES epn (id),
    CONSTRAINT fk_mprogress_done_epn FOREIGN KEY (completed_epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mprogress_module ON module_progress (module_id, state, last_activity_at);
-- The cohort view's chart counts the completions of an EPN's learners: this index alone answers it.
CREATE INDEX ix_mprogress_person_completed ON module_progress (person_id, completed_at);

-- The competence profile is built from evidence: a level reached in a competence, how we know (MODULE, QUIZ,
-- TASK, later PLACEMENT), when, where, and with which autonomy.
CREATE TABLE competence_evidence (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    person_id     BIGINT      NOT NULL,
    competence_id BIGINT      NOT NULL,
    level_number  INT         NOT NULL,
    source        VARCHAR(16) NOT NULL,
    module_id     BIGINT      NULL,
    activity_id   BIGINT      NULL,
    autonomy      VARCHAR(16) NULL,
    epn_id        BIGINT      NULL,
    recorded_at   DATETIME(6) NOT NULL,
    recorded_by   BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_evidence_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_evidence_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT fk_evidence_activity FOREIGN KEY (activity_id) REFERENCES module_activity (id),
    CONSTRAINT fk_evidence_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_evidence_recorder FOREIGN KEY (recorded_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_person ON competence_evidence (person_id, competence_id);

-- Every learning event also as an xAPI-shaped statement (JSON), ready to forward to an external LRS.
CREATE TABLE learning_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    statement_id CHAR(36)     NOT NULL,
    person_id    BIGINT       NOT NULL,
    verb         VARCHAR(40)  NOT NULL,
    object_iri   VARCHAR(255) NOT NULL,
    epn_id       BIGINT       NULL,
    stored_at    DATETIME(6)  NOT NULL,
    statement    LONGTEXT     NOT NULL,
    forwarded_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement UNIQUE (statement_id),
    CONSTRAINT fk_record_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_record_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_record_person ON learning_record (person_id, stored_at);

-- The cohort view lists the learners known at an EPN (with consent), by name; with person_id in the index, the
-- count and the joins to progress read the index alone.
CREATE INDEX ix_membership_epn_role ON epn_membership (epn_id, role, consent_given, person_id);
