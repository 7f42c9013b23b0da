/**
 * The verification code printed on a certificate: 140 random bits, typed by hand in groups of Crockford
 * base32, looked up by its hash so that the database never holds a code in clear.
 */
package be.epn.campus.certification.code;
