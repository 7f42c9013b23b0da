package be.epn.campus.training.service;

import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EvidenceSource;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.service.EvidenceRecorded;
import be.epn.campus.training.model.SessionRegistration;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The animateur's record of continuing education and the trainer's observations (issue 7). An animateur sees only
 * their own record; a trainer sees the animateurs registered to the sessions they run; coordinators see all.
 */
@Stateless
public class ContinuingEducation {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    ProgressRepository progress;

    @Inject
    ModuleRepository learningModules;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    TrainingTrack track;

    @Inject
    Event<EvidenceRecorded> evidenceRecorded;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public AnimateurRecord mine() {
        Caller caller = callers.current();
        TrainingSessions.requireStaff(caller);
        return record(people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("anonymous")), TrainingSessions.now().getYear());
    }

    public AnimateurRecord of(UUID animateur, int year) {
        Person person = animateur(animateur);
        requireFollowing(callers.current(), person);
        return record(person, year);
    }

    /**
     * A trainer's observation of an animateur's practice, recorded as evidence in the animateurs' framework with
     * the autonomy seen (it counts toward continuing-education certificates as any evidence does).
     */
    public AnimateurRecord observe(UUID animateur, String competenceCode, int level, Autonomy autonomy) {
        Caller caller = callers.current();
        Person person = observed(caller, animateur);
        var framework = frameworks.find(track.framework()).orElseThrow(() -> new RefusedException("training.refused.noFramework"));
        Competence competence = framework.competence(competenceCode == null ? "" : competenceCode.strip())
                .orElseThrow(() -> new RefusedException("training.refused.competence"));
        if (level < 1 || level > framework.getLevels().size() || autonomy == null) {
            throw new RefusedException("training.refused.level", framework.getLevels().size());
        }
        Person trainer = people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
        Epn where = workplace(person);
        progress.add(new CompetenceEvidence(person, competence, level, EvidenceSource.OBSERVATION, null, null, autonomy, where,
                trainer, TrainingSessions.now()));
        audit.record(caller.personId(), AuditAction.OBSERVE_PRACTICE, person, where, competence.getCode() + " level " + level);
        evidenceRecorded.fire(new EvidenceRecorded(person.getId(), where == null ? null : where.getId()));
        return record(person, TrainingSessions.now().getYear());
    }

    /**
     * The animateurs a trainer follows (registered to a session they run, whatever became of the registration,
     * as {@link #requireFollowing} counts them), or every registered animateur for a coordinator, by name, with
     * their hours of the year. Across EPNs: a trainer meets animateurs from the whole network.
     */
    public List<FollowedAnimateur> followed(int year) {
        Caller caller = callers.current();
        if (!caller.isCoordinator() && !caller.is(Role.TRAINER)) {
            throw new AccessDeniedException(caller.uuid() + " is not a trainer");
        }
        List<Person> persons = caller.isCoordinator()
                ? em.createQuery("SELECT DISTINCT r.person FROM SessionRegistration r", Person.class).getResultList()
                : em.createQuery("SELECT DISTINCT r.person FROM SessionRegistration r WHERE r.session.trainer.id = :t", Person.class)
                        .setParameter("t", caller.personId()).getResultList();
        Map<Long, Integer> minutes = new HashMap<>();
        em.createQuery("SELECT r.person.id, SUM(r.minutesCredited) FROM SessionRegistration r WHERE r.attended = TRUE"
                        + " AND r.session.startsAt >= :from AND r.session.startsAt < :to GROUP BY r.person.id", Object[].class)
                .setParameter("from", LocalDateTime.of(year, 1, 1, 0, 0)).setParameter("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                .getResultList().forEach(row -> minutes.put((Long) row[0], ((Number) row[1]).intValue()));
        return persons.stream().sorted(Comparator.comparing(Person::getFamilyName).thenComparing(Person::displayName))
                .map(p -> new FollowedAnimateur(p.getUuid(), p.displayName(), workplaces(p), minutes.getOrDefault(p.getId(), 0),
                        track.minimumMinutes())).toList();
    }

    /** Refuses a caller who may not observe this animateur (before a request's body is read). */
    public void requireObserver(UUID animateur) {
        observed(callers.current(), animateur);
    }

    /** A trainer who follows the animateur, or a coordinator; never oneself. */
    private Person observed(Caller caller, UUID animateur) {
        if (!caller.isCoordinator() && !caller.is(Role.TRAINER)) {
            throw new AccessDeniedException(caller.uuid() + " is not a trainer");
        }
        Person person = animateur(animateur);
        requireFollowing(caller, person);
        if (caller.isPerson(person.getId())) {
            throw new AccessDeniedException("a trainer does not observe their own practice");
        }
        return person;
    }

    /** Coordinators see everyone; a trainer the animateurs registered to a session they run; a person themselves. */
    void requireFollowing(Caller caller, Person animateur) {
        if (caller.isCoordinator() || caller.isPerson(animateur.getId())) {
            return;
        }
        boolean follows = caller.is(Role.TRAINER) && !em.createQuery(
                "SELECT r.id FROM SessionRegistration r WHERE r.person = :p AND r.session.trainer.id = :t", Long.class)
                .setParameter("p", animateur).setParameter("t", caller.personId()).setMaxResults(1).getResultList().isEmpty();
        if (!follows) {
            throw new AccessDeniedException(caller.uuid() + " does not follow " + animateur);
        }
    }

    AnimateurRecord record(Person person, int year) {
        List<SessionRegistration> registrations = em.createNamedQuery("SessionRegistration.ofPerson", SessionRegistration.class)
                .setParameter("person", person).getResultList();
        int minutes = registrations.stream().filter(r -> Boolean.TRUE.equals(r.getAttended()))
                .filter(r -> r.getSession().getStartsAt().getYear() == year).mapToInt(SessionRegistration::minutesCredited).sum();
        List<AnimateurRecord.Session> sessions = registrations.stream().map(r -> new AnimateurRecord.Session(r.getSession().getUuid(),
                r.getSession().getTitle(), r.getSession().getStartsAt(),
                r.getSession().getEpn() == null ? r.getSession().getPlace() : r.getSession().getEpn().getName(), r.getState(),
                r.getAttended(), r.minutesCredited())).toList();
        String framework = track.framework();
        List<AnimateurRecord.Module> modules = progress.moduleProgress(person).stream()
                .filter(p -> p.getModule().getTargets().stream().anyMatch(t -> t.getCompetence().getFramework().getKey().equals(framework)))
                .map(p -> new AnimateurRecord.Module(p.getModule().getKey(), p.getModule().getTitle(),
                        p.getState() == ModuleState.COMPLETED, p.getCompletedAt())).toList();
        Set<String> begun = modules.stream().map(AnimateurRecord.Module::key).collect(Collectors.toSet());
        List<AnimateurRecord.Module> toFollow = learningModules.ofFramework(framework).stream()
                .filter(m -> !begun.contains(m.getKey()))
                .map(m -> new AnimateurRecord.Module(m.getKey(), m.getTitle(), false, null)).toList();
        List<AnimateurRecord.Evidence> evidence = progress.evidence(person).stream()
                .filter(e -> e.getCompetence().getFramework().getKey().equals(framework))
                .map(e -> new AnimateurRecord.Evidence(e.getCompetence().getCode(), e.getCompetence().getTitle(),
                        e.getLevel(), e.getSource(), e.getAutonomy(), e.getRecordedBy() == null ? null : e.getRecordedBy().displayName(),
                        e.getRecordedAt().toLocalDate())).toList();
        return new AnimateurRecord(person.getUuid(), person.displayName(), workplaces(person), year, minutes,
                track.minimumMinutes(), sessions, modules, toFollow, evidence);
    }

    static List<String> workplaces(Person person) {
        return person.getMemberships().stream().filter(m -> m.getRole() == Role.ANIMATEUR).map(m -> m.getEpn().getName()).sorted().toList();
    }

    private static Epn workplace(Person person) {
        return person.getMemberships().stream().filter(m -> m.getRole() == Role.ANIMATEUR).map(Membership::getEpn).findFirst().orElse(null);
    }

    private Person animateur(UUID uuid) {
        return people.find(uuid).orElseThrow(() -> new RecordNotFoundException("person " + uuid));
    }
}
