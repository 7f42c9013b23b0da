package be.epn.campus.placement.calibration;

/**
 * The knobs of a calibration.
 *
 * @param minimumAnswers            an item with fewer answers keeps its parameters and is reported
 * @param minDiscrimination         lower bound of a re-estimated {@code a}
 * @param maxDiscrimination         upper bound of a re-estimated {@code a}
 * @param minDifficulty             lower bound of a re-estimated {@code b}
 * @param maxDifficulty             upper bound of a re-estimated {@code b}
 * @param logDiscriminationPriorSd  SD of the normal prior of {@code log a}, centred on the bank's {@code log a}
 * @param difficultyPriorSd         SD of the normal prior of {@code b}, centred on the bank's {@code b}
 * @param rounds                    at most this many EM rounds (E-step, M-step, anchoring); fewer when the
 *                                  parameters stop moving
 * @param minRestCorrelation        below this item-rest correlation an item discriminates too little
 * @param levelTolerance            a new {@code b} further than this from its level's cut is too easy or too hard
 * @param minFit                    lower bound of acceptable infit and outfit mean squares
 * @param maxFit                    upper bound of acceptable infit and outfit mean squares
 */
public record CalibrationSettings(int minimumAnswers, double minDiscrimination, double maxDiscrimination,
                                  double minDifficulty, double maxDifficulty, double logDiscriminationPriorSd,
                                  double difficultyPriorSd, int rounds, double minRestCorrelation,
                                  double levelTolerance, double minFit, double maxFit) {

    public CalibrationSettings {
        if (minimumAnswers < 1 || !(minDiscrimination > 0) || !(maxDiscrimination > minDiscrimination)
                || !(maxDifficulty > minDifficulty) || !(logDiscriminationPriorSd > 0) || !(difficultyPriorSd > 0)
                || rounds < 1 || !(levelTolerance > 0) || !(minFit < maxFit)) {
            throw new IllegalArgumentException("invalid calibration settings");
        }
    }

    /**
     * At least 30 answers; a in [0.3, 3], b in [-4, 4]; priors log a ~ N(log a0, 0.5²), b ~ N(b0, 1); at most 20
     * rounds (CalibrationSimulation: a keeps improving up to about 20 when the bank is far off, b after 3);
     * item-rest correlation at least 0.1; b within one logit (one level) of its level's cut; mean squares in
     * [0.6, 1.5].
     */
    public static CalibrationSettings defaults() {
        return new CalibrationSettings(30, 0.3, 3.0, -4.0, 4.0, 0.5, 1.0, 20, 0.1, 1.0, 0.6, 1.5);
    }

    public CalibrationSettings withMinimumAnswers(int newMinimumAnswers) {
        return new CalibrationSettings(newMinimumAnswers, minDiscrimination, maxDiscrimination, minDifficulty,
                maxDifficulty, logDiscriminationPriorSd, difficultyPriorSd, rounds, minRestCorrelation,
                levelTolerance, minFit, maxFit);
    }

    public CalibrationSettings withRounds(int newRounds) {
        return new CalibrationSettings(minimumAnswers, minDiscrimination, maxDiscrimination, minDifficulty,
                maxDifficulty, logDiscriminationPriorSd, difficultyPriorSd, newRounds, minRestCorrelation,
                levelTolerance, minFit, maxFit);
    }
}
