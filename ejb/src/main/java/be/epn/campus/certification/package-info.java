/**
 * Certification (issue 6): certificates anyone can verify. This package's sub-packages hold the pure-Java
 * cryptographic core, with no server and no database: the Open Badges 3.0 credential ({@code .credential}),
 * VC-JWT signing and verification and the platform's keys ({@code .keys}), the revocation status list
 * ({@code .status}) and the printed verification codes ({@code .code}). See docs/certificates.md.
 */
package be.epn.campus.certification;
