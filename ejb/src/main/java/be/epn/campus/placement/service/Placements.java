package be.epn.campus.placement.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.quiz.Response;
import be.epn.campus.curriculum.quiz.Scoring;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.Placement;
import be.epn.campus.placement.engine.Settings;
import be.epn.campus.placement.model.PlacementAnswer;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import be.epn.campus.placement.source.ItemDefinition;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.service.LearningRecords;
import be.epn.campus.progress.service.Places;
import be.epn.campus.progress.service.Verb;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The placement as learners (and animateurs beside them) take it. Each answer is saved in its own transaction,
 * with the learner's row locked and a unique key (placement, item), before the next item is chosen: a closed
 * browser loses nothing, two tabs or a double click record one answer. The engine is rebuilt from the saved
 * answers and the placement's seed at every step ({@link Placement#replay}), so the placement resumes with the
 * same next item at any EPN.
 *
 * <p>Who may act: the learner on their own placement; an animateur or coordinator who may see the learner's
 * record (as for attesting tasks), whose answers are then marked as given with help.
 */
@Stateless
public class Placements {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    PlacementRepository placements;

    @Inject
    ProgressRepository progress;

    @Inject
    PeopleRepository people;

    @EJB
    Callers callers;

    @EJB
    Places places;

    @EJB
    PlacementBank bank;

    @EJB
    PlacementFinish finish;

    @EJB
    LearningRecords records;

    @Inject
    @ConfigProperty(name = "campus.placement.minutes", defaultValue = "30")
    int minutes;

    /**
     * Starts the signed-in learner's placement after the gentle start; a running one is resumed instead. A true
     * beginner (never a computer nor a smartphone) gets the starter path at once and no test.
     */
    public PlacementState start(StartAnswers start, String deviceToken) {
        return start(me(), start, deviceToken, null);
    }

    /** An animateur starts (or resumes) a learner's placement beside them: the assisted mode. */
    public PlacementState startFor(UUID learnerUuid, StartAnswers start, String deviceToken) {
        Person learner = learner(learnerUuid);
        return start(learner, start, deviceToken, helper(learner));
    }

    /** The learner's running placement, else their last one; empty if they never started one. */
    public Optional<PlacementState> mine() {
        Person learner = me();
        return latest(learner).map(p -> settled(p, null));
    }

    /** A learner's running or last placement, for staff who may see their record (or the learner). */
    public Optional<PlacementState> latestOf(UUID learnerUuid) {
        Person learner = learner(learnerUuid);
        Person helper = helper(learner);
        return latest(learner).map(p -> settled(p, helper));
    }

    /** One placement, for its learner or staff who may see the learner's record. */
    public PlacementState view(long id) {
        PlacementSession placement = find(id);
        return settled(placement, helper(placement.getPerson()));
    }

    /**
     * Saves one answer to the current item. An item already answered in this placement keeps its first answer
     * (the state comes back marked repeated); an item that is not the one proposed now is refused, so nobody can
     * choose their items.
     *
     * @throws RefusedException {@code placement.refused.answer} for a response that does not fit the item,
     *                          {@code placement.refused.notCurrent} for another item, {@code placement.refused.finished}
     */
    public PlacementState answer(long id, String itemKey, String rawResponse, String deviceToken) {
        PlacementSession placement = find(id);
        Person helper = helper(placement.getPerson());
        progress.lock(placement.getPerson());
        if (placement.answerTo(itemKey == null ? "" : itemKey).isPresent()) {
            return state(placement, helper).repeatedAnswer();
        }
        if (!placement.isOpen()) {
            throw new RefusedException("placement.refused.finished");
        }
        LocalDateTime now = now();
        Placement engine = engine(placement);
        Item current = engine.next(placement.elapsedAt(now)).orElse(null);
        if (current == null) {
            // The time budget ran out while the page was open: the placement ends without this answer.
            finish.close(placement, engine, places.epnOf(deviceToken).orElse(null), helper, now);
            return state(placement, helper, engine);
        }
        if (!current.id().equals(itemKey)) {
            throw new RefusedException("placement.refused.notCurrent");
        }
        ItemDefinition item = bank.definition(itemKey).orElseThrow();
        Response response;
        try {
            response = Response.parse(item.question(), rawResponse);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("placement.refused.answer");
        }
        boolean correct = Scoring.isCorrect(item.question(), response, placement.getPerson().getPreferredLanguage());
        Epn epn = places.epnOf(deviceToken).orElse(null);
        Duration elapsed = placement.touch(now);
        PlacementAnswer answer = new PlacementAnswer(placement, placement.getAnswers().size() + 1, itemKey, response.text(),
                correct, elapsed, now, epn, helper);
        placement.record(answer);
        placements.add(answer);
        records.placement(placement.getPerson(), Verb.ANSWERED, placement.getFrameworkKey(), itemKey,
                new LearningRecords.Result(null, correct, null, response.text()), epn);
        engine.record(itemKey, correct, elapsed);
        if (engine.next(elapsed).isEmpty()) {
            finish.close(placement, engine, epn, helper, now);
        }
        return state(placement, helper, engine);
    }

