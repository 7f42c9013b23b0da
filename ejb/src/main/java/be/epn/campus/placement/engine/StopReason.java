package be.epn.campus.placement.engine;

/** Why an area, or the whole placement, asks no more items. */
public enum StopReason {
    /** Not stopped. */
    NONE,
    /** The posterior SD fell below the target. */
    PRECISION,
    /** The area reached its maximum number of items. */
    AREA_MAX_ITEMS,
    /** The area has no item left that was not shown. */
    BANK_EXHAUSTED,
    /** Every area stopped on its own (precision, its maximum, or its items exhausted). */
    AREAS_DONE,
    /** The whole placement reached its maximum number of items. */
    MAX_ITEMS,
    /** The whole placement used its time budget. */
    TIME_BUDGET
}
