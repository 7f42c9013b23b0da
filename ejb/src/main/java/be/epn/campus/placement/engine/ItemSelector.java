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
 * are not shown to every learner and learned by heart), leaving out those whose information is below
 * {@code nearBest} times the best's (except for an area's first item): with about six items an area, a draw of
 * a much weaker item costs more accuracy than exposure control is worth.
 */
final class ItemSelector {

    private final int randomesque;
    private final double nearBest;
    private final double inattention;

    ItemSelector(int randomesque, double nearBest, double inattention) {
        this.randomesque = randomesque;
        this.nearBest = nearBest;
        this.inattention = inattention;
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
                .sorted(Comparator.comparingDouble((Item item) -> -information(item, theta))
                        .thenComparing(Item::id))
                .limit(randomesque)
                .toList();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        // An area's first item is drawn among all the best: at the prior, information is a poor guide, and with the
        // floor every learner would open each area with the same item.
        boolean first = items.stream().noneMatch(item -> shown.contains(item.id()));
        double floor = (first ? 0 : nearBest) * information(best.get(0), theta);
        List<Item> near = best.stream().filter(item -> information(item, theta) >= floor).toList();
        return Optional.of(near.get(random.nextInt(near.size())));
    }

    private double information(Item item, double theta) {
        return item.parameters().information(theta, inattention);
    }
}
