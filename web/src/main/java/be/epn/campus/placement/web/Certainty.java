package be.epn.campus.placement.web;

/**
 * How sure a placed level is, in words a learner understands, from the probability that the learner is at
 * that level. The thresholds are deliberately coarse: three words say enough, and a figure would mislead.
 */
public enum Certainty {
    /** Two chances in three or more. */
    SURE,
    /** Close to one chance in two. */
    FAIRLY_SURE,
    /** Less: a few more items in this area would settle it. */
    NOT_SURE_YET;

    static final double SURE_FROM = 0.66;
    static final double FAIRLY_SURE_FROM = 0.45;

    public static Certainty of(double probability) {
        if (probability >= SURE_FROM) {
            return SURE;
        }
        return probability >= FAIRLY_SURE_FROM ? FAIRLY_SURE : NOT_SURE_YET;
    }
}
