package be.epn.campus.people.service;

import be.epn.campus.people.service.Views.CohortSummary;
import be.epn.campus.people.service.Views.PersonRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Cohorts of an EPN, run by the animateurs who work there (and coordinators). Only learners known at the
 * EPN, with their consent, can be enrolled.
 */
public interface Cohorts {

    List<CohortSummary> at(@NotNull UUID epn);

    CohortFile cohort(@NotNull UUID cohort);

    /** @throws be.epn.campus.platform.errors.RefusedException when the name is taken at that EPN or the schedule is incoherent */
    UUID create(@NotNull UUID epn, @NotNull @Valid CohortDraft draft);

    void update(@NotNull UUID cohort, @NotNull @Valid CohortDraft draft);

    void enrol(@NotNull UUID cohort, @NotNull UUID learner);

    void withdraw(@NotNull UUID cohort, @NotNull UUID learner);

    /** Adds an animateur of the cohort's EPN to those who run it. */
    void addAnimateur(@NotNull UUID cohort, @NotNull UUID animateur);

    /** The animateurs who work at this EPN and can sign in: those who may run its cohorts. */
    List<PersonRow> animateursAt(@NotNull UUID epn);

    /** A cohort with its animateurs and its learners (those who consent to the EPN seeing their record). */
    record CohortFile(UUID uuid, UUID epn, String epnName, CohortDraft draft, List<PersonRow> animateurs,
                      List<PersonRow> learners) {
    }
}
