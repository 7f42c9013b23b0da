package be.epn.campus.certification.rules;

import java.util.List;
import java.util.Optional;

/**
 * What the rule found, competence by competence, so a page can say what is still missing
 * ("missing: 1.3 at level 2").
 *
 * @param met                 whether the certificate may be issued
 * @param level               the level the rule asks for
 * @param competences         one line per competence of the area, in the framework's order
 * @param independentEvidence whether one qualifying piece was done alone or measured (placement, quiz)
 */
public record RuleOutcome(boolean met, int level, List<CompetenceOutcome> competences, boolean independentEvidence) {

    public RuleOutcome {
        competences = List.copyOf(competences);
    }

    /** The competences with no evidence at the level: what a learner still has to show. */
    public List<String> missingCompetences() {
        return competences.stream().filter(c -> c.best().isEmpty()).map(CompetenceOutcome::competence).toList();
    }

    /**
     * One competence: the best evidence at or above the level (highest level, then independent, then most
     * recent), or empty when it is missing.
     */
    public record CompetenceOutcome(String competence, Optional<Evidence> best) {
        public boolean reached() {
            return best.isPresent();
        }
    }
}
