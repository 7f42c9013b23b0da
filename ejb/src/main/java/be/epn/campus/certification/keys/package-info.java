/**
 * The platform's signing keys: a {@link be.epn.campus.certification.keys.KeyRing} kept in a directory outside
 * the repository, its public keys as a JWK Set, and VC-JWT (JWS compact) signing and verification with the
 * JDK alone (ES256, EdDSA). Old keys stay after rotation so that older credentials still verify.
 */
package be.epn.campus.certification.keys;
