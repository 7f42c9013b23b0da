-- Certificates (issue 6): what was issued to whom, how anyone can check it, and how it is revoked.

-- A revocation status list (W3C Bitstring Status List): one bit per certificate, published as a signed
-- credential that verifiers read. The bits are stored Base64-encoded; a certificate's bit sits at a random free
-- index so that the list tells nobody in which order, or how many, certificates were issued.
CREATE TABLE status_list (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    purpose     VARCHAR(16) NOT NULL,
    bit_count   INT         NOT NULL,
    assigned    INT         NOT NULL,
    bits        LONGTEXT    NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One certificate issued to one learner for one certificate type (curricula/certificates/<type>.json).
-- live_flag is 1 while the certificate stands and NULL once revoked: the unique key (person, type, live_flag)
-- is what makes it impossible to hold the same achievement twice, while a revoked one (issued by mistake, or a
-- duplicate after two records were merged) stays on record for verifiers.
-- The verification code is kept only as its SHA-256 (code_hash): a copy of the database does not give the codes.
-- competence_levels: the competences certified with the level reached, e.g. "1.1=2;1.2=3;1.3=2".
CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    uuid              CHAR(36)     NOT NULL,
    person_id         BIGINT       NOT NULL,
    type_key          VARCHAR(64)  NOT NULL,
    framework_id      BIGINT       NOT NULL,
    level_number      INT          NOT NULL,
    competence_levels VARCHAR(500) NOT NULL,
    language          CHAR(2)      NOT NULL,
    identity_salt     CHAR(32)     NOT NULL,
    code_hash         CHAR(64)     NOT NULL,
    status_list_id    BIGINT       NOT NULL,
    status_index      INT          NOT NULL,
    key_id            VARCHAR(64)  NOT NULL,
    credential        LONGTEXT     NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    valid_until       DATETIME(6)  NULL,
    issued_by         BIGINT       NULL,
    epn_id            BIGINT       NULL,
    live_flag         TINYINT      NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_by        BIGINT       NULL,
    revocation_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_uuid UNIQUE (uuid),
    CONSTRAINT uk_certificate_code UNIQUE (code_hash),
    CONSTRAINT uk_certificate_status UNIQUE (status_list_id, status_index),
    CONSTRAINT uk_certificate_once UNIQUE (person_id, type_key, live_flag),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_certificate_list FOREIGN KEY (status_list_id) REFERENCES status_list (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issued_by) REFERENCES person (id),
    CONSTRAINT fk_certificate_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_certificate_revoker FOREIGN KEY (revoked_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_issued ON certificate (issued_at);

-- The PDF as issued (the learner's name, the code in clear and its QR code are printed on it), kept apart so
-- that lists of certificates never read it. Erasing a person deletes it.
CREATE TABLE certificate_document (
    certificate_id BIGINT   NOT NULL,
    pdf            LONGBLOB NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT fk_document_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
