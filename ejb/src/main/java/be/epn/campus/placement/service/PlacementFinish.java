package be.epn.campus.placement.service;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.placement.engine.AreaResult;
import be.epn.campus.placement.engine.CompetenceResult;
import be.epn.campus.placement.engine.Placement;
import be.epn.campus.placement.engine.Result;
import be.epn.campus.placement.model.PlacementLevel;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EvidenceSource;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.service.LearningRecords;
import be.epn.campus.progress.service.Verb;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import be.epn.campus.progress.service.EvidenceRecorded;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What happens when a placement ends: its levels are saved, each competence's level becomes evidence in the
 * learner's competence profile (source PLACEMENT, "with help" where an animateur answered beside the learner),
 * and a learning plan is proposed. Runs inside the caller's transaction, the learner's row already locked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PlacementFinish {

    /** Stop reason of a placement that a true beginner did not take: the starter path comes first. */
    public static final String STARTER = "STARTER";

    @Inject
    Event<EvidenceRecorded> evidenceRecorded;

    @Inject
    PlacementRepository placements;

    @Inject
    ProgressRepository progress;

    @Inject
    FrameworkRepository frameworks;

    @EJB
    PlacementBank bank;

    @EJB
    LearningPlans plans;

    @EJB
    LearningRecords records;

    public void close(PlacementSession placement, Placement engine, Epn epn, Person helper, LocalDateTime now) {
        if (!placement.isOpen()) {
            return;
        }
        Result result = engine.result();
        Set<String> helped = PlacementViews.helpedCodes(placement, bank);
        for (AreaResult area : result.areas()) {
            save(new PlacementLevel(placement, PlacementLevel.Scope.AREA, area.area(), area.level(), area.ability().mean(),
                    area.ability().sd(), area.levelProbability(), area.itemsAsked(), helped.contains(area.area())), placement);
        }
        Framework framework = frameworks.find(placement.getFrameworkKey()).orElse(null);
        Map<String, Integer> levels = new HashMap<>();
        for (CompetenceResult c : result.competences()) {
            boolean withHelp = helped.contains(c.competence());
            save(new PlacementLevel(placement, PlacementLevel.Scope.COMPETENCE, c.competence(), c.level(), c.ability().mean(),
                    c.ability().sd(), c.levelProbability(), c.itemsAsked(), withHelp), placement);
            levels.put(c.competence(), c.level());
            Competence competence = framework == null ? null : framework.competence(c.competence()).orElse(null);
            if (competence != null) {
                progress.add(new CompetenceEvidence(placement.getPerson(), competence, c.level(), EvidenceSource.PLACEMENT,
                        null, null, withHelp ? Autonomy.WITH_HELP : Autonomy.ALONE, epn, helper, now));
            }
        }
        placement.finish(result.stop().name(), epn, now);
        evidenceRecorded.fire(new EvidenceRecorded(placement.getPerson().getId(), epn == null ? null : epn.getId()));
        records.placement(placement.getPerson(), Verb.COMPLETED, placement.getFrameworkKey(), null,
                new LearningRecords.Result(null, null, true, null), epn);
        plans.propose(placement.getPerson(), placement, levels, now);
    }

    /** A true beginner: no test, the starter path as plan. */
    public void starterPath(PlacementSession placement, Epn epn, LocalDateTime now) {
        placement.finish(STARTER, epn, now);
        plans.starter(placement.getPerson(), placement, now);
    }

    private void save(PlacementLevel level, PlacementSession placement) {
        placement.record(level);
        placements.add(level);
    }
}
