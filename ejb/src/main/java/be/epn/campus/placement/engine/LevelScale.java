package be.epn.campus.placement.engine;

import java.util.List;

/**
 * How the logit ability scale maps onto the eight DigComp proficiency levels.
 *
 * <p>The cut point of level L is the nominal difficulty of level-L items: a person exactly at the cut answers a
 * typical level-L item right with probability 0.5 (before guessing). So a person is placed at level L when they
 * are more likely than not to answer level-L items and less likely than not to answer level L+1 items. Below the
 * cut of level 2 everybody is level 1: the placement never says "level 0", the gentle start handles true
 * beginners. The item bank is calibrated on the same scale: items written for level L get difficulties near
 * {@code cut(L)}.
 *
 * <p>The default scale puts level 1 at -3 and one logit between levels (level 4 at 0, level 8 at 4).
 *
 * @param cuts the cut points of levels 1 to 8, strictly increasing (the first is the nominal difficulty of level 1)
 */
public record LevelScale(List<Double> cuts) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 8;

    public LevelScale {
        cuts = List.copyOf(cuts);
        if (cuts.size() != HIGHEST) {
            throw new IllegalArgumentException("a level scale needs 8 cut points: " + cuts);
        }
        for (int i = 1; i < cuts.size(); i++) {
            if (!(cuts.get(i) > cuts.get(i - 1))) {
                throw new IllegalArgumentException("cut points must increase: " + cuts);
            }
        }
    }

    public static LevelScale standard() {
        return evenlySpaced(-3.0, 1.0);
    }

    public static LevelScale evenlySpaced(double levelOne, double step) {
        return new LevelScale(java.util.stream.IntStream.range(0, HIGHEST)
                .mapToObj(i -> levelOne + step * i).toList());
    }

    /** The nominal difficulty of items of {@code level}: the ability at which such items are answered half right. */
    public double cut(int level) {
        return cuts.get(level - 1);
    }

    public int level(double theta) {
        int level = LOWEST;
        while (level < HIGHEST && theta >= cut(level + 1)) {
            level++;
        }
        return level;
    }

    /** The lower bound of the ability band of {@code level} (minus infinity for level 1). */
    public double lowerBound(int level) {
        return level == LOWEST ? Double.NEGATIVE_INFINITY : cut(level);
    }

    /** The upper bound of the ability band of {@code level} (plus infinity for level 8). */
    public double upperBound(int level) {
        return level == HIGHEST ? Double.POSITIVE_INFINITY : cut(level + 1);
    }
}
