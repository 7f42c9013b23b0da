package be.epn.campus.progress.model;

/**
 * How we know a learner reached a level: a completed module, a passed quiz, an attested task, a placement, or (for
 * animateurs) a trainer's observation of their practice.
 */
public enum EvidenceSource {
    MODULE, QUIZ, TASK, PLACEMENT, OBSERVATION
}
