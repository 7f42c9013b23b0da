package be.epn.campus.people.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.CohortSchedule;
import be.epn.campus.people.model.Enrolment;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Views.CohortSummary;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Stateless
public class DefaultCohorts implements Cohorts {

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    CohortRepository cohorts;

    @Inject
    EpnRepository epns;

    @Inject
    PeopleRepository people;

    @Override
    public List<CohortSummary> at(UUID epnId) {
        Epn epn = desk(epnId);
        return cohorts.at(epn).stream().map(CohortSummary::of).toList();
    }

    @Override
    public CohortFile cohort(UUID id) {
        Cohort cohort = find(id);
        AccessRules.requireDesk(callers.current(), cohort.getEpn().getId());
        CohortSchedule s = cohort.getSchedule();
        CohortDraft draft = new CohortDraft(cohort.getName(), cohort.getDescription(), s.getDay(), s.getStartsAt(),
                s.getEndsAt(), s.getFirstDay(), s.getLastDay());
        return new CohortFile(cohort.getUuid(), cohort.getEpn().getUuid(), cohort.getEpn().getName(), draft,
                cohort.getAnimateurs().stream().map(PersonRow::of).toList(),
                cohort.getEnrolments().stream().map(Enrolment::getPerson)
                        .filter(p -> consents(p, cohort.getEpn())).map(PersonRow::of).toList());
    }

    @Override
    public UUID create(UUID epnId, CohortDraft draft) {
        Caller caller = callers.current();
        Epn epn = desk(epnId);
        requireFreeName(epn, draft.name(), null);
        Cohort cohort = new Cohort(epn, draft.name(), draft.description(), schedule(draft), now());
        // The creator runs the group only if they work at its EPN (a coordinator from elsewhere does not).
        people.find(caller.uuid()).filter(p -> p.membership(epn, Role.ANIMATEUR).isPresent()).ifPresent(cohort::addAnimateur);
        cohorts.add(cohort);
        audit.record(caller.personId(), AuditAction.COHORT_SAVED, null, epn, "created");
        return cohort.getUuid();
    }

    @Override
    public void update(UUID id, CohortDraft draft) {
        Caller caller = callers.current();
        Cohort cohort = find(id);
        AccessRules.requireDesk(caller, cohort.getEpn().getId());
        requireFreeName(cohort.getEpn(), draft.name(), cohort);
        cohort.describe(draft.name(), draft.description(), schedule(draft));
        audit.record(caller.personId(), AuditAction.COHORT_SAVED, null, cohort.getEpn(), "updated");
    }

    @Override
    public void enrol(UUID id, UUID learnerId) {
        Caller caller = callers.current();
        Cohort cohort = find(id);
        AccessRules.requireDesk(caller, cohort.getEpn().getId());
        Person learner = people.find(learnerId).orElseThrow(() -> new RecordNotFoundException("person " + learnerId));
        if (!consents(learner, cohort.getEpn()) || !learner.canSignIn()) {
            throw new RefusedException("people.refused.notKnownHere");
        }
        if (cohort.enrol(learner, now())) {
            audit.record(caller.personId(), AuditAction.ENROL, learner, cohort.getEpn(), null);
        }
    }

    @Override
    public void withdraw(UUID id, UUID learnerId) {
        Caller caller = callers.current();
        Cohort cohort = find(id);
        AccessRules.requireDesk(caller, cohort.getEpn().getId());
        Person learner = people.find(learnerId).orElseThrow(() -> new RecordNotFoundException("person " + learnerId));
        if (cohort.withdraw(learner)) {
            audit.record(caller.personId(), AuditAction.WITHDRAW, learner, cohort.getEpn(), null);
        }
    }

    @Override
    public void addAnimateur(UUID id, UUID animateurId) {
        Caller caller = callers.current();
        Cohort cohort = find(id);
        AccessRules.requireDesk(caller, cohort.getEpn().getId());
        Person animateur = people.find(animateurId).orElseThrow(() -> new RecordNotFoundException("person " + animateurId));
        if (animateur.membership(cohort.getEpn(), Role.ANIMATEUR).isEmpty()) {
            throw new RefusedException("people.refused.notStaffHere");
        }
        if (!cohort.getAnimateurs().contains(animateur)) {
            cohort.addAnimateur(animateur);
            audit.record(caller.personId(), AuditAction.COHORT_SAVED, animateur, cohort.getEpn(), "animateur added");
        }
    }

    @Override
    public List<PersonRow> animateursAt(UUID epnId) {
        Epn epn = desk(epnId);
        return people.membershipsAt(epn, Role.ANIMATEUR).stream().map(Membership::getPerson)
                .filter(Person::canSignIn).map(PersonRow::of).toList();
    }

    /** A learner withdrawing consent disappears from the EPN's cohort pages too, not only from its desk. */
    private static boolean consents(Person learner, Epn epn) {
        return learner.membership(epn, Role.LEARNER).map(Membership::isConsentGiven).orElse(false);
    }

    private Epn desk(UUID epnId) {
        Epn epn = epns.find(epnId).orElseThrow(() -> new RecordNotFoundException("EPN " + epnId));
        AccessRules.requireDesk(callers.current(), epn.getId());
        return epn;
    }

    private Cohort find(UUID id) {
        return cohorts.find(id).orElseThrow(() -> new RecordNotFoundException("cohort " + id));
    }

    private void requireFreeName(Epn epn, String name, Cohort self) {
        cohorts.at(epn).stream().filter(c -> c.getName().equalsIgnoreCase(name.strip()) && !c.equals(self)).findAny()
                .ifPresent(c -> {
                    throw new RefusedException("people.refused.cohortNameTaken");
                });
    }

    private static CohortSchedule schedule(CohortDraft draft) {
        try {
            return new CohortSchedule(draft.day(), draft.startsAt(), draft.endsAt(), draft.firstDay(), draft.lastDay());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("people.refused.schedule");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
