/**
 * "My account" ({@code /me/}), for anyone signed in: their details and language, which EPNs may see their
 * file (consent), their groups, their secret code, and the download of everything held about them. Written
 * for people who have never used a computer: one thing per section, short sentences, big buttons. Every
 * change goes through {@link be.epn.campus.people.service.MyAccount}, which acts on the caller only.
 */
package be.epn.campus.people.web.me;
