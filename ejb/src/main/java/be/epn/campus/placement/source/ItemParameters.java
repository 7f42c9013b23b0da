package be.epn.campus.placement.source;

import be.epn.campus.curriculum.source.Question;

/**
 * The item-response parameters of an item (three-parameter logistic model): how sharply it separates
 * learners ({@code discrimination}, a), where on the ability scale it is answered right half the time beyond
 * guessing ({@code difficulty}, b, in logits), and the chance of a right answer by pure guessing
 * ({@code guessing}, c).
 */
public record ItemParameters(double discrimination, double difficulty, double guessing) {

    public static final double MIN_DISCRIMINATION = 0.2;
    public static final double MAX_DISCRIMINATION = 3.0;
    public static final double MIN_DIFFICULTY = -4.0;
    public static final double MAX_DIFFICULTY = 4.0;
    /** Beyond this, an item tells more about luck than about the learner. */
    public static final double MAX_GUESSING = 0.5;

    public ItemParameters {
        if (!(discrimination >= MIN_DISCRIMINATION && discrimination <= MAX_DISCRIMINATION)) {
            throw new IllegalArgumentException("discrimination out of range: " + discrimination);
        }
        if (!(difficulty >= MIN_DIFFICULTY && difficulty <= MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty out of range: " + difficulty);
        }
        if (!(guessing >= 0 && guessing <= MAX_GUESSING)) {
            throw new IllegalArgumentException("guessing out of range: " + guessing);
        }
    }

    /**
     * The chance of answering right by guessing when a file gives none: 1/k for a choice among k (options,
     * regions, true/false), 1/(2^k - 1) for a multiple choice of k options, 1/n! for matching or ordering n
     * entries, 0 for a short answer typed in.
     */
    public static double defaultGuessing(Question question) {
        double chance;
        if (question instanceof Question.SingleChoice q) {
            chance = 1.0 / q.options().size();
        } else if (question instanceof Question.MultipleChoice q) {
            chance = 1.0 / (Math.pow(2, q.options().size()) - 1);
        } else if (question instanceof Question.Matching q) {
            chance = 1.0 / factorial(q.pairs().size());
        } else if (question instanceof Question.Ordering q) {
            chance = 1.0 / factorial(q.items().size());
        } else if (question instanceof Question.Hotspot q) {
            chance = 1.0 / q.regions().size();
        } else if (question instanceof Question.TrueFalse) {
            chance = 0.5;
        } else {
            chance = 0.0; // a short answer typed in
        }
        return Math.min(chance, MAX_GUESSING);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
