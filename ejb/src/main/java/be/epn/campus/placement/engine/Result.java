package be.epn.campus.placement.engine;

import java.time.Duration;
import java.util.List;

/**
 * What a placement says, at any moment (final once {@link #finished()}).
 *
 * @param areas       one result per area of the bank, in the bank's order
 * @param competences one result per competence of the bank, grouped by area
 * @param itemsAsked  answers recorded
 * @param elapsed     the elapsed time of the last answer
 * @param finished    whether the placement asks no more items
 * @param stop        why the whole placement stopped: {@link StopReason#MAX_ITEMS}, {@link StopReason#TIME_BUDGET},
 *                    or {@link StopReason#AREAS_DONE} when every area stopped on its own; NONE while it runs
 */
public record Result(List<AreaResult> areas, List<CompetenceResult> competences, int itemsAsked,
                     Duration elapsed, boolean finished, StopReason stop) {

    public Result {
        areas = List.copyOf(areas);
        competences = List.copyOf(competences);
    }

    public AreaResult area(String area) {
        return areas.stream().filter(a -> a.area().equals(area)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area " + area));
    }

    public CompetenceResult competence(String competence) {
        return competences.stream().filter(c -> c.competence().equals(competence)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no competence " + competence));
    }
}
