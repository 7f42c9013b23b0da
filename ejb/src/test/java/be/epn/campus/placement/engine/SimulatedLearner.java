package be.epn.campus.placement.engine;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A learner with a known ability per area (and per competence, around it) who answers by the true item
 * parameters, with occasional slips: a known answer given wrong by inattention.
 */
final class SimulatedLearner {

    private final Map<String, Double> abilityPerArea;
    private final Map<String, Double> offsetPerCompetence;
    private final double slip;
    private final RandomGenerator random;

    SimulatedLearner(Map<String, Double> abilityPerArea, Map<String, Double> offsetPerCompetence, double slip,
                     RandomGenerator random) {
        this.abilityPerArea = abilityPerArea;
        this.offsetPerCompetence = offsetPerCompetence;
        this.slip = slip;
        this.random = random;
    }

    static SimulatedLearner uniform(double ability, RandomGenerator random) {
        Map<String, Double> areas = Map.of("1", ability, "2", ability, "3", ability, "4", ability, "5", ability);
        return new SimulatedLearner(areas, Map.of(), 0, random);
    }

    double ability(Item item) {
        return abilityPerArea.get(item.area()) + offsetPerCompetence.getOrDefault(item.competence(), 0.0);
    }

    boolean answers(Item item, ItemParameters truth) {
        double p = truth.probabilityCorrect(ability(item)) * (1 - slip);
        return random.nextDouble() < p;
    }
}
