package be.epn.campus.placement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PlacementTest {

    private final SyntheticBank bank = SyntheticBank.exact(7);

    @Test
    void strongLearnerIsPlacedHigh() {
        Result result = take(Placement.start(bank.engine, Settings.defaults()),
                SimulatedLearner.uniform(2.5, new SplittableRandom(1))).result();
        for (AreaResult area : result.areas()) {
            assertTrue(area.level() >= 5, () -> "area " + area + " of a level-6 learner");
        }
    }

    @Test
    void weakLearnerIsPlacedLow() {
        Result result = take(Placement.start(bank.engine, Settings.defaults()),
                SimulatedLearner.uniform(-2.5, new SplittableRandom(2))).result();
        for (AreaResult area : result.areas()) {
            assertTrue(area.level() <= 2, () -> "area " + area + " of a level-1 learner");
        }
        for (CompetenceResult competence : result.competences()) {
            assertTrue(competence.level() <= 3, () -> "competence " + competence + " of a level-1 learner");
        }
    }

    @Test
    void uncertaintyShrinksWithAnswers() {
        Settings settings = Settings.defaults();
        Placement placement = Placement.start(bank.engine, settings);
        SimulatedLearner learner = SimulatedLearner.uniform(0.3, new SplittableRandom(3));
        Map<String, List<Double>> sds = new HashMap<>();
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            Item item = next.get();
            placement.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ofSeconds(30));
            sds.computeIfAbsent(item.area(), a -> new ArrayList<>())
                    .add(placement.result().area(item.area()).ability().sd());
        }
        for (Map.Entry<String, List<Double>> area : sds.entrySet()) {
            List<Double> sd = area.getValue();
            assertTrue(sd.size() >= 4, "area " + area.getKey() + " asked " + sd.size());
            assertTrue(sd.get(0) < settings.priorSd(), "the first answer narrows the prior");
            assertTrue(sd.get(sd.size() - 1) < sd.get(0), "area " + area.getKey() + ": " + sd);
            assertTrue(sd.get(sd.size() - 1) < 0.6 * settings.priorSd(), "area " + area.getKey() + ": " + sd);
        }
    }

    @Test
    void noItemIsShownTwiceEvenWhenTheBankRunsOut() {
        Settings exhaustive = Settings.defaults().withStop(0.001, 1000, 1000);
        for (long seed = 0; seed < 5; seed++) {
            Placement placement = Placement.start(bank.engine, exhaustive.withSeed(seed));
            SimulatedLearner learner = SimulatedLearner.uniform(seed - 2.0, new SplittableRandom(seed));
            Set<String> shown = new HashSet<>();
            Optional<Item> next;
            while ((next = placement.next()).isPresent()) {
                Item item = next.get();
                assertTrue(shown.add(item.id()), "shown twice: " + item.id());
                placement.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ZERO);
            }
            assertEquals(bank.engine.size(), shown.size());
            assertEquals(StopReason.AREAS_DONE, placement.result().stop());
            placement.result().areas().forEach(a -> assertEquals(StopReason.BANK_EXHAUSTED, a.stop()));
        }
    }

    @Test
    void anAreaStopsOnceItsEstimateIsPreciseEnough() {
        Settings settings = Settings.defaults().withStop(0.6, 1000, 1000);
        Result result = take(Placement.start(bank.engine, settings),
                SimulatedLearner.uniform(0, new SplittableRandom(4))).result();
        assertEquals(StopReason.AREAS_DONE, result.stop());
        for (AreaResult area : result.areas()) {
            assertEquals(StopReason.PRECISION, area.stop());
            assertTrue(area.ability().sd() < 0.6);
        }
        assertTrue(result.itemsAsked() < 60, "items: " + result.itemsAsked());
    }

    @Test
    void theWholePlacementStopsAtItsMaximumNumberOfItems() {
        Settings settings = Settings.defaults().withStop(0.01, 1000, 30);
        Placement placement = take(Placement.start(bank.engine, settings),
                SimulatedLearner.uniform(0, new SplittableRandom(5)));
        assertEquals(30, placement.answers().size());
        assertEquals(StopReason.MAX_ITEMS, placement.result().stop());
    }

    @Test
    void anAreaStopsAtItsMaximumNumberOfItems() {
        Settings settings = Settings.defaults().withStop(0.01, 3, 1000);
        Result result = take(Placement.start(bank.engine, settings),
                SimulatedLearner.uniform(0, new SplittableRandom(6))).result();
        assertEquals(15, result.itemsAsked());
        result.areas().forEach(a -> assertEquals(StopReason.AREA_MAX_ITEMS, a.stop()));
    }

    @Test
    void thePlacementStopsWhenTheTimeBudgetIsUsed() {
        Settings settings = Settings.defaults().withTimeBudget(Duration.ofMinutes(10));
        Placement placement = Placement.start(bank.engine, settings);
        int answered = 0;
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            answered++;
            placement.record(next.get().id(), answered % 2 == 0, Duration.ofMinutes(answered));
        }
        assertEquals(10, answered);
        assertEquals(StopReason.TIME_BUDGET, placement.result().stop());
        assertEquals(Duration.ofMinutes(10), placement.result().elapsed());

        Placement paused = Placement.start(bank.engine, settings);
        assertTrue(paused.next(Duration.ofMinutes(9)).isPresent());
        assertTrue(paused.next(Duration.ofMinutes(10)).isEmpty(), "the elapsed time told by the caller counts");
    }

    @Test
    void replayingTheAnswersGivesTheSameState() {
        Settings settings = Settings.defaults().withSeed(42);
        Placement original = Placement.start(bank.engine, settings);
        SimulatedLearner learner = SimulatedLearner.uniform(0.8, new SplittableRandom(8));
        for (int i = 0; i < 13; i++) {
            Item item = original.next().orElseThrow();
            original.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ofSeconds(40L * i));
        }
        Placement resumed = Placement.replay(bank.engine, settings, original.answers());

        assertEquals(original.result(), resumed.result());
        assertEquals(original.answers(), resumed.answers());
        assertEquals(original.next(), resumed.next());
        assertEquals(original.next(), original.next(), "asking again shows the same item");
        while (original.next().isPresent()) {
            Item item = original.next().orElseThrow();
            assertEquals(item, resumed.next().orElseThrow());
            boolean correct = learner.answers(item, bank.truth.get(item.id()));
            original.record(item.id(), correct, Duration.ofMinutes(10));
            resumed.record(item.id(), correct, Duration.ofMinutes(10));
        }
        assertEquals(original.result(), resumed.result());
    }

    @Test
    void aDoubleSubmissionIsRecordedOnce() {
        Placement placement = Placement.start(bank.engine, Settings.defaults());
        Item item = placement.next().orElseThrow();
        assertTrue(placement.record(item.id(), true, Duration.ofSeconds(20)));
        Result once = placement.result();
        assertFalse(placement.record(item.id(), false, Duration.ofSeconds(21)));
        assertEquals(once, placement.result());
        assertThrows(IllegalArgumentException.class, () -> placement.record("no-such-item", true, Duration.ZERO));
    }

    @Test
    void itemsAreSpreadOverTheCompetencesOfAnArea() {
        Settings settings = Settings.defaults().withStop(0.01, 12, 1000);
        Placement placement = Placement.start(bank.engine, settings);
        SimulatedLearner learner = SimulatedLearner.uniform(-0.5, new SplittableRandom(9));
        Map<String, Integer> perCompetence = new HashMap<>();
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            Item item = next.get();
            perCompetence.merge(item.competence(), 1, Integer::sum);
            placement.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ZERO);
            for (String area : bank.engine.areas()) {
                List<Integer> counts = bank.engine.competences(area).stream()
                        .map(c -> perCompetence.getOrDefault(c, 0)).toList();
                int spread = counts.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - counts.stream().mapToInt(Integer::intValue).min().orElseThrow();
                assertTrue(spread <= 1, "area " + area + " competences asked " + counts);
            }
        }
        // Area 2 has 6 competences: 12 items are two per competence.
        bank.engine.competences("2").forEach(c -> assertEquals(2, perCompetence.get(c), c));
    }

    @Test
    void theDrawAmongTheBestItemsDependsOnTheSeed() {
        Set<String> firstItems = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            Placement placement = Placement.start(bank.engine, Settings.defaults().withSeed(seed));
            firstItems.add(placement.next().orElseThrow().id());
            assertEquals(placement.next(), Placement.start(bank.engine, Settings.defaults().withSeed(seed)).next());
        }
        assertEquals(3, firstItems.size(), "randomesque among the 3 most informative: " + firstItems);
        Placement single = Placement.start(bank.engine, Settings.defaults().withRandomesque(1));
        assertEquals(single.next(), Placement.start(bank.engine, Settings.defaults().withRandomesque(1).withSeed(9))
                .next(), "without exposure control the best item is always first");
    }

    @Test
    void theDrawLeavesOutItemsMuchLessInformativeThanTheBest() {
        List<Item> items = List.of(Item.of("best", "1.1", 4, ItemParameters.of(1.6, 0, 0)),
                Item.of("close", "1.1", 4, ItemParameters.of(1.55, 0, 0)),
                Item.of("weak", "1.1", 4, ItemParameters.of(0.8, 0, 2)),
                Item.of("seen", "1.2", 4, ItemParameters.of(1, 0, 0)));
        ItemSelector selector = new ItemSelector(3, 0.9, 0.03);
        Set<String> first = new HashSet<>();
        Set<String> later = new HashSet<>();
        for (int seed = 0; seed < 40; seed++) {
            first.add(selector.choose(items.subList(0, 3), Set.of(), Map.of(), 0, new SplittableRandom(seed)).orElseThrow().id());
            later.add(selector.choose(items, Set.of("seen"), Map.of("1.2", 1), 0, new SplittableRandom(seed))
                    .orElseThrow().id());
        }
        assertEquals(Set.of("best", "close"), later);
        assertEquals(Set.of("best", "close", "weak"), first, "an area's first item is drawn among all the best");
    }

    @Test
    void theAreaWhoseLevelIsLeastCertainIsAskedNext() {
        Placement placement = Placement.start(bank.engine, Settings.defaults());
        SimulatedLearner learner = SimulatedLearner.uniform(1.2, new SplittableRandom(10));
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            Result now = placement.result();
            double leastCertain = now.areas().stream().filter(a -> a.stop() == StopReason.NONE)
                    .mapToDouble(AreaResult::levelProbability).min().orElseThrow();
            assertEquals(leastCertain, now.area(next.get().area()).levelProbability(), 1e-12);
            placement.record(next.get().id(), learner.answers(next.get(), bank.truth.get(next.get().id())),
                    Duration.ZERO);
        }
    }

    @Test
    void oneSlipOnAnEasyItemCostsAStrongLearnerLessWithInattention() {
        Settings settings = Settings.defaults();
        Map<Double, Double> estimates = new HashMap<>();
        for (double inattention : new double[] {0, settings.inattention()}) {
            Posterior posterior = Posterior.normal(Posterior.grid(settings), settings.priorMean(), settings.priorSd(),
                    inattention);
            posterior = posterior.update(bank.engine.item("c1.1-l1-0").orElseThrow().parameters(), false); // easy, wrong
            for (String id : List.of("c1.1-l5-0", "c1.2-l5-0", "c1.3-l5-0", "c1.1-l6-0", "c1.2-l6-0")) {
                posterior = posterior.update(bank.engine.item(id).orElseThrow().parameters(), true);
            }
            estimates.put(inattention, posterior.estimate().mean());
        }
        assertTrue(estimates.get(settings.inattention()) > estimates.get(0.0) + 0.3, estimates.toString());
    }

    @Test
    void aCompetenceAnsweredWrongIsPlacedBelowItsArea() {
        Placement placement = Placement.start(bank.engine, Settings.defaults().withStop(0.01, 24, 1000));
        Optional<Item> next;
        while ((next = placement.next()).isPresent()) {
            Item item = next.get();
            // Four items per competence of area 2; strong everywhere in area 2 except competence 2.3.
            boolean correct = !item.competence().equals("2.3") && item.level() <= 5;
            placement.record(item.id(), correct, Duration.ZERO);
        }
        Result result = placement.result();
        CompetenceResult weak = result.competence("2.3");
        CompetenceResult strong = result.competence("2.1");
        assertTrue(weak.itemsAsked() >= 4);
        // Shrunk towards the area (a competence's own four answers are little evidence), but clearly below it.
        assertTrue(weak.ability().mean() < result.area("2").ability().mean() - 0.5, weak + " vs " + result.area("2"));
        // 0.65 logits apart with the default 3 % inattention (which makes each wrong answer a little weaker evidence).
        assertTrue(strong.ability().mean() > weak.ability().mean() + 0.5, strong + " vs " + weak);
        assertTrue(weak.ability().sd() > result.area("2").ability().sd(), "a competence is less certain");
    }

    private Placement take(Placement placement, SimulatedLearner learner) {
        Optional<Item> next;
        int i = 0;
        while ((next = placement.next()).isPresent()) {
            Item item = next.get();
            placement.record(item.id(), learner.answers(item, bank.truth.get(item.id())), Duration.ofSeconds(30L * ++i));
        }
        return placement;
    }
}
