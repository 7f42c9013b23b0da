package be.epn.campus.certification.rules;

import be.epn.campus.certification.rules.RuleOutcome.CompetenceOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates a certificate type's rule: every competence of the area has evidence at or above the level, and at
 * least one of those pieces was done alone or measured by a placement or a quiz (issue 6). Pure and
 * stateless: the caller passes the area's competence codes (from the framework) and the learner's evidence.
 */
public final class RuleEvaluator {

    /** Best first: the highest level, then a piece done independently, then the most recent. */
    private static final Comparator<Evidence> BEST = Comparator.comparingInt(Evidence::level)
            .thenComparing(Evidence::independent)
            .thenComparing(Evidence::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .reversed();

    /**
     * The outcome of {@code type}'s rule.
     *
     * @param areaCompetences the codes of the competences of the rule's area, in the framework's order; evidence
     *                        of any other competence is ignored
     * @param evidence        all the learner's evidence (any framework area, any source)
     * @return met only when every competence of the area is reached and one qualifying piece is independent;
     *         never met for an area without competences
     */
    public RuleOutcome evaluate(CertificateType type, List<String> areaCompetences, Collection<Evidence> evidence) {
        int level = type.rule().level();
        List<CompetenceOutcome> lines = new ArrayList<>();
        boolean independent = false;
        for (String code : areaCompetences) {
            List<Evidence> qualifying = evidence.stream()
                    .filter(e -> e.competence().equals(code) && e.level() >= level).sorted(BEST).toList();
            lines.add(new CompetenceOutcome(code, qualifying.stream().findFirst()));
            independent |= qualifying.stream().anyMatch(Evidence::independent);
        }
        boolean allReached = !lines.isEmpty() && lines.stream().allMatch(CompetenceOutcome::reached);
        return new RuleOutcome(allReached && independent, level, lines, independent);
    }

}
