package be.epn.campus.placement.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which modules a learner should take after a placement, in which order. Pure, so the rule is unit-tested.
 *
 * <p>A module is proposed when it teaches one of its competences above the level the learner was placed at;
 * at level 1, the floor of the placement (it also holds people who are not yet there), every module of the
 * competence is proposed. Modules already completed are left out. The easiest first: by the lowest target
 * level that the learner still lacks, then by module key so that the order is stable; a prerequisite not
 * completed yet comes before the module that needs it, even when the learner's level would skip it, because
 * the module pages only open a module once its prerequisites are done.
 */
public final class PlanProposal {

    /** A module as the proposal sees it: its targets (competence code → level) and its prerequisites' keys. */
    public record Candidate(String key, Map<String, Integer> targets, List<String> prerequisites) {
    }

    private PlanProposal() {
    }

    /**
     * @param levels    the placed level of each competence, by code (a competence missing counts as level 1)
     * @param modules   every module available
     * @param completed keys of the modules the learner has completed
     * @return module keys, in the order to take them
     */
    public static List<String> propose(Map<String, Integer> levels, List<Candidate> modules, Set<String> completed) {
        Map<String, Candidate> byKey = modules.stream().collect(Collectors.toMap(Candidate::key, Function.identity()));
        List<Candidate> wanted = new ArrayList<>();
        for (Candidate module : modules) {
            if (!completed.contains(module.key()) && lowestMissing(module, levels) < Integer.MAX_VALUE) {
                wanted.add(module);
            }
        }
        wanted.sort(Comparator.comparingInt((Candidate m) -> lowestMissing(m, levels)).thenComparing(Candidate::key));
        Set<String> plan = new LinkedHashSet<>();
        for (Candidate module : wanted) {
            addWithPrerequisites(module, byKey, completed, plan, new LinkedHashSet<>());
        }
        return List.copyOf(plan);
    }

    /** The lowest target level above the learner's (any level at level 1), or MAX_VALUE when none is. */
    static int lowestMissing(Candidate module, Map<String, Integer> levels) {
        return module.targets().entrySet().stream()
                .filter(t -> {
                    int placed = levels.getOrDefault(t.getKey(), 1);
                    return placed <= 1 || t.getValue() > placed;
                })
                .mapToInt(Map.Entry::getValue).min().orElse(Integer.MAX_VALUE);
    }

    private static void addWithPrerequisites(Candidate module, Map<String, Candidate> byKey, Set<String> completed,
                                             Set<String> plan, Set<String> visiting) {
        if (plan.contains(module.key()) || !visiting.add(module.key())) {
            return; // already placed, or a cycle in the prerequisites (the module checks refuse those; never loop)
        }
        for (String key : module.prerequisites()) {
            Candidate prerequisite = byKey.get(key);
            if (prerequisite != null && !completed.contains(key)) {
                addWithPrerequisites(prerequisite, byKey, completed, plan, visiting);
            }
        }
        plan.add(module.key());
    }
}
