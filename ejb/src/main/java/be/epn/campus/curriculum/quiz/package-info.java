/**
 * The quiz engine's pure part: how a learner's response is written down, checked and scored, and in which
 * order a question's choices are shown. No server needed; the progress feature stores what it decides.
 */
package be.epn.campus.curriculum.quiz;
