package be.epn.campus.progress.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ActivityProgress;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.model.ProgressRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.training.service.TrainingTrack;
import java.util.UUID;

/**
 * A learner's way through the modules: opening activities, their path (next step first), and, for the staff
 * who may see them, their progress and history and the attestation of practical tasks.
 */
@Stateless
public class Learning {

    @Inject
    ProgressRepository progress;

    @Inject
    ModuleRepository modules;

    @Inject
    TrainingTrack track;

    @Inject
    PeopleRepository people;

    @EJB
    ModuleCatalog catalog;

    @EJB
    Callers callers;

    @EJB
    Places places;

    @EJB
    ProgressBook book;

    @EJB
    LearningRecords records;

    /**
     * The learner opened a lesson, a resource or a link: that completes it. A quiz or a task opened is only
     * viewed (a quiz completes when passed, a task when attested).
     */
    public void opened(String moduleKey, String activityKey, String deviceToken) {
        Person learner = me();
        LearningModule module = module(moduleKey);
        ModuleActivity activity = activity(module, activityKey);
        progress.lock(learner);
        Epn epn = places.epnOf(deviceToken).orElse(null);
        boolean completes = switch (activity.getKind()) {
            case "lesson", "resource", "link" -> true;
            default -> false;
        };
        ActivityState before = progress.activityProgress(learner, activity).map(ActivityProgress::getState).orElse(null);
        book.advance(learner, activity, completes ? ActivityState.DONE : ActivityState.VIEWED, epn);
        if (before == null) {
            records.activity(learner, Verb.EXPERIENCED, activity, completes ? new LearningRecords.Result(null, null, true, null) : null, epn);
        }
    }

    /**
     * An animateur (or a coordinator) attests a learner's practical task, with the autonomy they saw.
     * Only staff who may see the learner's record may attest it.
     */
    public void attest(UUID learnerUuid, String moduleKey, String taskKey, Autonomy autonomy, String deviceToken) {
        Caller caller = callers.current();
        if (!caller.isCoordinator() && caller.staffEpns().isEmpty()) {
            throw new AccessDeniedException(caller.uuid() + " is not staff");
        }
        Person learner = people.find(learnerUuid).orElseThrow(() -> new RecordNotFoundException("person " + learnerUuid));
        AccessRules.requireView(caller, learner);
        if (caller.isPerson(learner.getId())) {
            throw new RefusedException("learn.refused.attestSelf");
        }
        if (autonomy == null) {
            throw new RefusedException("learn.refused.autonomy");
        }
        LearningModule module = module(moduleKey);
        ModuleActivity task = activity(module, taskKey);
        Activity definition = catalog.definition(moduleKey).orElseThrow().activities().stream()
                .filter(a -> a.id().equals(taskKey)).findFirst().orElseThrow();
        if (!(definition instanceof Activity.Task t)) {
            throw new RefusedException("learn.refused.notATask");
        }
        Competence competence = module.getTargets().stream().map(target -> target.getCompetence())
                .filter(c -> c.getCode().equals(t.competence())).findFirst().orElseThrow();
        progress.lock(learner);
        Epn epn = places.epnOf(deviceToken).orElse(null);
        book.attest(learner, task, competence, autonomy, people.find(caller.uuid()).orElseThrow(), epn);
    }

    /** The signed-in learner's path. */
    public LearnerPath myPath() {
        return pathOf(me());
    }

    /** A learner's path as staff see it (access checked, like any look at a record). */
    public LearnerPath pathOf(UUID learnerUuid) {
        Person learner = people.find(learnerUuid).orElseThrow(() -> new RecordNotFoundException("person " + learnerUuid));
        AccessRules.requireView(callers.current(), learner);
        return pathOf(learner);
    }

    private LearnerPath pathOf(Person learner) {
        Map<String, ModuleProgress> byModule = new HashMap<>();
        progress.moduleProgress(learner).forEach(p -> byModule.put(p.getModule().getKey(), p));
        List<LearnerPath.ModuleStep> steps = new ArrayList<>();
        Map<String, LearningModule> byKey = new HashMap<>();
        for (LearningModule module : modules.all()) {
            byKey.put(module.getKey(), module);
            if (track.isTrack(module.getFramework().getKey())) {
                continue; // continuing education for animateurs: on their record (/training), not in a learner's path
            }
            ModuleProgress row = byModule.get(module.getKey());
            ModuleState state = row == null ? ModuleState.NOT_STARTED : row.getState();
            boolean ready = module.getPrerequisites().stream().allMatch(p -> byModule.containsKey(p.getKey())
                    && byModule.get(p.getKey()).getState() == ModuleState.COMPLETED);
            Map<String, ActivityState> activities = new HashMap<>();
            if (row != null) {
                progress.activityProgress(learner, module).forEach(a -> activities.put(a.getActivity().getKey(), a.getState()));
            }
            steps.add(new LearnerPath.ModuleStep(module.getKey(), module.getTitle(), module.getSummary(), module.getDurationMinutes(),
                    state, row == null ? 0 : row.getDoneCount(), row == null ? module.currentActivities().size() : row.getRequiredCount(),
                    ready, row == null ? null : row.getLastActivityAt(), row == null ? null : row.getCompletedAt(),
                    row == null || row.getCompletedEpn() == null ? null : row.getCompletedEpn().getName(), activities));
        }
        return LearnerPath.of(learner.getUuid(), learner.getGivenName(), steps, CompetenceProfile.of(progress.evidence(learner)),
                progress.epnsVisited(learner).stream().map(Epn::getName).toList(),
                progress.records(learner, 50).stream().map(r -> new LearnerPath.Event(r.getStoredAt(), r.getVerb(),
                        titleOf(r.getObjectIri(), byKey), r.getEpn() == null ? null : r.getEpn().getName())).toList());
    }

    /**
     * What a statement is about, in words: ".../modules/email/activities/check" → the module's and the
     * activity's titles (in every language); an object no longer in the curricula keeps its identifier.
     */
    private static LocalizedText titleOf(String iri, Map<String, LearningModule> modules) {
        if (iri.contains("/placement/")) {
            return LearningRecords.PLACEMENT_TITLE;
        }
        int at = iri.indexOf("/modules/");
        if (at < 0) {
            return LocalizedText.of(iri, iri, iri);
        }
        String[] parts = iri.substring(at + "/modules/".length()).split("/activities/", 2);
        Optional<LearningModule> module = Optional.ofNullable(modules.get(parts[0]));
        if (module.isEmpty()) {
            return LocalizedText.of(iri, iri, iri);
        }
        LocalizedText moduleTitle = module.get().getTitle();
        if (parts.length == 1) {
            return moduleTitle;
        }
        return module.get().activity(parts[1]).map(a -> {
            LocalizedText activity = a.getTitle();
            return LocalizedText.of(moduleTitle.getFr() + " — " + activity.getFr(), moduleTitle.getNl() + " — " + activity.getNl(),
                    moduleTitle.getEn() + " — " + activity.getEn());
        }).orElse(moduleTitle);
    }

    private Person me() {
        return callers.currentPerson().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    private LearningModule module(String key) {
        return modules.find(key == null ? "" : key).orElseThrow(() -> new RecordNotFoundException("module " + key));
    }

    private static ModuleActivity activity(LearningModule module, String key) {
        return module.activity(key == null ? "" : key).filter(a -> !a.isRetired())
                .orElseThrow(() -> new RecordNotFoundException("activity " + module.getKey() + "/" + key));
    }
}
