package be.epn.campus.placement.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One learner's placement in progress. Not thread-safe: one placement is driven by one request at a time.
 *
 * <p>The state is exactly the bank, the settings and the answers: the draw among the best items uses a random
 * generator seeded by the settings' seed and the number of answers, so {@link #replay} on another computer
 * proposes the same next item as the placement that was interrupted. {@link #next()} changes nothing and can be
 * called again (after a reload) with the same result.
 */
public final class Placement {

    private final ItemBank bank;
    private final Settings settings;
    private final ItemSelector selector;
    private final List<Answer> answers = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();
    /** Each area's posterior under the marginal prior and its own answers only (areas independent). */
    private final Map<String, Posterior> posteriors = new LinkedHashMap<>();
    /** With an area correlation: each area's conditional prior given the other areas' answers; null when stale. */
    private Map<String, Estimate> collateralPriors;
    private final Map<String, Integer> askedPerArea = new HashMap<>();
    private final Map<String, Integer> askedPerCompetence = new HashMap<>();
    private Duration elapsed = Duration.ZERO;

    private Placement(ItemBank bank, Settings settings) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.selector = new ItemSelector(settings.randomesque(), settings.nearBest(), settings.inattention());
        for (String area : bank.areas()) {
            posteriors.put(area, Posterior.normalPrior(settings));
        }
    }

    /** A new placement, with every area at its prior. */
    public static Placement start(ItemBank bank, Settings settings) {
        return new Placement(bank, settings);
    }

    /**
     * The placement that these answers, given in this order, produced: same estimates, same items shown, same
     * next item. Duplicate answers are ignored as {@link #record} ignores them.
     */
    public static Placement replay(ItemBank bank, Settings settings, List<Answer> answers) {
        Placement placement = start(bank, settings);
        for (Answer answer : answers) {
            placement.record(answer.itemId(), answer.correct(), answer.elapsed());
        }
        return placement;
    }

    /**
     * The item to show now, or empty when the placement is over. Never an item already shown; always the same
     * item until an answer is recorded.
     */
    public Optional<Item> next() {
        if (placementStop() != StopReason.NONE) {
            return Optional.empty();
        }
        Optional<String> area = bank.areas().stream()
                .filter(a -> areaStop(a) == StopReason.NONE)
                // The area whose level is least certain first (the smallest posterior mass in the band of its
                // estimated level), not the widest posterior: an ability in the middle of a band needs fewer items
                // than one near a cut. At equal certainty the area asked least, then the bank's order.
                // With an area correlation, levels already implied by the other areas' answers count as more certain,
                // and an area's first item is aimed at the ability the other areas suggest.
                .min(Comparator.comparingDouble((String a) -> levelProbability(posterior(a)))
                        .thenComparing(a -> askedPerArea.getOrDefault(a, 0))
                        .thenComparing(a -> bank.areas().indexOf(a)));
        SplittableRandom random = new SplittableRandom(settings.seed() ^ (0x9E3779B97F4A7C15L * (answers.size() + 1)));
        return area.flatMap(a -> selector.choose(bank.items(a), shown, askedPerCompetence,
                posterior(a).estimate().mean(), random));
    }

    /** As {@link #next()}, but first checks the time budget against the time elapsed now. */
    public Optional<Item> next(Duration elapsedNow) {
        if (elapsedNow.compareTo(settings.timeBudget()) >= 0) {
            return Optional.empty();
        }
        return next();
    }

    /**
     * Records an answer and updates the area's estimate. The item need not be the one proposed (an animateur, a
     * replay) but must be in the bank.
     *
     * @param elapsed the time spent in the placement so far, told by the caller
     * @return false, with nothing changed, when the item was already answered: a double submission counts once
     * @throws IllegalArgumentException when the item is not in the bank
     */
    public boolean record(String itemId, boolean correct, Duration elapsed) {
        Item item = bank.item(itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        Answer answer = new Answer(itemId, correct, elapsed);
        if (!shown.add(itemId)) {
            return false;
        }
        answers.add(answer);
        posteriors.computeIfPresent(item.area(), (area, posterior) -> posterior.update(item.parameters(), correct));
        collateralPriors = null;
        askedPerArea.merge(item.area(), 1, Integer::sum);
        askedPerCompetence.merge(item.competence(), 1, Integer::sum);
        if (elapsed.compareTo(this.elapsed) > 0) {
            this.elapsed = elapsed;
        }
        return true;
    }

    /** The answers recorded, in order: all that is needed to {@link #replay} this placement. */
    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public boolean finished() {
        return placementStop() != StopReason.NONE;
    }

    /** The current estimates; the final placement once {@link #finished()}. */
    public Result result() {
        CompetenceEstimator competences = new CompetenceEstimator(settings);
        LevelScale scale = settings.scale();
        List<AreaResult> areas = new ArrayList<>();
        List<CompetenceResult> perCompetence = new ArrayList<>();
        for (String area : bank.areas()) {
            Posterior posterior = posterior(area);
            Estimate estimate = posterior.estimate();
            areas.add(new AreaResult(area, estimate, scale.level(estimate.mean()), levelProbability(posterior),
                    askedPerArea.getOrDefault(area, 0), areaStop(area)));
            List<Item> items = new ArrayList<>();
            List<Boolean> correct = new ArrayList<>();
            for (Answer answer : answers) {
                Item item = bank.item(answer.itemId()).orElseThrow();
                if (item.area().equals(area)) {
                    items.add(item);
                    correct.add(answer.correct());
                }
            }
            for (String competence : bank.competences(area)) {
                perCompetence.add(competences.estimate(competence, items, correct, prior(area)));
            }
        }
        StopReason stop = placementStop();
        return new Result(areas, perCompetence, answers.size(), elapsed, stop != StopReason.NONE, stop);
    }

    /**
     * The posterior of an area's ability: with areas independent, its own; with an area correlation, its own answers
     * under the conditional prior given the other areas' answers (see {@link AreaCorrelation}).
     */
    private Posterior posterior(String area) {
        if (settings.areaCorrelation() == 0) {
            return posteriors.get(area);
        }
        Estimate prior = prior(area);
        return posteriors.get(area).reprior(settings.priorMean(), settings.priorSd(), prior.mean(), prior.sd());
    }

    /** The prior of an area's ability: the marginal one, or with an area correlation the conditional one. */
    private Estimate prior(String area) {
        if (settings.areaCorrelation() == 0) {
            return new Estimate(settings.priorMean(), settings.priorSd());
        }
        if (collateralPriors == null) {
            collateralPriors = new AreaCorrelation(settings).priors(bank.areas(), posteriors, askedPerArea);
        }
        return collateralPriors.get(area);
    }

    /** The posterior probability that the ability lies in the band of the level of its estimate. */
    private double levelProbability(Posterior posterior) {
        LevelScale scale = settings.scale();
        int level = scale.level(posterior.estimate().mean());
        return posterior.mass(scale.lowerBound(level), scale.upperBound(level));
    }

    private StopReason placementStop() {
        if (answers.size() >= settings.maxItems()) {
            return StopReason.MAX_ITEMS;
        }
        if (elapsed.compareTo(settings.timeBudget()) >= 0) {
            return StopReason.TIME_BUDGET;
        }
        boolean allStopped = bank.areas().stream().allMatch(area -> areaStop(area) != StopReason.NONE);
        return allStopped ? StopReason.AREAS_DONE : StopReason.NONE;
    }

    private StopReason areaStop(String area) {
        if (posterior(area).estimate().sd() < settings.targetSd()) {
            return StopReason.PRECISION;
        }
        if (askedPerArea.getOrDefault(area, 0) >= settings.maxItemsPerArea()) {
            return StopReason.AREA_MAX_ITEMS;
        }
        boolean anyLeft = bank.items(area).stream().anyMatch(item -> !shown.contains(item.id()));
        return anyLeft ? StopReason.NONE : StopReason.BANK_EXHAUSTED;
    }
}
