/**
 * The learner's login card. Most learners have no e-mail address: an animateur creates their account at the
 * EPN desk and prints this card, which carries their name, their username and a QR code that opens the
 * sign-in page with the username filled in, above plain-language instructions in the learner's language.
 * The secret code is never printed. {@link be.epn.campus.people.card.LoginCard} says what goes on the card,
 * {@link be.epn.campus.people.card.LoginCardRenderer} makes the PDF.
 */
package be.epn.campus.people.card;
