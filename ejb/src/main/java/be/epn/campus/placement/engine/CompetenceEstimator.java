package be.epn.campus.placement.engine;

import java.util.List;

/**
 * Estimates one competence with a simple hierarchical model: the competence's ability is its area's ability plus
 * a deviation of SD {@code competenceSpread}. The answers on the other competences of the area give the area's
 * ability; spread by the deviation, that is the prior of the competence, which its own answers then update. Each
 * answer is counted once, so a competence with no item of its own gets the area's level with a wider
 * uncertainty, and one with two wrong answers in a strong area is placed lower, not by fiat.
 */
final class CompetenceEstimator {

    private final Settings settings;

    CompetenceEstimator(Settings settings) {
        this.settings = settings;
    }

    /** @param areaPrior the prior of the area's ability: the engine's, or the one given the other areas' answers */
    CompetenceResult estimate(String competence, List<Item> areaItems, List<Boolean> areaCorrect, Estimate areaPrior) {
        Posterior others = Posterior.normal(Posterior.grid(settings), areaPrior.mean(), areaPrior.sd(),
                settings.inattention());
        for (int i = 0; i < areaItems.size(); i++) {
            if (!areaItems.get(i).competence().equals(competence)) {
                others = others.update(areaItems.get(i).parameters(), areaCorrect.get(i));
            }
        }
        Posterior own = others.spread(settings.competenceSpread());
        int asked = 0;
        for (int i = 0; i < areaItems.size(); i++) {
            if (areaItems.get(i).competence().equals(competence)) {
                own = own.update(areaItems.get(i).parameters(), areaCorrect.get(i));
                asked++;
            }
        }
        Estimate estimate = own.estimate();
        LevelScale scale = settings.scale();
        int level = scale.level(estimate.mean());
        return new CompetenceResult(competence, estimate, level,
                own.mass(scale.lowerBound(level), scale.upperBound(level)), asked);
    }
}
