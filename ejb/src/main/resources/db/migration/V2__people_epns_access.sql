-- EPNs, people and their roles, accounts without e-mail, cohorts, consent, merges and the audit log.
-- Audit rows and merge history hold person ids only, never names: erasing a person's identity must
-- leave no name anywhere while the counts stay right.

CREATE TABLE epn (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    uuid            CHAR(36)     NOT NULL,
    name            VARCHAR(150) NOT NULL,
    municipality    VARCHAR(80)  NOT NULL,
    street_address  VARCHAR(200) NOT NULL,
    postal_code     VARCHAR(10)  NOT NULL,
    organiser_type  VARCHAR(20)  NOT NULL,
    organiser_name  VARCHAR(150) NOT NULL,
    computers       INT          NOT NULL,
    languages       VARCHAR(100) NOT NULL,
    phone           VARCHAR(30)  NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_epn_uuid UNIQUE (uuid),
    CONSTRAINT uk_epn_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE epn_opening (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    epn_id      BIGINT   NOT NULL,
    day_of_week TINYINT  NOT NULL,
    opens_at    TIME     NOT NULL,
    closes_at   TIME     NOT NULL,
    staffed     BOOLEAN  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_opening_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    uuid               CHAR(36)     NOT NULL,
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    search_key         VARCHAR(210) NOT NULL,
    birth_year         SMALLINT     NULL,
    preferred_language CHAR(2)      NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    email              VARCHAR(254) NULL,
    phone              VARCHAR(30)  NULL,
    status             VARCHAR(16)  NOT NULL,
    merged_into_id     BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by_id      BIGINT       NULL,
    created_at_epn_id  BIGINT       NULL,
    row_version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_uuid UNIQUE (uuid),
    CONSTRAINT uk_person_username UNIQUE (username),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_merged_into FOREIGN KEY (merged_into_id) REFERENCES person (id),
    CONSTRAINT fk_person_created_by FOREIGN KEY (created_by_id) REFERENCES person (id),
    CONSTRAINT fk_person_created_at_epn FOREIGN KEY (created_at_epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_person_search ON person (search_key, birth_year);

CREATE TABLE person_role (
    person_id  BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE epn_membership (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    person_id      BIGINT      NOT NULL,
    epn_id         BIGINT      NOT NULL,
    role           VARCHAR(16) NOT NULL,
    since          DATETIME(6) NOT NULL,
    consent_given  BOOLEAN     NOT NULL,
    consent_at     DATETIME(6) NOT NULL,
    added_by_id    BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (person_id, epn_id, role),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_membership_added_by FOREIGN KEY (added_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credential (
    person_id        BIGINT       NOT NULL,
    secret_hash      VARCHAR(255) NOT NULL,
    secret_kind      VARCHAR(16)  NOT NULL,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    last_failure_at  DATETIME(6)  NULL,
    locked_until     DATETIME(6)  NULL,
    lock_count       INT          NOT NULL DEFAULT 0,
    changed_at       DATETIME(6)  NOT NULL,
    changed_by_id    BIGINT       NULL,
    row_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_credential_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_credential_changed_by FOREIGN KEY (changed_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    uuid         CHAR(36)      NOT NULL,
    epn_id       BIGINT        NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(1000) NULL,
    day_of_week  TINYINT       NULL,
    starts_at    TIME          NULL,
    ends_at      TIME          NULL,
    first_day    DATE          NOT NULL,
    last_day     DATE          NULL,
    created_at   DATETIME(6)   NOT NULL,
    row_version  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_uuid UNIQUE (uuid),
    CONSTRAINT uk_cohort_name UNIQUE (epn_id, name),
    CONSTRAINT fk_cohort_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_animateur (
    cohort_id  BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_cohort_animateur_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_animateur_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_member (
    cohort_id    BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    enrolled_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person_merge (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kept_id       BIGINT       NOT NULL,
    merged_id     BIGINT       NOT NULL,
    merged_by_id  BIGINT       NOT NULL,
    merged_at     DATETIME(6)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_merge_kept FOREIGN KEY (kept_id) REFERENCES person (id),
    CONSTRAINT fk_merge_merged FOREIGN KEY (merged_id) REFERENCES person (id),
    CONSTRAINT fk_merge_by FOREIGN KEY (merged_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_id     BIGINT       NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_id   BIGINT       NULL,
    epn_id       BIGINT       NULL,
    detail       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES person (id),
    CONSTRAINT fk_audit_subject FOREIGN KEY (subject_id) REFERENCES person (id),
    CONSTRAINT fk_audit_epn FOREIGN KEY (epn_id) REFERENCES epn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_subject ON audit_event (subject_id, occurred_at);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);
