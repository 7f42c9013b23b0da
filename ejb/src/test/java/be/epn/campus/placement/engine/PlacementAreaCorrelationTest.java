package be.epn.campus.placement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The engine's collateral information across areas ({@link Settings#areaCorrelation()}, {@link AreaCorrelation}). */
class PlacementAreaCorrelationTest {

    private final SyntheticBank bank = SyntheticBank.exact(7);
    private final Settings off = Settings.defaults();
    private final Settings on = Settings.defaults().withAreaCorrelation(0.7);

    @Test
    void answersInOneAreaMoveAnotherAreasEstimateTheRightWayAndShrinkIt() {
        Estimate before = Placement.start(bank.engine, on).result().area("2").ability();
        Estimate afterRight = answerAreaOne(on, true).area("2").ability();
        Estimate afterWrong = answerAreaOne(on, false).area("2").ability();

        assertTrue(afterRight.mean() > before.mean() + 0.5, before + " -> " + afterRight);
        assertTrue(afterWrong.mean() < before.mean() - 0.5, before + " -> " + afterWrong);
        assertTrue(afterRight.sd() < before.sd() - 0.1, before + " -> " + afterRight);
        assertTrue(afterWrong.sd() < before.sd() - 0.1, before + " -> " + afterWrong);
    }

    @Test
    void withoutTheOptionAnotherAreasAnswersChangeNothing() {
        Result untouched = Placement.start(bank.engine, off).result();
        Result after = answerAreaOne(off, true);
        for (String area : List.of("2", "3", "4", "5")) {
            assertEquals(untouched.area(area), after.area(area), "area " + area);
        }
        for (String competence : bank.engine.competences("2")) {
            assertEquals(untouched.competence(competence), after.competence(competence));
        }
    }

    @Test
    void theAnsweredAreaItselfIsNotCountedTwice() {
        // With only area 1 answered, no other area carries evidence: area 1's posterior is exactly the one without
        // the option (its conditional prior is the marginal one).
        assertSame(answerAreaOne(off, true).area("1"), answerAreaOne(on, true).area("1"));
    }

    @Test
    void withoutAnswersTheConditionalPriorsAreTheMarginalOne() {
        Placement start = Placement.start(bank.engine, on);
        Map<String, Estimate> priors = new AreaCorrelation(on).priors(bank.engine.areas(),
                Map.of("1", Posterior.normalPrior(on), "2", Posterior.normalPrior(on), "3", Posterior.normalPrior(on),
                        "4", Posterior.normalPrior(on), "5", Posterior.normalPrior(on)), Map.of());
        priors.values().forEach(prior -> {
            assertEquals(on.priorMean(), prior.mean(), 1e-9);
            assertEquals(on.priorSd(), prior.sd(), 1e-9);
        });
        for (String area : bank.engine.areas()) {
            assertSame(Placement.start(bank.engine, off).result().area(area), start.result().area(area));
        }
    }

    @Test
    void aReplayGivesTheSameStateAndIsFast() {
        Settings settings = on.withSeed(99);
        Placement original = Placement.start(bank.engine, settings);
        SimulatedLearner learner = SimulatedLearner.uniform(1.2, new SplittableRandom(5));
        int i = 0;
        while (original.next().isPresent()) {
            Item item = original.next().orElseThrow();
            original.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ofSeconds(40L * ++i));
        }
        assertEquals(30, original.answers().size());
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 20; run++) {
            long t0 = System.nanoTime();
            Placement resumed = Placement.replay(bank.engine, settings, original.answers());
            Result result = resumed.result();
            fastest = Math.min(fastest, System.nanoTime() - t0);
            assertEquals(original.result(), result);
            assertEquals(original.next(), resumed.next());
        }
        assertTrue(fastest < 5_000_000, "replay of 30 answers took " + fastest / 1e6 + " ms");
    }

    @Test
    void theInverseOfASmallMatrixIsRight() {
        double[][] m = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] inverse = AreaCorrelation.invert(m);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double product = 0;
                for (int k = 0; k < 3; k++) {
                    product += m[r][k] * inverse[k][c];
                }
                assertEquals(r == c ? 1 : 0, product, 1e-12);
            }
        }
    }

    /** The same estimate and level, up to rounding (the option's arithmetic is not bit for bit the same). */
    private static void assertSame(AreaResult expected, AreaResult actual) {
        assertEquals(expected.ability().mean(), actual.ability().mean(), 1e-9);
        assertEquals(expected.ability().sd(), actual.ability().sd(), 1e-9);
        assertEquals(expected.level(), actual.level());
        assertEquals(expected.levelProbability(), actual.levelProbability(), 1e-9);
    }

    /** Eight items of area 1 (its easiest, or its hardest), all answered right or all wrong. */
    private Result answerAreaOne(Settings settings, boolean right) {
        Placement placement = Placement.start(bank.engine, settings);
        List<Item> items = bank.engine.items("1").stream()
                .sorted(java.util.Comparator.comparingDouble(item -> (right ? -1 : 1) * item.parameters().difficulty()))
                .limit(8).toList();
        items.forEach(item -> placement.record(item.id(), right, Duration.ZERO));
        return placement.result();
    }
}
