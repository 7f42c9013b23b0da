package be.epn.campus.certification.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of competence evidence as the evaluator sees it: a plain copy of
 * {@code progress.model.CompetenceEvidence}, so rules can be evaluated (and tested) without JPA.
 *
 * @param competence the competence code, e.g. {@code 1.3}
 * @param level      the level the evidence shows
 * @param source     how it was obtained
 * @param autonomy   {@code ALONE}, {@code WITH_HELP}, or {@code null} when the source does not say
 * @param date       when it was recorded
 * @param epn        the name of the EPN where it happened, may be {@code null}
 */
public record Evidence(String competence, int level, Source source, Autonomy autonomy, LocalDate date, String epn) {

    public Evidence {
        Objects.requireNonNull(competence, "competence");
        Objects.requireNonNull(source, "source");
    }

    /** Mirrors {@code progress.model.EvidenceSource}. */
    public enum Source { MODULE, QUIZ, TASK, PLACEMENT, OBSERVATION }

    /** Mirrors {@code progress.model.Autonomy}. */
    public enum Autonomy { WITH_HELP, ALONE }

    /**
     * Whether this piece shows the learner working without help: done {@code ALONE}, or measured by a
     * placement or a quiz the learner answered. A placement run beside an animateur is marked
     * {@code WITH_HELP} and therefore does not count.
     */
    public boolean independent() {
        if (autonomy == Autonomy.WITH_HELP) {
            return false;
        }
        return autonomy == Autonomy.ALONE || source == Source.PLACEMENT || source == Source.QUIZ;
    }
}
