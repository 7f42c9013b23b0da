package be.epn.campus.training.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Views;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.model.SessionPlan;
import be.epn.campus.training.model.SessionRegistration;
import be.epn.campus.training.model.TrainingSession;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * In-person continuing-education sessions (issue 7): trainers plan them, animateurs register (a seat while there
 * is one, else the waiting line, in order of arrival), withdraw (the first in line takes the seat). Seats are
 * counted with the session's row locked, so parallel registrations never exceed the capacity. Attendance and
 * hours: {@link Attendance}.
 */
@Stateless
public class TrainingSessions {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    SessionRecords records;

    @EJB
    Callers callers;

    /** Refuses a caller who may not plan sessions (before a request's body is read: who may act is told first). */
    public void requirePlanner() {
        requireTrainer(callers.current());
    }

    /** Plans a session: trainers and coordinators. Refused with every problem of the plan at once. */
    public SessionView create(SessionPlan draft) {
        Caller caller = callers.current();
        requireTrainer(caller);
        SessionPlan plan = draft.normalised();
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.get(0), problems);
        }
        Epn epn = plan.epn() == null ? null : epns.find(plan.epn()).orElseThrow(() -> new RefusedException("training.refused.place"));
        TrainingSession session = new TrainingSession(plan, epn, me(caller), now());
        em.persist(session);
        em.flush();
        return view(session, caller);
    }

    /**
     * Changes a session's plan before it starts: its trainer or a coordinator. Seats added go to the waiting line,
     * first come first served; fewer seats than animateurs already seated is refused, with their number: nobody
     * loses a seat they were given (they withdraw themselves, or the trainer cancels and plans again).
     */
    public SessionView change(UUID sessionUuid, SessionPlan draft) {
        Caller caller = callers.current();
        TrainingSession session = records.locked(sessionUuid);
        requireRunning(caller, session);
        if (session.isCancelled()) {
            throw new RefusedException("training.refused.cancelled");
        }
        if (!now().isBefore(session.getStartsAt())) {
            throw new RefusedException("training.refused.started");
        }
        SessionPlan plan = draft.normalised();
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.get(0), problems);
        }
        Epn epn = plan.epn() == null ? null : epns.find(plan.epn()).orElseThrow(() -> new RefusedException("training.refused.place"));
        List<SessionRegistration> current = records.current(session);
        long seated = current.stream().filter(r -> r.getState() == RegistrationState.REGISTERED).count();
        if (plan.capacity() < seated) {
            throw new RefusedException("training.refused.fewerSeats", seated);
        }
        session.replan(plan, epn);
        SessionRecords.waitingLine(current).stream().limit(plan.capacity() - seated).forEach(SessionRegistration::promote);
        em.flush();
        return view(session, caller);
    }

    /** The open EPNs where a session can take place, for the planning form (trainers do not work at an EPN). */
    public List<Views.EpnSummary> places() {
        requireTrainer(callers.current());
        return epns.all().stream().filter(Epn::isActive).map(Views.EpnSummary::of)
                .sorted(java.util.Comparator.comparing(Views.EpnSummary::name)).toList();
    }

    /** Sessions not yet over (and those of the last {@code pastDays} days), soonest first. */
    public List<SessionView> sessions(int pastDays) {
        Caller caller = callers.current();
        requireStaff(caller);
        return em.createNamedQuery("TrainingSession.from", TrainingSession.class)
                .setParameter("from", now().minusDays(Math.max(0, pastDays))).setMaxResults(500).getResultList().stream()
                .map(s -> view(s, caller)).toList();
    }

    public SessionView session(UUID uuid) {
        Caller caller = callers.current();
        requireStaff(caller);
        return view(records.find(uuid), caller);
    }

    /**
     * Registers the calling animateur: a seat if one is free, else the end of the waiting line. Registering twice
     * changes nothing. Refused for a cancelled session or one that has started.
     */
    public SessionView register(UUID sessionUuid) {
        Caller caller = callers.current();
        if (!caller.is(Role.ANIMATEUR)) {
            throw new AccessDeniedException(caller.uuid() + " is not an animateur");
        }
        TrainingSession session = records.locked(sessionUuid);
        if (session.isCancelled() || !now().isBefore(session.getStartsAt())) {
            throw new RefusedException("training.refused.closed");
        }
        Person me = me(caller);
        Optional<SessionRegistration> existing = records.current(session).stream().filter(r -> r.getPerson().equals(me)).findFirst();
        if (existing.isEmpty() || existing.get().getState() == RegistrationState.CANCELLED) {
            RegistrationState state = seatsTaken(session) < session.getCapacity() ? RegistrationState.REGISTERED : RegistrationState.WAITING;
            if (existing.isPresent()) {
                existing.get().again(state, now());
            } else {
                em.persist(new SessionRegistration(session, me, state, now()));
            }
            em.flush();
        }
        return view(session, caller);
    }

    /** Withdraws the caller's registration; a freed seat goes to the first in the waiting line. */
    public SessionView withdraw(UUID sessionUuid) {
        Caller caller = callers.current();
        if (!caller.is(Role.ANIMATEUR)) {
            throw new AccessDeniedException(caller.uuid() + " is not an animateur");
        }
        TrainingSession session = records.locked(sessionUuid);
        Person me = me(caller);
        SessionRegistration mine = records.current(session).stream().filter(r -> r.getPerson().equals(me)).findFirst().filter(r -> r.getState() != RegistrationState.CANCELLED)
                .orElseThrow(() -> new RefusedException("training.refused.notRegistered"));
        if (mine.getAttended() != null) {
            throw new RefusedException("training.refused.attendanceTaken");
        }
        boolean hadSeat = mine.getState() == RegistrationState.REGISTERED;
        mine.cancel();
        if (hadSeat) {
            SessionRecords.waitingLine(records.current(session)).stream().findFirst().ifPresent(SessionRegistration::promote);
        }
        em.flush();
        return view(session, caller);
    }

    /** Cancels a whole session: its trainer or a coordinator. */
    public SessionView cancel(UUID sessionUuid) {
        Caller caller = callers.current();
        TrainingSession session = records.locked(sessionUuid);
        requireRunning(caller, session);
        session.cancel(now());
        return view(session, caller);
    }

    /** Its trainer or a coordinator. */
    static void requireRunning(Caller caller, TrainingSession session) {
        if (!caller.isCoordinator() && !caller.isPerson(session.getTrainer().getId())) {
            throw new AccessDeniedException(caller.uuid() + " does not run session " + session.getUuid());
        }
    }

    static void requireTrainer(Caller caller) {
        AccessRules.requireTrainer(caller);
    }

    static void requireStaff(Caller caller) {
        if (!caller.isCoordinator() && !caller.is(Role.TRAINER) && !caller.is(Role.ANIMATEUR)) {
            throw new AccessDeniedException(caller.uuid() + " is not staff");
        }
    }

    private SessionView view(TrainingSession session, Caller caller) {
        List<SessionRegistration> all = records.registrations(session);
        List<SessionRegistration> line = SessionRecords.waitingLine(all);
        Optional<SessionRegistration> mine = all.stream().filter(r -> caller.isPerson(r.getPerson().getId())).findFirst();
        int place = mine.map(line::indexOf).orElse(-1) + 1;
        return new SessionView(session.getUuid(), session.getTitle(), session.getDescription(), session.getModuleKey(),
                session.getStartsAt(), session.getEndsAt(), session.getMinutes(),
                session.getEpn() == null ? null : session.getEpn().getName(), session.getPlace(), session.getCapacity(),
                (int) all.stream().filter(r -> r.getState() == RegistrationState.REGISTERED).count(), line.size(),
                session.getTrainer().displayName(), session.isCancelled(), session.getAttendanceAt() != null,
                mine.map(SessionRegistration::getState).orElse(null), place,
                session.getEpn() == null ? null : session.getEpn().getUuid());
    }

    private long seatsTaken(TrainingSession session) {
        return records.current(session).stream().filter(r -> r.getState() == RegistrationState.REGISTERED).count();
    }

    private Person me(Caller caller) {
        return people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
    }

    static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
