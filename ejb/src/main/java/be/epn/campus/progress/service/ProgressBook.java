package be.epn.campus.progress.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.curriculum.model.ModuleTarget;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.progress.model.ActivityProgress;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EvidenceSource;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.ProgressRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The bookkeeping behind every learning event, inside the caller's transaction: the activity's state moves
 * up, the module's counts follow (completing it by its rule), evidence joins the competence profile, and
 * each step leaves its xAPI statement.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProgressBook {

    @Inject
    ProgressRepository progress;

    @EJB
    LearningRecords records;

    @Inject
    Event<EvidenceRecorded> evidenceRecorded;

    /** Moves an activity to {@code state} (if further) and updates its module; returns the activity's row. */
    public ActivityProgress advance(Person learner, ModuleActivity activity, ActivityState state, Epn epn) {
        LocalDateTime now = now();
        ActivityProgress row = progress.activityProgress(learner, activity).orElse(null);
        if (row == null) {
            row = new ActivityProgress(learner, activity, state, epn, now);
            progress.add(row);
        } else {
            row.advance(state, epn, now);
        }
        moduleChanged(learner, activity.getModule(), epn);
        return row;
    }

    /** An animateur's attestation of a practical task: progress, evidence with autonomy, statement. */
    public void attest(Person learner, ModuleActivity task, Competence competence, Autonomy autonomy, Person animateur, Epn epn) {
        LocalDateTime now = now();
        ActivityProgress row = progress.activityProgress(learner, task).orElse(null);
        if (row == null) {
            row = new ActivityProgress(learner, task, ActivityState.ATTESTED, epn, now);
            progress.add(row);
        }
        row.attest(autonomy, animateur, epn, now);
        LearningModule module = task.getModule();
        int level = module.getTargets().stream().filter(t -> t.getCompetence().equals(competence))
                .mapToInt(ModuleTarget::getLevel).findFirst().orElse(1);
        progress.add(new CompetenceEvidence(learner, competence, level, EvidenceSource.TASK, module, task, autonomy, epn, animateur, now));
        records.activity(learner, Verb.ATTESTED, task, new LearningRecords.Result(null, true, true, autonomy.name()), epn);
        moduleChanged(learner, module, epn);
        evidenceRecorded.fire(new EvidenceRecorded(learner.getId(), epn == null ? null : epn.getId()));
    }

    /** A passed quiz is evidence, at the module's target levels, that the learner knows the matter. */
    public void quizPassed(Person learner, ModuleActivity quiz, Epn epn) {
        LocalDateTime now = now();
        for (ModuleTarget target : quiz.getModule().getTargets()) {
            progress.add(new CompetenceEvidence(learner, target.getCompetence(), target.getLevel(), EvidenceSource.QUIZ,
                    quiz.getModule(), quiz, null, epn, null, now));
        }
        evidenceRecorded.fire(new EvidenceRecorded(learner.getId(), epn == null ? null : epn.getId()));
    }

    /** Opens the module's row at the first event in it; recounts, and completes it when its rule is met. */
    public ModuleProgress moduleChanged(Person learner, LearningModule module, Epn epn) {
        LocalDateTime now = now();
        List<ModuleActivity> counted = module.currentActivities().stream().filter(rule(module)).toList();
        Map<Long, ActivityState> states = new HashMap<>();
        progress.activityProgress(learner, module).forEach(p -> states.put(p.getActivity().getId(), p.getState()));
        int done = (int) counted.stream().filter(a -> states.containsKey(a.getId()) && states.get(a.getId()).completes()).count();
        ModuleProgress row = progress.moduleProgress(learner, module).orElse(null);
        if (row == null) {
            row = new ModuleProgress(learner, module, counted.size(), epn, now);
            progress.add(row);
        }
        if (row.update(done, counted.size(), epn, now)) {
            records.module(learner, Verb.COMPLETED, module, epn);
            Set<String> attested = progress.evidence(learner).stream()
                    .filter(e -> e.getModule() != null && e.getModule().equals(module) && e.getSource() == EvidenceSource.MODULE)
                    .map(e -> e.getCompetence().getCode()).collect(Collectors.toSet());
            for (ModuleTarget target : module.getTargets()) {
                if (!attested.contains(target.getCompetence().getCode())) {
                    progress.add(new CompetenceEvidence(learner, target.getCompetence(), target.getLevel(), EvidenceSource.MODULE,
                            module, null, null, epn, null, now));
                }
            }
            evidenceRecorded.fire(new EvidenceRecorded(learner.getId(), epn == null ? null : epn.getId()));
        }
        return row;
    }

    /** Which activities count toward completion, by the module's rule. */
    private static Predicate<ModuleActivity> rule(LearningModule module) {
        if ("QUIZZES_PASSED".equals(module.getCompletionRule())) {
            return a -> a.getKind().equals("quiz");
        }
        return ModuleActivity::isRequired;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