    private PlacementState start(Person learner, StartAnswers start, String deviceToken, Person helper) {
        progress.lock(learner);
        Optional<PlacementSession> open = placements.open(learner);
        if (open.isPresent()) {
            return settled(open.get(), helper);
        }
        LocalDateTime now = now();
        Epn epn = places.epnOf(deviceToken).orElse(null);
        PlacementSession placement = new PlacementSession(learner, PlacementBank.FRAMEWORK, SEEDS.nextLong(),
                start == null ? new StartAnswers(null, null, null) : start, epn, helper, now);
        placements.add(placement);
        records.placement(learner, Verb.ATTEMPTED, placement.getFrameworkKey(), null, null, epn);
        if (placement.startAnswers().trueBeginner()) {
            finish.starterPath(placement, epn, now);
        }
        return state(placement, helper);
    }

    /** The placement's state, after closing it if its time ran out while nobody was answering. */
    private PlacementState settled(PlacementSession placement, Person helper) {
        if (!placement.isOpen()) {
            return state(placement, helper, null);
        }
        LocalDateTime now = now();
        Placement engine = engine(placement);
        if (engine.next(placement.elapsedAt(now)).isEmpty()) {
            progress.lock(placement.getPerson());
            finish.close(placement, engine, null, helper, now);
        }
        return state(placement, helper, engine);
    }

    private Optional<PlacementSession> latest(Person learner) {
        return placements.open(learner).or(() -> placements.of(learner).stream().findFirst());
    }

    Placement engine(PlacementSession placement) {
        List<Answer> answers = placement.getAnswers().stream()
                .map(a -> new Answer(a.getItemKey(), a.isCorrect(), a.elapsed())).toList();
        return Placement.replay(bank.engine(), settings(placement), answers);
    }

    Settings settings(PlacementSession placement) {
        return Settings.defaults().withSeed(placement.getSeed()).withTimeBudget(Duration.ofMinutes(minutes));
    }

    private PlacementState state(PlacementSession placement, Person helper) {
        return state(placement, helper, placement.isOpen() ? engine(placement) : null);
    }

    /** With the engine already replayed for this request (the hot path: answer, then the next item), not again. */
    private PlacementState state(PlacementSession placement, Person helper, Placement engine) {
        return PlacementViews.of(placement, placement.isOpen() ? engine : null, bank, settings(placement),
                helper != null, now());
    }

    private PlacementSession find(long id) {
        return placements.find(id).orElseThrow(() -> new RecordNotFoundException("placement " + id));
    }

    /**
     * Null when the caller is the learner; the caller when they are staff who may see the learner's record
     * (their answers are "with help"); refused otherwise.
     */
    private Person helper(Person learner) {
        Caller caller = callers.current();
        AccessRules.requireSignedIn(caller);
        if (caller.isPerson(learner.getId())) {
            return null;
        }
        if (!caller.isCoordinator() && caller.staffEpns().isEmpty()) {
            throw new AccessDeniedException(caller.uuid() + " is not staff");
        }
        AccessRules.requireView(caller, learner);
        return people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
    }

    private Person learner(UUID uuid) {
        return people.find(uuid).orElseThrow(() -> new RecordNotFoundException("person " + uuid));
    }

    private Person me() {
        Caller caller = callers.current();
        return callers.currentPerson().filter(p -> !caller.isAnonymous())
                .orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
