package be.epn.campus.progress.model;

/** A module not begun has no progress row; NOT_STARTED only appears in views and exports. */
public enum ModuleState {
    NOT_STARTED, STARTED, COMPLETED
}
