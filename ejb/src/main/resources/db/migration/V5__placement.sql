-- Placement: the adaptive skills assessment, the learning plan it proposes, and the item parameters that
-- calibration re-estimates. A placement is rebuilt from its answers and its seed (the engine replays them), so
-- it resumes identically on any computer; the results are copied when it finishes, for lists and reports.

-- One placement. open_flag is 1 while it runs and NULL once finished, so the unique key allows one running
-- placement per learner (two tabs cannot start two) and any number of finished ones.
-- used_computer / used_smartphone / used_email: the answers of the gentle start (NULL: not asked).
CREATE TABLE placement (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    person_id        BIGINT       NOT NULL,
    framework_key    VARCHAR(64)  NOT NULL,
    seed             BIGINT       NOT NULL,
    used_computer    BOOLEAN      NULL,
    used_smartphone  BOOLEAN      NULL,
    used_email       BOOLEAN      NULL,
    started_at       DATETIME(6)  NOT NULL,
    started_epn_id   BIGINT       NULL,
    started_by       BIGINT       NULL,
    last_activity_at DATETIME(6)  NOT NULL,
    elapsed_seconds  INT          NOT NULL DEFAULT 0,
    finished_at      DATETIME(6)  NULL,
    finished_epn_id  BIGINT       NULL,
    stop_reason      VARCHAR(24)  NULL,
    open_flag        TINYINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_placement_open UNIQUE (person_id, open_flag),
    CONSTRAINT fk_placement_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_placement_start_epn FOREIGN KEY (started_epn_id) REFERENCES epn (id),
    CONSTRAINT fk_placement_finish_epn FOREIGN KEY (finished_epn_id) REFERENCES epn (id),
    CONSTRAINT fk_placement_started_by FOREIGN KEY (started_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One answer per item and placement (the unique key makes a double submission count once). helped_by: the
-- animateur beside the learner when the answer was given (assisted mode), NULL when the learner was alone.
CREATE TABLE placement_answer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    placement_id    BIGINT        NOT NULL,
    position        INT           NOT NULL,
    item_key        VARCHAR(64)   NOT NULL,
    response        VARCHAR(2000) NOT NULL,
    correct         BOOLEAN       NOT NULL,
    elapsed_seconds INT           NOT NULL,
    answered_at     DATETIME(6)   NOT NULL,
    epn_id          BIGINT        NULL,
    helped_by       BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_placement_answer UNIQUE (placement_id, item_key),
    CONSTRAINT uk_placement_position UNIQUE (placement_id, position),
    CONSTRAINT fk_panswer_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_panswer_epn FOREIGN KEY (epn_id) REFERENCES epn (id),
    CONSTRAINT fk_panswer_helper FOREIGN KEY (helped_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_panswer_item ON placement_answer (item_key);

-- The result of a finished placement, one row per area (scope AREA) and per competence (scope COMPETENCE):
-- level, ability and its uncertainty (posterior SD, logits), probability of the level, items asked.
CREATE TABLE placement_level (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    placement_id  BIGINT       NOT NULL,
    scope         VARCHAR(16)  NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    level_number  INT          NOT NULL,
    ability       DOUBLE       NOT NULL,
    uncertainty   DOUBLE       NOT NULL,
    probability   DOUBLE       NOT NULL,
    items_asked   INT          NOT NULL,
    with_help     BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_placement_level UNIQUE (placement_id, scope, code),
    CONSTRAINT fk_plevel_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A learner's learning plan: the modules to take, in order. Proposed from a placement (or the starter path for
-- a true beginner); an animateur may add, remove and reorder steps. One plan per learner, replaced by the next
-- placement.
CREATE TABLE learning_plan (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    person_id     BIGINT       NOT NULL,
    placement_id  BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_person UNIQUE (person_id),
    CONSTRAINT fk_plan_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_plan_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_plan_updated_by FOREIGN KEY (updated_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- reason: PLACEMENT (proposed from the levels), STARTER (the starter path of a true beginner), ANIMATEUR (added
-- by hand). position is not unique in the schema: reordering rewrites all positions in one transaction.
CREATE TABLE learning_plan_step (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id    BIGINT       NOT NULL,
    module_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    reason     VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_module UNIQUE (plan_id, module_id),
    CONSTRAINT fk_step_plan FOREIGN KEY (plan_id) REFERENCES learning_plan (id),
    CONSTRAINT fk_step_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Item parameters re-estimated by calibration; they replace the parameters of the item's file. The old ones are
-- kept for the report and to undo.
CREATE TABLE placement_item_parameters (
    item_key        VARCHAR(64)  NOT NULL,
    discrimination  DOUBLE       NOT NULL,
    difficulty      DOUBLE       NOT NULL,
    guessing        DOUBLE       NOT NULL,
    previous_discrimination DOUBLE NOT NULL,
    previous_difficulty     DOUBLE NOT NULL,
    answers         INT          NOT NULL,
    calibrated_at   DATETIME(6)  NOT NULL,
    calibrated_by   BIGINT       NULL,
    PRIMARY KEY (item_key),
    CONSTRAINT fk_itemparam_person FOREIGN KEY (calibrated_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_placement_person ON placement (person_id, started_at);
CREATE INDEX ix_placement_finished ON placement (finished_at);
