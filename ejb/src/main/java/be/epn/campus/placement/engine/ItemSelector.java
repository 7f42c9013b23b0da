package be.epn.campus.placement.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses the next item of an area: content balance first (the competence of the area asked least so far, so
 * that an area's level rests on several of its competences), then information (the items most informative at
 * the current estimate), then chance among the {@code randomesque} best (so that the few best items of the bank
 * are not shown to every learner and learned by heart).
 */
final class ItemSelector {

    private final int randomesque;

    ItemSelector(int randomesque) {
        this.randomesque = randomesque;
    }

    /**
     * @param items   the items of the area
     * @param shown   ids of the items already shown in this placement: never chosen again
     * @param asked   items asked so far per competence code
     * @param theta   the current ability estimate of the area
     * @param random  the source of the draw among the best items
     */
    Optional<Item> choose(Collection<Item> items, Set<String> shown, Map<String, Integer> asked, double theta,
                          RandomGenerator random) {
        List<Item> unseen = items.stream().filter(item -> !shown.contains(item.id())).toList();
        int fewest = unseen.stream().mapToInt(item -> asked.getOrDefault(item.competence(), 0)).min().orElse(0);
        List<Item> best = unseen.stream()
                .filter(item -> asked.getOrDefault(item.competence(), 0) == fewest)
                .sorted(Comparator.comparingDouble((Item item) -> -item.parameters().information(theta))
                        .thenComparing(Item::id))
                .limit(randomesque)
                .toList();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(best.get(random.nextInt(best.size())));
    }
}
