package be.epn.campus.placement.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic item bank shaped like DigComp 2.2 (21 competences in 5 areas of 3, 6, 4, 4 and 4 competences),
 * with 3 items per level 1 to 4 and 1 per level 5 and 6 for each competence. It keeps two sets of parameters:
 * the true ones, by which simulated learners answer, and the ones the engine is given, which may be a noisy
 * calibration of the truth.
 */
final class SyntheticBank {

    static final int[] COMPETENCES_PER_AREA = {3, 6, 4, 4, 4};

    final ItemBank engine;
    final Map<String, ItemParameters> truth;

    private SyntheticBank(ItemBank engine, Map<String, ItemParameters> truth) {
        this.engine = engine;
        this.truth = Map.copyOf(truth);
    }

    /** A bank where the engine knows the true parameters. */
    static SyntheticBank exact(long seed) {
        return build(seed, 0, 0);
    }

    /**
     * @param discriminationNoise SD of the log of the ratio between the engine's discrimination and the truth
     * @param difficultyNoise     SD of the difference between the engine's difficulty and the truth (logits)
     */
    static SyntheticBank build(long seed, double discriminationNoise, double difficultyNoise) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelScale scale = LevelScale.standard();
        List<Item> items = new ArrayList<>();
        Map<String, ItemParameters> truth = new HashMap<>();
        int[] options = {0, 3, 4, 2, 4, 3};
        int n = 0;
        for (int area = 1; area <= COMPETENCES_PER_AREA.length; area++) {
            for (int c = 1; c <= COMPETENCES_PER_AREA[area - 1]; c++) {
                String competence = area + "." + c;
                for (int level = 1; level <= 6; level++) {
                    for (int copy = 0; copy < (level <= 4 ? 3 : 1); copy++) {
                        String id = "c" + competence + "-l" + level + "-" + copy;
                        double a = 0.8 + 1.2 * random.nextDouble();
                        double b = scale.cut(level) + (random.nextDouble() - 0.5) * 0.8;
                        int k = options[n++ % options.length];
                        ItemParameters real = ItemParameters.of(a, b, k);
                        truth.put(id, real);
                        ItemParameters seen = new ItemParameters(
                                a * Math.exp(discriminationNoise * random.nextGaussian()),
                                b + difficultyNoise * random.nextGaussian(), real.guessing());
                        items.add(Item.of(id, competence, level, seen));
                    }
                }
            }
        }
        return new SyntheticBank(ItemBank.of(items), truth);
    }
}
