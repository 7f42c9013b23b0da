package be.epn.campus.placement.calibration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.Settings;

/**
 * The calibration benchmark of issue 5 (item 8): for cohorts of simulated placements (see {@link SimulatedCohort}),
 * how far the bank's discriminations and difficulties are from the truth before and after calibration, and how
 * long the calibration takes. Not a test (surefire runs only *Test); run it as docs/measurements.md says, with
 * arguments {@code [seed] [cohort sizes...]} and the properties {@code sim.discriminationBias},
 * {@code sim.discriminationNoise}, {@code sim.difficultyNoise} (how far the bank is from the truth),
 * {@code sim.slip} (the learners' slips, 0.03 by default) and {@code sim.rounds}.
 */
public final class CalibrationSimulation {

    private static final double A_BIAS = Double.parseDouble(System.getProperty("sim.discriminationBias", "0"));
    private static final double A_NOISE = Double.parseDouble(System.getProperty("sim.discriminationNoise", "0.3"));
    private static final double B_NOISE = Double.parseDouble(System.getProperty("sim.difficultyNoise", "0.5"));
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = Integer.getInteger("sim.rounds", CalibrationSettings.defaults().rounds());

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
        List<Integer> sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
                : List.of(500, 1000, 3000);
        CalibrationSettings settings = CalibrationSettings.defaults().withRounds(ROUNDS);
        System.out.printf(Locale.ROOT, "bank = truth + noise: log a N(%.2f, %.2f²), b N(0, %.2f²); at most %d rounds; seed %d%n",
                A_BIAS, A_NOISE, B_NOISE, ROUNDS, seed);
        System.out.println("placements | rounds run | items re-estimated | MAE a before -> after | MAE b before -> after"
                + " | items with 200+ answers: MAE a before -> after | flagged items | simulate s | calibrate s (CPU)");
        for (int size : sizes) {
            // CPU time of this thread, not wall-clock time: the build machine is often shared with other builds.
            long t0 = CPU.getCurrentThreadCpuTime();
            SimulatedCohort cohort = new SimulatedCohort(size, seed, A_BIAS, A_NOISE, B_NOISE);
            long t1 = CPU.getCurrentThreadCpuTime();
            Calibration calibration = new Calibrator(Settings.defaults(), settings)
                    .calibrate(cohort.start, cohort.placements);
            long t2 = CPU.getCurrentThreadCpuTime();
            ItemBank after = calibration.calibratedBank();
            List<String> moved = calibration.items().stream().filter(ItemCalibration::reestimated)
                    .map(ItemCalibration::itemId).toList();
            List<String> many = calibration.items().stream().filter(c -> c.answers() >= 200)
                    .map(ItemCalibration::itemId).toList();
            long flagged = calibration.items().stream()
                    .filter(c -> c.reestimated() && !c.problems().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%d | %d rounds | %d of %d | %.3f -> %.3f | %.3f -> %.3f | %d: %.3f -> %.3f | %d | %.1f | %.2f%n",
                    size, calibration.rounds(), moved.size(), calibration.items().size(),
                    cohort.meanAbsoluteError(cohort.start, moved, true), cohort.meanAbsoluteError(after, moved, true),
                    cohort.meanAbsoluteError(cohort.start, moved, false), cohort.meanAbsoluteError(after, moved, false),
                    many.size(), cohort.meanAbsoluteError(cohort.start, many, true),
                    cohort.meanAbsoluteError(after, many, true),
                    flagged, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            calibration.populations().forEach((area, p) -> System.out.printf(Locale.ROOT,
                    "    area %s: cohort N(%.2f, %.2f²)%n", area, p.mean(), p.sd()));
            if (Boolean.getBoolean("sim.problems")) {
                calibration.problems().forEach(problem -> System.out.println("    " + problem.describe()));
            }
        }
    }
}
