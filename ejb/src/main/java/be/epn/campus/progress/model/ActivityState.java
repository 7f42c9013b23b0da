package be.epn.campus.progress.model;

/**
 * Where a learner stands on one activity. FAILED is a quiz tried and not yet passed: it counts as started,
 * never as done. The order matters: a state only moves up (a second, lower quiz score never undoes a pass).
 */
public enum ActivityState {
    VIEWED, FAILED, DONE, PASSED, ATTESTED;

    /** Whether this state completes the activity. */
    public boolean completes() {
        return this == DONE || this == PASSED || this == ATTESTED;
    }
}
