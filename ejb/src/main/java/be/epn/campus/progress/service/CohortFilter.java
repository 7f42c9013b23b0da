package be.epn.campus.progress.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the cohort view shows: the learners known at one EPN (who consented to it seeing their record),
 * optionally only one cohort's, only one module's column, and only learners active between two dates
 * (inclusive). Null fields do not filter.
 */
public record CohortFilter(UUID epn, UUID cohort, String module, LocalDate from, LocalDate to) {

    public CohortFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new be.epn.campus.platform.errors.RefusedException("learn.refused.dates");
        }
    }
}
