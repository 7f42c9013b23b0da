package be.epn.campus.placement.service;

import be.epn.campus.curriculum.source.Question;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A placement as pages and the API show it: while it runs, the item to answer now; once finished, the levels
 * per area and competence. Learners get no right/wrong feedback during a placement (it would discourage the
 * weakest and teach the answers); only that their answer is saved.
 *
 * @param id          the placement's number
 * @param learner     whose placement it is
 * @param finished    whether it asks no more items
 * @param starterPath finished at once because the gentle start found a true beginner (no levels then)
 * @param answered    items answered so far
 * @param maxItems    the most items it can ask
 * @param elapsed     time spent (pauses excluded)
 * @param timeBudget  the time after which it stops
 * @param current     the item to answer now, or null when finished
 * @param assisted    whether the caller is an animateur answering beside the learner (answers "with help")
 * @param repeated    the last answer sent had already been recorded (double submission): nothing changed
 * @param areas       levels per area (estimates so far while running; final once finished)
 * @param competences levels per competence
 */
public record PlacementState(long id, UUID learner, String learnerName, boolean finished, boolean starterPath, int answered,
                             int maxItems, Duration elapsed, Duration timeBudget, CurrentItem current, boolean assisted,
                             boolean repeated, LocalDateTime startedAt, String startedAtEpn, LocalDateTime finishedAt,
                             String finishedAtEpn, List<Level> areas, List<Level> competences) {

    public PlacementState {
        areas = List.copyOf(areas);
        competences = List.copyOf(competences);
    }

    /**
     * The item to answer: its key (sent back with the answer), what it measures, and the question. The answer
     * key is in the question; pages and the API must never send it to the browser.
     */
    public record CurrentItem(String key, String competence, Question question, int position) {
    }

    /**
     * A level in an area or a competence.
     *
     * @param uncertainty posterior SD of the ability, in logits (one level is one logit wide)
     * @param probability the probability that the learner is at this level
     * @param withHelp    some answers that led to it were given with an animateur's help
     */
    public record Level(String code, int level, double uncertainty, double probability, int itemsAsked, boolean withHelp)
            implements Serializable {
    }

    public PlacementState repeatedAnswer() {
        return new PlacementState(id, learner, learnerName, finished, starterPath, answered, maxItems, elapsed, timeBudget,
                current, assisted, true, startedAt, startedAtEpn, finishedAt, finishedAtEpn, areas, competences);
    }

    public int percentDone() {
        return finished ? 100 : Math.min(99, answered * 100 / Math.max(1, maxItems));
    }
}
