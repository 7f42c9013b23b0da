/**
 * Calibration of the placement item bank from the answers of finished placements (issue 5, item 8). Pure Java,
 * no server, no database: a coordinator action or a scheduled job gathers the answers, calls
 * {@link be.epn.campus.placement.calibration.Calibrator#calibrate} and decides what to do with the report.
 *
 * <p>Method: marginal maximum a posteriori estimation by EM (Bock and Aitkin, 1981), per competence area. The
 * E-step gives each placement's ability posterior on the engine's own quadrature grid (its mean is the EAP the
 * placement reported); the M-step re-estimates, for every item with enough answers, discrimination {@code a} and
 * difficulty {@code b} (guessing {@code c} fixed) by maximising the 3PL log-likelihood integrated over those
 * posteriors, penalised by priors centred on the bank's current values, so that a small sample moves an item
 * little. Integrating rather than plugging in the EAP matters: with six answers per area the EAP is pulled
 * toward the prior mean, and treating it as the true ability would underestimate every discrimination.
 *
 * <p>Each area's scale is kept where the bank put it (see {@code ScaleAnchor}): the level cut points mean
 * something only relative to the items written for each level, not to the cohort that happened to answer.
 */
package be.epn.campus.placement.calibration;
