package be.epn.campus.curriculum.source;

import be.epn.campus.platform.LocalizedText;
import java.util.List;

/**
 * A learning module as written in {@code curricula/modules/<id>/module.json}, validated, with its lessons'
 * Markdown read in. What the importer turns into rows and the quiz engine scores against.
 */
public record ModuleDefinition(
        String id,
        int version,
        LocalizedText title,
        LocalizedText summary,
        String framework,
        List<Target> targets,
        List<String> prerequisites,
        int durationMinutes,
        CompletionRule completion,
        List<Activity> activities) {

    /** A competence of the framework and the level the module brings a learner to. */
    public record Target(String competence, int level) {
    }

    /** When a module counts as completed. */
    public enum CompletionRule {
        /** Every required activity completed (lessons viewed, quizzes passed, tasks attested). */
        ALL_REQUIRED,
        /** Every quiz passed. */
        QUIZZES_PASSED
    }

    public List<Activity.Quiz> quizzes() {
        return activities.stream().filter(Activity.Quiz.class::isInstance).map(Activity.Quiz.class::cast).toList();
    }

    public List<Activity.Task> tasks() {
        return activities.stream().filter(Activity.Task.class::isInstance).map(Activity.Task.class::cast).toList();
    }
}
