package be.epn.campus.placement.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The placement benchmark of issue 5 (item 9): simulated learners of known levels take the adaptive placement
 * and fixed tests, and this prints how often each places them right. Not a test (surefire runs only *Test);
 * run it as docs/measurements.md says, with arguments {@code [learners] [seed]}.
 *
 * <p>The bank is the real one of {@code curricula/items/} (read from the working directory, or from
 * {@code -Dcampus.curricula.dir}), or with {@code -Dsim.bank=synthetic} a synthetic one of the same shape
 * ({@link SimulationBank}). The learners answer by a model that is not the engine's: true discriminations spread
 * over 0.8-2.0, true difficulties off the engine's by N(0, 0.3), guessing 1/k, 3 % slips, and a
 * competence-specific deviation (SD 0.3) around the area's ability; the engine assumes one ability per area and
 * its own inattention ({@link Settings#inattention()}), never the learners' parameters. With
 * {@code -Dsim.areaCorrelation=r} the areas' abilities of a learner are correlated (see {@link Learner#draw});
 * {@code -Dsim.engineAreaCorrelation=r} turns on the engine's {@link Settings#areaCorrelation()}.
 */
public final class PlacementSimulation {

    private static final double SLIP = Double.parseDouble(System.getProperty("sim.slip", "0.03"));
    private static final double CALIBRATION_NOISE = Double.parseDouble(System.getProperty("sim.calibrationNoise", "1"));
    private static final double COMPETENCE_SD = Double.parseDouble(System.getProperty("sim.competenceSd", "0.3"));
    /** Correlation between the areas' abilities in the population (0: drawn independently, as before). */
    private static final double AREA_CORRELATION = Double.parseDouble(System.getProperty("sim.areaCorrelation", "0"));
    private static final int TOP_LEVEL = 6; // the bank has items up to level 6; learners are drawn at levels 1-6

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        Settings settings = variant(Settings.defaults());
        SimulationBank bank = SimulationBank.chosen(seed, CALIBRATION_NOISE);
        LevelScale scale = settings.scale();
        List<String> areas = bank.engine().areas();
        SplittableRandom random = new SplittableRandom(seed + 1);
        List<Learner> population = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            population.add(Learner.draw(bank, scale, random));
        }

        Tally adaptive = new Tally(areas);
        Tally competences = new Tally(List.of("all"));
        Tally byLevel = new Tally(java.util.stream.IntStream.rangeClosed(1, TOP_LEVEL).mapToObj(l -> "" + l).toList());
        int[] totals = new int[learners];
        int[][] placed = new int[TOP_LEVEL + 1][LevelScale.HIGHEST + 1]; // [true level][placed level]
        double[] sdSum = new double[TOP_LEVEL + 1];
        Map<String, Integer> exposure = new HashMap<>();
        Map<StopReason, Integer> stops = new HashMap<>();
        for (int i = 0; i < learners; i++) {
            Learner learner = population.get(i);
            SimulatedLearner answers = learner.answering(random.split());
            Placement placement = Placement.start(bank.engine(), settings.withSeed(random.nextLong()));
            Optional<Item> next;
            int n = 0;
            while ((next = placement.next()).isPresent()) {
                Item item = next.get();
                exposure.merge(item.id(), 1, Integer::sum);
                placement.record(item.id(), answers.answers(item, bank.truth().get(item.id())), Duration.ofSeconds(45L * ++n));
            }
            Result result = placement.result();
            totals[i] = result.itemsAsked();
            stops.merge(result.stop(), 1, Integer::sum);
            for (AreaResult area : result.areas()) {
                adaptive.add(area.area(), learner.level(area.area(), scale), area.level(), area.itemsAsked());
                byLevel.add("" + learner.level(area.area(), scale), learner.level(area.area(), scale), area.level(),
                        area.itemsAsked());
                placed[learner.level(area.area(), scale)][area.level()]++;
                sdSum[learner.level(area.area(), scale)] += area.ability().sd();
            }
            for (CompetenceResult c : result.competences()) {
                competences.add("all", scale.level(learner.ability(c.competence())), c.level(), c.itemsAsked());
            }
        }

        Map<String, Integer> sameLength = new HashMap<>();
        areas.forEach(a -> sameLength.put(a, (int) Math.round(adaptive.meanItems(a))));
        Tally fixed = fixedTests(bank, settings, population, sameLength, random);
        Map<String, Integer> twice = new HashMap<>();
        sameLength.forEach((a, n) -> twice.put(a, 2 * n));
        Tally fixedTwice = fixedTests(bank, settings, population, twice, random);

        System.out.printf(Locale.ROOT, "Placement simulation: %d learners, seed %d, %s bank of %d items, target SD %.2f, "
                        + "max %d items per area, max %d items%n%n", learners, seed, bank.description(), bank.engine().size(),
                settings.targetSd(), settings.maxItemsPerArea(), settings.maxItems());
        System.out.printf(Locale.ROOT, "prior N(%.2f, %.2f), randomesque %d, engine area correlation %.2f; learners: "
                        + "slips %.2f, competence SD %.2f, calibration noise x%.1f, area correlation %.2f (abilities: "
                        + "mean r %.2f)%n", settings.priorMean(), settings.priorSd(), settings.randomesque(),
                settings.areaCorrelation(), SLIP, COMPETENCE_SD, CALIBRATION_NOISE, AREA_CORRELATION,
                meanCorrelation(population, areas));
        System.out.println("area | adaptive exact | within 1 | mean items | max items | fixed (same length) exact | "
                + "within 1 | items | fixed (twice) exact | within 1 | items");
        for (String a : areas) {
            System.out.printf(Locale.ROOT, "%s | %.1f %% | %.1f %% | %.1f | %d | %.1f %% | %.1f %% | %d | %.1f %% | %.1f %% | %d%n",
                    a, adaptive.exact(a), adaptive.withinOne(a), adaptive.meanItems(a), adaptive.maxItems(a),
                    fixed.exact(a), fixed.withinOne(a), sameLength.get(a),
                    fixedTwice.exact(a), fixedTwice.withinOne(a), twice.get(a));
        }
        System.out.printf(Locale.ROOT, "all areas | %.1f %% | %.1f %% | | | %.1f %% | %.1f %% | | %.1f %% | %.1f %% |%n",
                adaptive.exactAll(), adaptive.withinOneAll(), fixed.exactAll(), fixed.withinOneAll(),
                fixedTwice.exactAll(), fixedTwice.withinOneAll());
        System.out.printf(Locale.ROOT, "%nwhole placement: mean %.1f items, max %d, over 30: %d of %d; stops %s%n",
                java.util.Arrays.stream(totals).average().orElse(0), java.util.Arrays.stream(totals).max().orElse(0),
                java.util.Arrays.stream(totals).filter(t -> t > 30).count(), learners, stops);
        for (int level = 1; level <= TOP_LEVEL; level++) {
            System.out.printf(Locale.ROOT, "areas of true level %d (adaptive): exact %.1f %%, within 1 %.1f %%%n",
                    level, byLevel.exact("" + level), byLevel.withinOne("" + level));
        }
        System.out.println("\ntrue level | placed at levels 1..8 (adaptive, areas) | mean posterior SD");
        for (int level = 1; level <= TOP_LEVEL; level++) {
            int areasOfLevel = java.util.Arrays.stream(placed[level]).sum();
            System.out.printf(Locale.ROOT, "%d | %s | %.2f%n", level,
                    java.util.Arrays.toString(java.util.Arrays.copyOfRange(placed[level], 1, 9)), sdSum[level] / areasOfLevel);
        }
        System.out.printf(Locale.ROOT, "most shown item: in %.1f %% of placements; items never shown: %d of %d%n",
                100.0 * exposure.values().stream().mapToInt(Integer::intValue).max().orElse(0) / learners,
                bank.engine().size() - exposure.size(), bank.engine().size());
        System.out.printf(Locale.ROOT, "competences (adaptive): exact %.1f %%, within 1 %.1f %%%n",
                competences.exact("all"), competences.withinOne("all"));
    }

    /** The engine's defaults, or a variant to explore: -Dsim.priorMean, -Dsim.priorSd, -Dsim.targetSd, ... */
    private static Settings variant(Settings d) {
        return new Settings(Double.parseDouble(System.getProperty("sim.priorMean", "" + d.priorMean())),
                Double.parseDouble(System.getProperty("sim.priorSd", "" + d.priorSd())), d.gridPoints(), d.gridLimit(),
                Double.parseDouble(System.getProperty("sim.targetSd", "" + d.targetSd())),
                Integer.getInteger("sim.maxItemsPerArea", d.maxItemsPerArea()), Integer.getInteger("sim.maxItems", d.maxItems()),
                d.timeBudget(), Integer.getInteger("sim.randomesque", d.randomesque()), d.seed(), d.scale(),
                d.competenceSpread(), Double.parseDouble(System.getProperty("sim.inattention", "" + d.inattention())),
                Double.parseDouble(System.getProperty("sim.nearBest", "" + d.nearBest())),
                Double.parseDouble(System.getProperty("sim.engineAreaCorrelation", "" + d.areaCorrelation())));
    }

    /** The mean Pearson correlation between the true abilities of two areas, over the pairs of areas. */
    private static double meanCorrelation(List<Learner> population, List<String> areas) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                double[] s = new double[5];
                for (Learner learner : population) {
                    double x = learner.areas().get(areas.get(i));
                    double y = learner.areas().get(areas.get(j));
                    s[0] += x;
                    s[1] += y;
                    s[2] += x * x;
                    s[3] += y * y;
                    s[4] += x * y;
                }
                double n = population.size();
                sum += (n * s[4] - s[0] * s[1]) / Math.sqrt((n * s[2] - s[0] * s[0]) * (n * s[3] - s[1] * s[1]));
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** The same fixed form for everybody: per area, items spread evenly over the cut points and the competences. */
    private static Tally fixedTests(SimulationBank bank, Settings settings, List<Learner> population,
                                    Map<String, Integer> lengths, SplittableRandom random) {
        LevelScale scale = settings.scale();
        Map<String, List<Item>> forms = new HashMap<>();
        for (String area : bank.engine().areas()) {
            forms.put(area, form(bank.engine(), area, lengths.get(area), scale));
        }
        Settings scoring = settings.withStop(0.0001, 1000, 1000);
        Tally tally = new Tally(bank.engine().areas());
        for (Learner learner : population) {
            SimulatedLearner answers = learner.answering(random.split());
            Placement scored = Placement.start(bank.engine(), scoring);
            forms.values().forEach(form -> form.forEach(item ->
                    scored.record(item.id(), answers.answers(item, bank.truth().get(item.id())), Duration.ZERO)));
            for (AreaResult area : scored.result().areas()) {
                tally.add(area.area(), learner.level(area.area(), scale), area.level(), area.itemsAsked());
            }
        }
        return tally;
    }

    private static List<Item> form(ItemBank bank, String area, int length, LevelScale scale) {
        List<String> competences = bank.competences(area);
        Set<String> taken = new HashSet<>();
        List<Item> form = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            // Evenly over the cut points between the levels drawn (2 to TOP_LEVEL), where a fixed form decides: the
            // strongest of the designs tried (docs/measurements.md), so that the comparison does not flatter the engine.
            double target = scale.cut(2) + (scale.cut(TOP_LEVEL) - scale.cut(2)) * (i + 0.5) / length;
            String competence = competences.get(i % competences.size());
            bank.items(area).stream()
                    .filter(item -> !taken.contains(item.id()))
                    .sorted(java.util.Comparator.comparingInt((Item item) -> item.competence().equals(competence) ? 0 : 1)
                            .thenComparingDouble(item -> Math.abs(item.parameters().difficulty() - target)))
                    .findFirst()
                    .ifPresent(item -> {
                        taken.add(item.id());
                        form.add(item);
                    });
        }
        return form;
    }

    /** A simulated person: a true ability per area (uniform within a level drawn at random) and per competence. */
    private record Learner(Map<String, Double> areas, Map<String, Double> offsets) {

        /**
         * Each area's ability is uniform over the bands of levels 1 to {@link #TOP_LEVEL} (so its level is uniform
         * over them and the ability uniform within the level's band). Without an area correlation the areas are
         * drawn independently, exactly as before the option. With one (r), a Gaussian copula: a general ability g
         * and area deviations e_a, all N(0, 1), give z_a = sqrt(r) g + sqrt(1 - r) e_a (correlation r between
         * areas), and the ability is the uniform quantile Phi(z_a) of the same range: the same marginal as without
         * correlation, so accuracy per true level stays comparable; the abilities' correlation is a little below r
         * (0.68 for r = 0.7).
         */
        static Learner draw(SimulationBank bank, LevelScale scale, SplittableRandom random) {
            Map<String, Double> areas = new HashMap<>();
            Map<String, Double> offsets = new HashMap<>();
            double general = AREA_CORRELATION > 0 ? random.nextGaussian() : 0;
            double low = scale.cut(1);
            double high = scale.cut(TOP_LEVEL + 1);
            for (String area : bank.engine().areas()) {
                if (AREA_CORRELATION > 0) {
                    double z = Math.sqrt(AREA_CORRELATION) * general
                            + Math.sqrt(1 - AREA_CORRELATION) * random.nextGaussian();
                    areas.put(area, low + normalCdf(z) * (high - low));
                } else {
                    int level = 1 + random.nextInt(TOP_LEVEL);
                    areas.put(area, scale.cut(level) + random.nextDouble() * (scale.cut(level + 1) - scale.cut(level)));
                }
                bank.engine().competences(area).forEach(c -> offsets.put(c, COMPETENCE_SD * random.nextGaussian()));
            }
            return new Learner(areas, offsets);
        }

        /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
        static double normalCdf(double z) {
            double x = Math.abs(z) / Math.sqrt(2);
            double t = 1 / (1 + 0.3275911 * x);
            double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                    + t * 1.061405429)))) * Math.exp(-x * x);
            return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
        }

        int level(String area, LevelScale scale) {
            return scale.level(areas.get(area));
        }

        double ability(String competence) {
            return areas.get(competence.substring(0, competence.indexOf('.'))) + offsets.get(competence);
        }

        SimulatedLearner answering(SplittableRandom random) {
            return new SimulatedLearner(areas, offsets, SLIP, random);
        }
    }

    /** Counts of right placements and items, per area. */
    private static final class Tally {
        private final Map<String, int[]> counts = new HashMap<>(); // placed, exact, within one, items, max items

        Tally(List<String> areas) {
            areas.forEach(a -> counts.put(a, new int[5]));
        }

        void add(String area, int trueLevel, int placed, int items) {
            int[] c = counts.get(area);
            c[0]++;
            c[1] += placed == trueLevel ? 1 : 0;
            c[2] += Math.abs(placed - trueLevel) <= 1 ? 1 : 0;
            c[3] += items;
            c[4] = Math.max(c[4], items);
        }

        double exact(String area) {
            return 100.0 * counts.get(area)[1] / counts.get(area)[0];
        }

        double withinOne(String area) {
            return 100.0 * counts.get(area)[2] / counts.get(area)[0];
        }

        double meanItems(String area) {
            return (double) counts.get(area)[3] / counts.get(area)[0];
        }

        int maxItems(String area) {
            return counts.get(area)[4];
        }

        double exactAll() {
            return 100.0 * counts.values().stream().mapToInt(c -> c[1]).sum() / counts.values().stream().mapToInt(c -> c[0]).sum();
        }

        double withinOneAll() {
            return 100.0 * counts.values().stream().mapToInt(c -> c[2]).sum() / counts.values().stream().mapToInt(c -> c[0]).sum();
        }
    }
}
