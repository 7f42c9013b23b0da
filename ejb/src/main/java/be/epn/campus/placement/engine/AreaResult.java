package be.epn.campus.placement.engine;

/**
 * The placement of one competence area.
 *
 * @param area             the area code, e.g. "1"
 * @param ability          the ability estimate and its uncertainty (posterior SD, logits)
 * @param level            the DigComp level of the estimate
 * @param levelProbability the posterior probability that the ability lies in that level's band
 * @param itemsAsked       items answered in the area
 * @param stop             why the area stopped, or {@link StopReason#NONE}
 */
public record AreaResult(String area, Estimate ability, int level, double levelProbability, int itemsAsked,
                         StopReason stop) {
}
