-- Competence frameworks (DigComp 2.2 first), their elements, and mappings between framework versions.
-- Written once for MariaDB and for H2 in MariaDB mode. Texts come in French, Dutch and English columns.

CREATE TABLE framework (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    framework_key   VARCHAR(64)  NOT NULL,
    family          VARCHAR(64)  NOT NULL,
    version_label   VARCHAR(32)  NOT NULL,
    uuid            CHAR(36)     NOT NULL,
    title_fr        VARCHAR(255) NOT NULL,
    title_nl        VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255) NOT NULL,
    description_fr  TEXT         NOT NULL,
    description_nl  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL,
    title_source_fr TEXT         NOT NULL,
    title_source_nl TEXT         NOT NULL,
    title_source_en TEXT         NOT NULL,
    publisher       VARCHAR(255) NOT NULL,
    published_on    DATE         NULL,
    source_url      VARCHAR(512) NULL,
    licence         VARCHAR(255) NULL,
    content_hash    CHAR(64)     NOT NULL,
    source_file     VARCHAR(255) NOT NULL,
    loaded_at       DATETIME(6)  NOT NULL,
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_framework_key UNIQUE (framework_key),
    CONSTRAINT uk_framework_uuid UNIQUE (uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proficiency_band (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    framework_id    BIGINT       NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    uuid            CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    title_fr        VARCHAR(255) NOT NULL,
    title_nl        VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255) NOT NULL,
    description_fr  TEXT         NOT NULL,
    description_nl  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_band_code UNIQUE (framework_id, code),
    CONSTRAINT uk_band_uuid UNIQUE (uuid),
    CONSTRAINT fk_band_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proficiency_level (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    framework_id    BIGINT       NOT NULL,
    band_id         BIGINT       NOT NULL,
    level_number    INT          NOT NULL,
    uuid            CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    title_fr        VARCHAR(255) NOT NULL,
    title_nl        VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255) NOT NULL,
    description_fr  TEXT         NOT NULL,
    description_nl  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_level_number UNIQUE (framework_id, level_number),
    CONSTRAINT uk_level_uuid UNIQUE (uuid),
    CONSTRAINT fk_level_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_level_band FOREIGN KEY (band_id) REFERENCES proficiency_band (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE competence_area (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    framework_id    BIGINT       NOT NULL,
    code            VARCHAR(16)  NOT NULL,
    uuid            CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    title_fr        VARCHAR(255) NOT NULL,
    title_nl        VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255) NOT NULL,
    description_fr  TEXT         NOT NULL,
    description_nl  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_area_code UNIQUE (framework_id, code),
    CONSTRAINT uk_area_uuid UNIQUE (uuid),
    CONSTRAINT fk_area_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE competence (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    framework_id    BIGINT       NOT NULL,
    area_id         BIGINT       NOT NULL,
    code            VARCHAR(16)  NOT NULL,
    uuid            CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    title_fr        VARCHAR(255) NOT NULL,
    title_nl        VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255) NOT NULL,
    description_fr  TEXT         NOT NULL,
    description_nl  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competence_code UNIQUE (framework_id, code),
    CONSTRAINT uk_competence_uuid UNIQUE (uuid),
    CONSTRAINT fk_competence_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_competence_area FOREIGN KEY (area_id) REFERENCES competence_area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_mapping (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    mapping_key         VARCHAR(140) NOT NULL,
    source_framework_id BIGINT       NOT NULL,
    target_framework_id BIGINT       NOT NULL,
    content_hash        CHAR(64)     NOT NULL,
    source_file         VARCHAR(255) NOT NULL,
    loaded_at           DATETIME(6)  NOT NULL,
    row_version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_mapping_key UNIQUE (mapping_key),
    CONSTRAINT fk_mapping_source FOREIGN KEY (source_framework_id) REFERENCES framework (id),
    CONSTRAINT fk_mapping_target FOREIGN KEY (target_framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_mapping_entry (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    mapping_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    element_kind VARCHAR(16) NOT NULL,
    source_code  VARCHAR(16) NOT NULL,
    relation     VARCHAR(16) NOT NULL,
    target_code  VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mapping_entry_mapping FOREIGN KEY (mapping_id) REFERENCES framework_mapping (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
