/**
 * Revocation as a W3C Bitstring Status List v1.0: one bit per credential in a list of at least 131,072 bits,
 * published compressed inside a status list credential that verifiers fetch and that we sign like a credential.
 */
package be.epn.campus.certification.status;
