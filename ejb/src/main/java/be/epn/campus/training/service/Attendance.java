package be.epn.campus.training.service;

import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.model.SessionRegistration;
import be.epn.campus.training.model.TrainingSession;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The trainer's roster and attendance (issue 7). Only those with a seat can be marked present; present credits
 * the session's minutes of continuing education, absent none. Attendance can be corrected later (a trainer who
 * ticked the wrong line), and each change is audited.
 */
@Stateless
public class Attendance {

    /** How long before the start attendance can be taken. */
    public static final java.time.Duration OPENS_BEFORE = java.time.Duration.ofHours(1);

    @Inject
    SessionRecords sessions;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    PeopleRepository people;

    /** Everyone registered or waiting, in order: seats first, then the waiting line. */
    public List<RosterLine> roster(UUID sessionUuid) {
        Caller caller = callers.current();
        TrainingSession session = sessions.find(sessionUuid);
        TrainingSessions.requireRunning(caller, session);
        List<SessionRegistration> all = sessions.registrations(session);
        List<SessionRegistration> line = SessionRecords.waitingLine(all);
        return all.stream().filter(r -> r.getState() != RegistrationState.CANCELLED)
                .sorted(java.util.Comparator.comparing((SessionRegistration r) -> r.getState() == RegistrationState.WAITING)
                        .thenComparing(r -> line.indexOf(r)).thenComparing(r -> r.getPerson().getFamilyName()))
                .map(r -> new RosterLine(r.getPerson().getUuid(), r.getPerson().displayName(), workplaces(r.getPerson()),
                        r.getState(), line.indexOf(r) + 1, r.getAttended(), r.minutesCredited())).toList();
    }

    /**
     * Takes attendance: {@code present} maps each animateur with a seat to whether they came. Someone not on the
     * roster with a seat is refused (a typo must not credit a stranger); the whole sheet is saved or nothing.
     */
    public List<RosterLine> take(UUID sessionUuid, Map<UUID, Boolean> present) {
        Caller caller = callers.current();
        TrainingSession session = sessions.locked(sessionUuid);
        TrainingSessions.requireRunning(caller, session);
        if (session.isCancelled()) {
            throw new RefusedException("training.refused.cancelled");
        }
        LocalDateTime now = TrainingSessions.now();
        // From an hour before the start: the trainer ticks names as people arrive.
        if (now.isBefore(session.getStartsAt().minus(OPENS_BEFORE))) {
            throw new RefusedException("training.refused.notStarted");
        }
        Person trainer = people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
        List<SessionRegistration> seated = sessions.current(session).stream()
                .filter(r -> r.getState() == RegistrationState.REGISTERED).toList();
        for (UUID person : present.keySet()) {
            if (seated.stream().noneMatch(r -> r.getPerson().getUuid().equals(person))) {
                throw new RefusedException("training.refused.notOnRoster");
            }
        }
        for (SessionRegistration r : seated) {
            Boolean came = present.get(r.getPerson().getUuid());
            if (came != null) {
                r.mark(came, session.getMinutes(), trainer, now);
                audit.record(caller.personId(), AuditAction.TAKE_ATTENDANCE, r.getPerson(), session.getEpn(),
                        session.getUuid() + (came ? " present" : " absent"));
            }
        }
        session.attendanceTaken(now);
        return roster(sessionUuid);
    }

    private static List<String> workplaces(Person person) {
        return person.getMemberships().stream().filter(m -> m.getRole() == Role.ANIMATEUR).map(Membership::getEpn)
                .map(e -> e.getName()).sorted().toList();
    }
}
