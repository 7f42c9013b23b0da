/**
 * The adaptive placement engine, pure Java, no server, no database, no clock.
 *
 * <p>Model: a three-parameter logistic item response model (discrimination {@code a}, difficulty {@code b},
 * guessing {@code c}) with a ceiling for inattention (a known answer given wrong now and then), with one ability
 * per DigComp competence area on a logit scale. The ability is estimated by its posterior mean (EAP) on a fixed
 * quadrature grid with a normal prior; the posterior standard deviation is the uncertainty. The next item is
 * the area whose level is least certain, the competence of that area asked least so far, and, among its items,
 * one of the few most informative at the current estimate (chosen at random among those nearly as informative
 * as the best, so that the best items are not shown to everybody). Abilities become DigComp levels through the cut
 * points of {@link be.epn.campus.placement.engine.LevelScale}.
 *
 * <p>A {@link be.epn.campus.placement.engine.Placement} is fully determined by its item bank, its settings
 * (including the random seed) and the list of answers, so that a placement interrupted on one computer is
 * rebuilt on another with {@link be.epn.campus.placement.engine.Placement#replay}.
 */
package be.epn.campus.placement.engine;
