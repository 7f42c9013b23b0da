/**
 * Placement: an adaptive skills assessment that places each learner on the DigComp levels of each competence
 * area and competence, so that nobody sits through modules they already master nor fails a test made for
 * someone else.
 */
package be.epn.campus.placement;
