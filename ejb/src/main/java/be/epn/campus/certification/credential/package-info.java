/**
 * The Open Badges 3.0 credential of a certificate: a plain input record
 * ({@link be.epn.campus.certification.credential.CredentialContent}) that the server fills from its entities,
 * and the builder of the W3C Verifiable Credential (Data Model 2.0) JSON-LD document from it.
 */
package be.epn.campus.certification.credential;
