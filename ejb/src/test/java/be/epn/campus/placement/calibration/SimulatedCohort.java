package be.epn.campus.placement.calibration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.LevelScale;
import be.epn.campus.placement.engine.Placement;
import be.epn.campus.placement.engine.Settings;

/**
 * Learners of known abilities taking real adaptive placements on a bank whose parameters are a perturbed copy of
 * the truth they answer by: the situation a calibration starts from. The bank is shaped like DigComp 2.2 (21
 * competences in areas of 3, 6, 4, 4 and 4), two items per competence at each level 1 to 6 (252 items); true
 * discriminations 0.7 to 2.0, difficulties within 0.4 of their level's cut, guessing 1/k. Each learner's
 * ability per area is drawn from N(-0.3, 1.3²), not the engine's prior N(-0.5, 1.5²), so that the calibration has
 * to find the cohort's distribution too. Learners answer by the 3PL with 3 % slips (a known answer given wrong:
 * the realistic response model, and what the engine's inattention ceiling is for); {@code -Dsim.slip}
 * changes the rate.
 */
final class SimulatedCohort {

    /** The realistic learners slip 3 % of the time; {@code -Dsim.slip=0} gives plain 3PL learners. */
    private static final double SLIP = Double.parseDouble(System.getProperty("sim.slip", "0.03"));
    private static final int[] COMPETENCES = {3, 6, 4, 4, 4};
    private static final int[] OPTIONS = {0, 4, 3, 2};

    final Map<String, ItemParameters> truth = new HashMap<>();
    final ItemBank start;
    final List<PlacementAnswers> placements = new ArrayList<>();
    /** The true ability of each placement (same index as {@link #placements}) per area. */
    final List<Map<String, Double>> abilities = new ArrayList<>();

    SimulatedCohort(int learners, long seed, double discriminationNoise, double difficultyNoise) {
        this(learners, seed, 0, discriminationNoise, difficultyNoise);
    }

    /**
     * @param discriminationBias  mean of log(start a / true a): authors who overrate (or underrate) every item
     * @param discriminationNoise SD of log(start a / true a)
     * @param difficultyNoise     SD of start b - true b
     */
    SimulatedCohort(int learners, long seed, double discriminationBias, double discriminationNoise,
                    double difficultyNoise) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelScale scale = LevelScale.standard();
        List<Item> items = new ArrayList<>();
        for (int area = 1; area <= COMPETENCES.length; area++) {
            for (int competence = 1; competence <= COMPETENCES[area - 1]; competence++) {
                for (int level = 1; level <= 6; level++) {
                    for (int copy = 1; copy <= 2; copy++) {
                        String id = area + "." + competence + "/" + level + "/" + copy;
                        ItemParameters real = ItemParameters.of(0.7 + 1.3 * random.nextDouble(),
                                scale.cut(level) + 0.8 * (random.nextDouble() - 0.5), OPTIONS[items.size() % 4]);
                        truth.put(id, real);
                        items.add(Item.of(id, area + "." + competence, level, new ItemParameters(
                                real.discrimination() * Math.exp(discriminationBias + discriminationNoise * random.nextGaussian()),
                                real.difficulty() + difficultyNoise * random.nextGaussian(), real.guessing())));
                    }
                }
            }
        }
        start = ItemBank.of(items);
        for (int learner = 0; learner < learners; learner++) {
            Map<String, Double> ability = new HashMap<>();
            start.areas().forEach(area -> ability.put(area, -0.3 + 1.3 * random.nextGaussian()));
            abilities.add(ability);
            placements.add(take("p" + learner, ability, random.split(), Settings.defaults().withSeed(random.nextLong())));
        }
    }

    private PlacementAnswers take(String key, Map<String, Double> ability, SplittableRandom random, Settings settings) {
        Placement placement = Placement.start(start, settings);
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            Item item = next.get();
            double p = truth.get(item.id()).probabilityCorrect(ability.get(item.area())) * (1 - SLIP);
            placement.record(item.id(), random.nextDouble() < p, Duration.ofSeconds(40L * (placement.answers().size() + 1)));
        }
        return new PlacementAnswers(key, placement.answers());
    }

    /** Mean absolute difference from the truth of the discriminations (or difficulties) of these items. */
    double meanAbsoluteError(ItemBank bank, List<String> itemIds, boolean discrimination) {
        return itemIds.stream().mapToDouble(id -> {
            ItemParameters seen = bank.item(id).orElseThrow().parameters();
            ItemParameters real = truth.get(id);
            return discrimination ? Math.abs(seen.discrimination() - real.discrimination())
                    : Math.abs(seen.difficulty() - real.difficulty());
        }).average().orElse(0);
    }
}
