/**
 * Certificate types as data ({@code curricula/certificates/}, format {@code epn-campus/certificates@1}) and the
 * pure evaluation of their issuing rule against a learner's evidence. No JPA, no server: the service that issues
 * certificates feeds plain records in and stores the outcome.
 */
package be.epn.campus.certification.rules;
