package be.epn.campus.placement.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.model.ModuleTarget;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.placement.model.LearningPlan;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import be.epn.campus.placement.model.PlanStep;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.model.ProgressRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Learning plans: proposed when a placement ends ({@link PlanProposal}), shown to the learner and to the staff
 * who may see their record, adjusted by animateurs (add, remove, move a module). A learner reads their plan but
 * does not change it: the plan is the animateur's advice.
 */
@Stateless
public class LearningPlans {

    @Inject
    PlacementRepository placements;

    @Inject
    ProgressRepository progress;

    @Inject
    ModuleRepository modules;

    @Inject
    PeopleRepository people;

    @EJB
    Callers callers;

    /** The modules of the starter path, for people who have never used a computer nor a smartphone. */
    @Inject
    @ConfigProperty(name = "campus.placement.starter", defaultValue = "mouse-keyboard-touch")
    String starterModules;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void propose(Person learner, PlacementSession from, Map<String, Integer> levels, LocalDateTime now) {
        Set<String> completed = progress.moduleProgress(learner).stream()
                .filter(p -> p.getState() == ModuleState.COMPLETED).map(p -> p.getModule().getKey()).collect(Collectors.toSet());
        // Only modules of the framework the placement measured: competence codes repeat across frameworks
        // (5.1 is a DigComp competence and one of the animateurs'), so another framework's module would match.
        List<LearningModule> all = modules.ofFramework(from.getFrameworkKey());
        List<PlanProposal.Candidate> candidates = all.stream().map(LearningPlans::candidate).toList();
        Map<String, LearningModule> byKey = all.stream().collect(Collectors.toMap(LearningModule::getKey, m -> m));
        List<LearningModule> proposed = PlanProposal.propose(levels, candidates, completed).stream().map(byKey::get).toList();
        plan(learner, now).propose(from, proposed, PlanStep.Reason.PLACEMENT, now);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void starter(Person learner, PlacementSession from, LocalDateTime now) {
        List<LearningModule> starter = Arrays.stream(starterModules.split(",")).map(String::trim)
                .map(modules::find).flatMap(Optional::stream).toList();
        plan(learner, now).propose(from, starter, PlanStep.Reason.STARTER, now);
    }

    /** The signed-in learner's plan, if they have one. */
    public Optional<PlanView> mine() {
        Person learner = callers.currentPerson().orElseThrow(() -> new AccessDeniedException("anonymous"));
        return placements.plan(learner).map(p -> view(p, learner));
    }

    /** A learner's plan, for the learner or the staff who may see their record. */
    public Optional<PlanView> of(UUID learnerUuid) {
        Person learner = learner(learnerUuid);
        AccessRules.requireView(callers.current(), learner);
        return placements.plan(learner).map(p -> view(p, learner));
    }

    /** An animateur adds a module at the end of the plan (a plan is created if the learner has none). */
    public PlanView add(UUID learnerUuid, String moduleKey) {
        Person learner = learner(learnerUuid);
        Person animateur = animateurFor(learner);
        LearningModule module = module(moduleKey);
        LocalDateTime now = now();
        LearningPlan plan = plan(learner, now);
        if (!plan.add(module, animateur, now)) {
            throw new RefusedException("placement.refused.planHasModule");
        }
        return view(plan, learner);
    }

    public PlanView remove(UUID learnerUuid, String moduleKey) {
        Person learner = learner(learnerUuid);
        Person animateur = animateurFor(learner);
        LearningPlan plan = placements.plan(learner).orElseThrow(() -> new RefusedException("placement.refused.noPlan"));
        if (!plan.remove(module(moduleKey), animateur, now())) {
            throw new RefusedException("placement.refused.notInPlan");
        }
        return view(plan, learner);
    }

    /** Moves a module one place earlier ({@code delta} -1) or later (+1). */
    public PlanView move(UUID learnerUuid, String moduleKey, int delta) {
        if (delta != -1 && delta != 1) {
            throw new RefusedException("placement.refused.move");
        }
        Person learner = learner(learnerUuid);
        Person animateur = animateurFor(learner);
        LearningPlan plan = placements.plan(learner).orElseThrow(() -> new RefusedException("placement.refused.noPlan"));
        if (!plan.move(module(moduleKey), delta, animateur, now())) {
            throw new RefusedException("placement.refused.move");
        }
        return view(plan, learner);
    }

    private LearningPlan plan(Person learner, LocalDateTime now) {
        progress.lock(learner);
        return placements.plan(learner).orElseGet(() -> {
            LearningPlan plan = new LearningPlan(learner, now);
            placements.add(plan);
            return plan;
        });
    }

    private PlanView view(LearningPlan plan, Person learner) {
        Map<String, ModuleProgress> progressByKey = new HashMap<>();
        progress.moduleProgress(learner).forEach(p -> progressByKey.put(p.getModule().getKey(), p));
        List<PlanView.Step> steps = plan.getSteps().stream().map(s -> {
            ModuleProgress row = progressByKey.get(s.getModule().getKey());
            return new PlanView.Step(s.getPosition(), s.getModule().getKey(), s.getModule().getTitle(), s.getReason(),
                    row == null ? ModuleState.NOT_STARTED : row.getState(), s.getModule().getDurationMinutes());
        }).toList();
        return new PlanView(learner.getUuid(), plan.getPlacement() == null ? null : plan.getPlacement().getId(),
                plan.getUpdatedAt(), plan.getUpdatedBy() == null ? null : plan.getUpdatedBy().displayName(), steps);
    }

    /** Staff who may see the learner's record, not the learner: the plan is the animateur's advice. */
    private Person animateurFor(Person learner) {
        Caller caller = callers.current();
        AccessRules.requireSignedIn(caller);
        if (caller.isPerson(learner.getId()) || (!caller.isCoordinator() && caller.staffEpns().isEmpty())) {
            throw new AccessDeniedException(caller.uuid() + " may not change the plan of " + learner);
        }
        AccessRules.requireView(caller, learner);
        return people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
    }

    private static PlanProposal.Candidate candidate(LearningModule m) {
        Map<String, Integer> targets = new HashMap<>();
        for (ModuleTarget t : m.getTargets()) {
            targets.merge(t.getCompetence().getCode(), t.getLevel(), Math::max);
        }
        return new PlanProposal.Candidate(m.getKey(), targets,
                m.getPrerequisites().stream().map(LearningModule::getKey).sorted().toList());
    }

    private Person learner(UUID uuid) {
        return people.find(uuid).orElseThrow(() -> new RecordNotFoundException("person " + uuid));
    }

    private LearningModule module(String key) {
        return modules.find(key == null ? "" : key).orElseThrow(() -> new RefusedException("placement.refused.noModule"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
