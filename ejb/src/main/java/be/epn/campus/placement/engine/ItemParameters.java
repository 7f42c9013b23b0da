package be.epn.campus.placement.engine;

/**
 * The three-parameter logistic (3PL) model of one item: the probability that a person of ability
 * {@code theta} answers right is {@code c + (1 - c) / (1 + exp(-a (theta - b)))}.
 *
 * @param discrimination {@code a}, how sharply the item separates abilities below and above {@code b}
 * @param difficulty     {@code b}, on the logit ability scale
 * @param guessing       {@code c}, the chance of a right answer by luck: 1/k for a k-option item, 0 for an open answer
 */
public record ItemParameters(double discrimination, double difficulty, double guessing) {

    public ItemParameters {
        if (!(discrimination > 0) || !Double.isFinite(discrimination)) {
            throw new IllegalArgumentException("discrimination must be positive: " + discrimination);
        }
        if (!Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be finite: " + difficulty);
        }
        if (!(guessing >= 0 && guessing < 1)) {
            throw new IllegalArgumentException("guessing must be in [0, 1): " + guessing);
        }
    }

    /** An item with {@code options} choices (guessing 1/options), or an open answer when {@code options} is 0. */
    public static ItemParameters of(double discrimination, double difficulty, int options) {
        if (options < 0 || options == 1) {
            throw new IllegalArgumentException("options must be 0 (open answer) or at least 2: " + options);
        }
        return new ItemParameters(discrimination, difficulty, options == 0 ? 0 : 1.0 / options);
    }

    public double probabilityCorrect(double theta) {
        return guessing + (1 - guessing) / (1 + Math.exp(-discrimination * (theta - difficulty)));
    }

    /** Fisher information of the item at {@code theta} (Birnbaum's formula for the 3PL). */
    public double information(double theta) {
        double p = probabilityCorrect(theta);
        double logistic = (p - guessing) / (1 - guessing);
        return discrimination * discrimination * (1 - p) / p * logistic * logistic;
    }

    /**
     * The probability of a right answer when a learner who knows the answer still gives it wrong with probability
     * {@code inattention} (a misclick, a misread word): a four-parameter model whose ceiling is
     * {@code 1 - inattention}. Without it, one slip on an easy item tells the 3PL that a strong learner is weak.
     */
    public double probabilityCorrect(double theta, double inattention) {
        return (1 - inattention) * probabilityCorrect(theta);
    }

    /** Fisher information under {@link #probabilityCorrect(double, double)}: the squared slope over p (1 - p). */
    public double information(double theta, double inattention) {
        double logistic = 1 / (1 + Math.exp(-discrimination * (theta - difficulty)));
        double slope = (1 - inattention) * (1 - guessing) * discrimination * logistic * (1 - logistic);
        double p = probabilityCorrect(theta, inattention);
        return slope * slope / (p * (1 - p));
    }
}
