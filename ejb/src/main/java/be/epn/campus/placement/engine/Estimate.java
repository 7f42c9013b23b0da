package be.epn.campus.placement.engine;

/**
 * An ability estimate on the logit scale.
 *
 * @param mean the posterior mean (EAP)
 * @param sd   the posterior standard deviation: the uncertainty
 */
public record Estimate(double mean, double sd) {
}
