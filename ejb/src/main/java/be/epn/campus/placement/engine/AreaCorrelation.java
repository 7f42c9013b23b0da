package be.epn.campus.placement.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collateral information across areas ({@link Settings#areaCorrelation()}): digital skills in the five DigComp
 * areas go together, so the answers of one area say something about the others.
 *
 * <p>The model: the areas' abilities are jointly normal, each with the engine's prior N(mu, sigma²) as marginal
 * and the same correlation rho between any two areas (a general ability plus area-specific deviations). The
 * exact joint posterior would need a grid in five dimensions; instead, each other area's answers are summarised
 * by a normal approximation of their <em>likelihood</em> (not of their posterior): its independent posterior
 * (marginal prior times its own answers, which the engine keeps anyway) has mean m and variance v, the grid prior
 * alone has mean m0 and variance v0, so the answers carry the precision {@code tau = 1/v - 1/v0} and the
 * precision-weighted mean {@code tau y = m/v - m0/v0} (dividing two normals). Given those pseudo-observations
 * {@code y_b ~ N(theta_b, 1/tau_b)} of the other areas, the conditional prior of area a is normal; its mean and
 * variance come from the joint precision {@code Lambda + diag(tau)} (Lambda the inverse of the prior covariance,
 * {@code tau_a = 0}) and the linear term {@code Lambda mu 1 + tau y}: a 5 × 5 system, microseconds.
 *
 * <p>No evidence is counted twice: area a's posterior is this conditional prior times area a's own answers, and
 * the conditional prior uses only the other areas' own answers (their independent posteriors with the marginal
 * prior divided out), never their collateral posteriors, which already hold area a's answers. An area without
 * answers contributes nothing ({@code tau = 0}); nor does one whose answers widened its posterior (possible with
 * contradictory answers under the ceiling model), where a normal likelihood would be meaningless. The result
 * depends only on the answers, so a replay gives the same estimates and items.
 */
final class AreaCorrelation {

    private final Settings settings;
    private final Estimate prior;

    AreaCorrelation(Settings settings) {
        this.settings = settings;
        this.prior = Posterior.normalPrior(settings).estimate();
    }

    /**
     * @param areas       the bank's areas, in order
     * @param independent each area's posterior under the marginal prior and its own answers only
     * @param answered    how many answers each area has
     * @return each area's conditional prior given the other areas' answers (a normal: mean and SD)
     */
    Map<String, Estimate> priors(List<String> areas, Map<String, Posterior> independent,
                                      Map<String, Integer> answered) {
        int n = areas.size();
        double v0 = prior.sd() * prior.sd();
        double[] tau = new double[n];
        double[] tauY = new double[n];
        for (int b = 0; b < n; b++) {
            if (answered.getOrDefault(areas.get(b), 0) > 0) {
                Estimate e = independent.get(areas.get(b)).estimate();
                double v = e.sd() * e.sd();
                tau[b] = Math.max(0, 1 / v - 1 / v0);
                tauY[b] = tau[b] > 0 ? e.mean() / v - prior.mean() / v0 : 0;
            }
        }
        double[][] lambda = priorPrecision(n);
        Map<String, Estimate> result = new LinkedHashMap<>();
        for (int a = 0; a < n; a++) {
            double[][] joint = new double[n][n];
            double[] linear = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    joint[i][j] = lambda[i][j];
                    linear[i] += lambda[i][j] * settings.priorMean();
                }
                if (i != a) {
                    joint[i][i] += tau[i];
                    linear[i] += tauY[i];
                }
            }
            double[][] covariance = invert(joint);
            double mean = 0;
            for (int j = 0; j < n; j++) {
                mean += covariance[a][j] * linear[j];
            }
            result.put(areas.get(a), new Estimate(mean, Math.sqrt(covariance[a][a])));
        }
        return result;
    }

    /** The inverse of the prior covariance sigma² ((1 - rho) I + rho J). */
    private double[][] priorPrecision(int n) {
        double variance = settings.priorSd() * settings.priorSd();
        double rho = settings.areaCorrelation();
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                covariance[i][j] = variance * (i == j ? 1 : rho);
            }
        }
        return invert(covariance);
    }

    /** Gauss-Jordan with partial pivoting; the matrices here are symmetric positive definite and 5 × 5. */
    static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] m = new double[n][];
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i] = matrix[i].clone();
            inverse[i][i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            t = inverse[col];
            inverse[col] = inverse[pivot];
            inverse[pivot] = t;
            double d = m[col][col];
            for (int j = 0; j < n; j++) {
                m[col][j] /= d;
                inverse[col][j] /= d;
            }
            for (int row = 0; row < n; row++) {
                if (row != col && m[row][col] != 0) {
                    double f = m[row][col];
                    for (int j = 0; j < n; j++) {
                        m[row][j] -= f * m[col][j];
                        inverse[row][j] -= f * inverse[col][j];
                    }
                }
            }
        }
        return inverse;
    }
}
