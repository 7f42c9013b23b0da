package be.epn.campus.placement.model;

import be.epn.campus.people.model.Person;
import java.util.List;
import java.util.Optional;

/** Where placements, learning plans and calibrated item parameters are kept. Callers provide the transaction. */
public interface PlacementRepository {

    /** Persists and flushes, so that a unique key broken by a double submission fails here. */
    void add(Object row);

    Optional<PlacementSession> find(long id);

    /** The learner's running placement, if any. */
    Optional<PlacementSession> open(Person learner);

    /** Every placement of the learner, newest first. */
    List<PlacementSession> of(Person learner);

    /** Finished placements of a framework, with their answers, for calibration. */
    List<PlacementSession> finished(String frameworkKey);

    Optional<LearningPlan> plan(Person learner);

    List<CalibratedItem> calibratedItems();

    Optional<CalibratedItem> calibratedItem(String itemKey);
}
