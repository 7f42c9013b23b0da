package be.epn.campus.placement.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.placement.calibration.Calibration;
import be.epn.campus.placement.calibration.CalibrationSettings;
import be.epn.campus.placement.calibration.Calibrator;
import be.epn.campus.placement.calibration.ItemCalibration;
import be.epn.campus.placement.calibration.PlacementAnswers;
import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Settings;
import be.epn.campus.placement.model.CalibratedItem;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calibration of the placement items from real answers, a coordinator's action: {@link #review()} shows what a
 * calibration would change and which items misbehave, without changing anything; {@link #apply()} stores the
 * re-estimated parameters (they replace the files' at once, for the placements that start or resume from then
 * on) and writes the audit log. Finished placements only; answers given with help count like the others (the
 * learner still chose), placements closed by a merge or routed to the starter path have no answers to use.
 */
@Stateless
public class ItemCalibrations {

    private static final Set<String> NOT_MEASURED = Set.of(PlacementFinish.STARTER, "MERGED");
    /**
     * Below this many answers a new discrimination is not saved, only the new difficulty: in the calibration
     * simulation (docs/measurements.md) discriminations estimated from fewer answers were no better, sometimes
     * worse, than the authors' guesses, while difficulties were already twice as close to the truth.
     */
    static final int ANSWERS_FOR_DISCRIMINATION = 200;

    @Inject
    PlacementRepository placements;

    @Inject
    PeopleRepository people;

    @EJB
    PlacementBank bank;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** What calibrating now would give, changing nothing. */
    public Calibration review() {
        AccessRules.requireCoordinator(callers.current());
        return calibrate();
    }

    /** Calibrates and stores the new parameters of every item that had enough answers. */
    public Calibration apply() {
        Caller caller = callers.current();
        AccessRules.requireCoordinator(caller);
        Calibration calibration = calibrate();
        Person coordinator = people.find(caller.uuid()).orElse(null);
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        int changed = 0;
        for (ItemCalibration item : calibration.items()) {
            if (!item.reestimated()) {
                continue;
            }
            CalibratedItem row = placements.calibratedItem(item.itemId()).orElse(null);
            boolean first = row == null;
            if (first) {
                row = new CalibratedItem(item.itemId());
            }
            double discrimination = item.answers() >= ANSWERS_FOR_DISCRIMINATION ? item.after().discrimination()
                    : item.before().discrimination();
            row.update(discrimination, item.after().difficulty(), item.after().guessing(),
                    item.before().discrimination(), item.before().difficulty(), item.answers(), coordinator, now);
            if (first) {
                placements.add(row); // after update: the row is flushed at once and every column is required
            }
            changed++;
        }
        audit.record(caller.personId(), AuditAction.CALIBRATE_ITEMS, null, null,
                changed + " items re-estimated from " + calibration.placements() + " placements, "
                        + calibration.problems().size() + " problems");
        bank.reload();
        return calibration;
    }

    private Calibration calibrate() {
        List<PlacementAnswers> answers = new ArrayList<>();
        for (PlacementSession p : placements.finished(PlacementBank.FRAMEWORK)) {
            if (NOT_MEASURED.contains(p.getStopReason()) || p.getAnswers().isEmpty()) {
                continue;
            }
            answers.add(new PlacementAnswers(String.valueOf(p.getId()), p.getAnswers().stream()
                    .map(a -> new Answer(a.getItemKey(), a.isCorrect(), a.elapsed())).toList()));
        }
        return new Calibrator(Settings.defaults(), CalibrationSettings.defaults()).calibrate(bank.engine(), answers);
    }
}
