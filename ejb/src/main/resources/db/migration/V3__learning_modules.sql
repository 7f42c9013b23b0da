-- Learning modules, stored as the files they were loaded from (module.json, lessons, pictures, documents):
-- the same reader that validated them interprets them at run time. Activities get rows of their own
-- because progress will point at them; an activity gone from a new version is retired, not deleted.

CREATE TABLE learning_module (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    module_key       VARCHAR(64)  NOT NULL,
    module_version   INT          NOT NULL,
    framework_id     BIGINT       NOT NULL,
    title_fr         VARCHAR(255) NOT NULL,
    title_nl         VARCHAR(255) NOT NULL,
    title_en         VARCHAR(255) NOT NULL,
    summary_fr       TEXT         NOT NULL,
    summary_nl       TEXT         NOT NULL,
    summary_en       TEXT         NOT NULL,
    duration_minutes INT          NOT NULL,
    completion_rule  VARCHAR(20)  NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    origin           VARCHAR(16)  NOT NULL,
    loaded_at        DATETIME(6)  NOT NULL,
    row_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_module_key UNIQUE (module_key),
    CONSTRAINT fk_module_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_target (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    module_id     BIGINT NOT NULL,
    competence_id BIGINT NOT NULL,
    target_level  INT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_module_target UNIQUE (module_id, competence_id),
    CONSTRAINT fk_target_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT fk_target_competence FOREIGN KEY (competence_id) REFERENCES competence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_prerequisite (
    module_id       BIGINT NOT NULL,
    prerequisite_id BIGINT NOT NULL,
    PRIMARY KEY (module_id, prerequisite_id),
    CONSTRAINT fk_prerequisite_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT fk_prerequisite_other FOREIGN KEY (prerequisite_id) REFERENCES learning_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_activity (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    module_id     BIGINT       NOT NULL,
    activity_key  VARCHAR(64)  NOT NULL,
    position      INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    required      BOOLEAN      NOT NULL,
    retired       BOOLEAN      NOT NULL DEFAULT FALSE,
    title_fr      VARCHAR(255) NOT NULL,
    title_nl      VARCHAR(255) NOT NULL,
    title_en      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_activity_key UNIQUE (module_id, activity_key),
    CONSTRAINT fk_activity_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    module_id      BIGINT       NOT NULL,
    path           VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    byte_size      INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        LONGBLOB     NOT NULL,
    doc_title      VARCHAR(255) NULL,
    doc_language   VARCHAR(8)   NULL,
    doc_pages      INT          NULL,
    extracted_text LONGTEXT     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_module_file UNIQUE (module_id, path),
    CONSTRAINT fk_file_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A small inverted index for searching the curricula (titles, lessons, questions, documents), the same on
-- MariaDB and H2: one row per word of a module (and of one of its files, when the word comes from it).
CREATE TABLE search_term (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    term       VARCHAR(64) NOT NULL,
    module_id  BIGINT      NOT NULL,
    file_id    BIGINT      NULL,
    hits       INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_term_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT fk_term_file FOREIGN KEY (file_id) REFERENCES module_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_search_term ON search_term (term);
