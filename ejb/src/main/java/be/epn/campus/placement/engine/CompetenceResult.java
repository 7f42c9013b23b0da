package be.epn.campus.placement.engine;

/**
 * The placement of one competence: its area's ability, moved by the answers given on the competence itself.
 *
 * @param competence       the competence code, e.g. "1.2"
 * @param ability          the estimate and its uncertainty (wider than the area's: a competence can differ)
 * @param level            the DigComp level of the estimate
 * @param levelProbability the posterior probability that the ability lies in that level's band
 * @param itemsAsked       items answered on the competence; with none, the level is the area's, less certain
 */
public record CompetenceResult(String competence, Estimate ability, int level, double levelProbability,
                               int itemsAsked) {
}
