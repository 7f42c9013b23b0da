package be.epn.campus.progress.model;

/** How we know a learner reached a level: a completed module, a passed quiz, an attested task, a placement. */
public enum EvidenceSource {
    MODULE, QUIZ, TASK, PLACEMENT
}
