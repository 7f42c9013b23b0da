package be.epn.campus.progress.service;

/**
 * New evidence joined a learner's competence profile (fired inside the transaction that saved it). The
 * certificates listen after the commit, so a certificate can never undo the learning event that earned it.
 *
 * @param personId the learner
 * @param epnId    where it happened, or null away from any EPN
 */
public record EvidenceRecorded(long personId, Long epnId) {
}
