/**
 * Progress: what each learner did in the modules (activities viewed, quizzes answered, tasks attested),
 * where it happened (the EPN, from the computer used), the competence profile built from that evidence, and
 * the learning records that mirror every event as an xAPI statement. One learner, one record, every EPN.
 */
package be.epn.campus.progress;
