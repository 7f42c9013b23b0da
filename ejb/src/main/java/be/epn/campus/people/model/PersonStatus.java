package be.epn.campus.people.model;

/** Where a person's record stands. Only ACTIVE people can sign in. */
public enum PersonStatus {
    ACTIVE,
    /** Switched off by a coordinator; the record is kept, every session is ended. */
    DISABLED,
    /** A duplicate folded into another record ({@code mergedInto}); kept for history. */
    MERGED,
    /** Identity wiped on request; the row stays so that counts remain right. */
    ERASED
}
