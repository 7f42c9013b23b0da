package be.epn.campus.progress.model;

/** The DigComp autonomy dimension, as an animateur sees it when attesting a practical task. */
public enum Autonomy {
    WITH_HELP, ALONE
}
