package be.epn.campus.people.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Accounts;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.access.service.SessionRegistry;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.PersonMerge;
import be.epn.campus.people.model.PersonStatus;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.NewAccount;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditEvent;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@Stateless
public class DefaultCoordination implements Coordination {

    private static final int MAX_PEOPLE = 50;

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @EJB
    Callers callers;

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @EJB
    PersonalData personalData;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    CohortRepository cohorts;

    @Inject
    SessionRegistry sessions;

    @Inject
    Event<PeopleMerged> merged;

    @Override
    public List<EpnSummary> epns() {
        coordinator();
        return epns.all().stream().map(EpnSummary::of).toList();
    }

    @Override
    public EpnDetails epn(UUID epn) {
        coordinator();
        return find(epn).details();
    }

    @Override
    public UUID createEpn(EpnDetails details) {
        Caller caller = coordinator();
        requireFreeEpnName(details.name(), null);
        Epn epn = new Epn(details, now());
        epns.add(epn);
        audit.record(caller.personId(), AuditAction.EPN_SAVED, null, epn, "created");
        return epn.getUuid();
    }

    @Override
    public void updateEpn(UUID id, EpnDetails details) {
        Caller caller = coordinator();
        Epn epn = find(id);
        requireFreeEpnName(details.name(), epn);
        epn.update(details);
        audit.record(caller.personId(), AuditAction.EPN_SAVED, null, epn, "updated");
    }

    @Override
    public List<PersonRow> searchPeople(String query) {
        Caller caller = coordinator();
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.length() > 200) {
            return List.of();
        }
        List<Person> found = new ArrayList<>(people.byUsername(text.toLowerCase(Locale.ROOT)).stream().toList());
        if (found.isEmpty()) {
            List<String> tokens = Arrays.stream(be.epn.campus.people.model.SearchKey.normalize(text).split(" "))
                    .filter(t -> !t.isBlank()).toList();
            found = tokens.isEmpty() ? List.of() : people.matching(tokens, null, MAX_PEOPLE);
        }
        audit.record(caller.personId(), AuditAction.SEARCH_PEOPLE, null, null, "results=" + found.size());
        return found.stream().map(PersonRow::of).toList();
    }

    @Override
    public List<PersonRow> withRole(Role role) {
        coordinator();
        return people.withRole(role, 500).stream().map(PersonRow::of).toList();
    }

    @Override
    public PersonFile person(UUID id) {
        Caller caller = coordinator();
        Person person = record(id);
        audit.record(caller.personId(), AuditAction.VIEW_PERSON, person, null, null);
        return PersonFile.of(person, people.membershipsOf(person), cohorts.withMember(person), accounts.lockStatus(person));
    }

    @Override
    public NewAccount createPerson(PersonDetails details, Set<Role> roles, String secret) {
        Caller caller = coordinator();
        if (roles.isEmpty()) {
            throw new RefusedException("people.refused.noRole");
        }
        if (details.email() != null && !details.email().isBlank()
                && people.byEmail(details.email().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new RefusedException("people.refused.emailTaken");
        }
        Person creator = people.find(caller.uuid()).orElse(null);
        String username = UsernameGenerator.generate(details.givenName(), details.familyName(), people::usernameTaken);
        Person person = new Person(details, username, now(), creator, null);
        roles.forEach(person::grant);
        people.add(person);
        accounts.setSecret(person, secret, creator);
        audit.record(caller.personId(), AuditAction.CREATE_PERSON, person, null, "roles=" + roles);
        return new NewAccount(person.getUuid(), username);
    }

    @Override
    public void grant(UUID id, Role role) {
        Caller caller = coordinator();
        Person person = active(id);
        person.grant(role);
        audit.record(caller.personId(), AuditAction.GRANT_ROLE, person, null, "role=" + role);
    }

    @Override
    public void revoke(UUID id, Role role) {
        Caller caller = coordinator();
        Person person = record(id);
        if (person.getId().equals(caller.personId()) && role == Role.COORDINATOR) {
            throw new RefusedException("people.refused.ownCoordinatorRole");
        }
        person.revoke(role);
        audit.record(caller.personId(), AuditAction.REVOKE_ROLE, person, null, "role=" + role);
    }

    @Override
    public void addStaff(UUID id, UUID epnId) {
        Caller caller = coordinator();
        Person person = active(id);
        Epn epn = find(epnId);
        person.grant(Role.ANIMATEUR);
        if (person.membership(epn, Role.ANIMATEUR).isEmpty()) {
            people.add(new Membership(person, epn, Role.ANIMATEUR, now(), true, people.find(caller.uuid()).orElse(null)));
        }
        audit.record(caller.personId(), AuditAction.ADD_STAFF, person, epn, "role=ANIMATEUR");
    }

    @Override
    public void removeStaff(UUID id, UUID epnId) {
        Caller caller = coordinator();
        Person person = record(id);
        Epn epn = find(epnId);
        person.membership(epn, Role.ANIMATEUR).ifPresent(m -> {
            m.detach();
            em.remove(m);
        });
        audit.record(caller.personId(), AuditAction.REMOVE_STAFF, person, epn, "role=ANIMATEUR");
    }

    @Override
    public void disable(UUID id) {
        Caller caller = coordinator();
        Person person = record(id);
        if (person.getId().equals(caller.personId())) {
            throw new RefusedException("people.refused.ownAccount");
        }
        if (person.getStatus() != PersonStatus.ACTIVE) {
            throw new RefusedException("people.refused.notActive");
        }
        person.disable();
        sessions.endSessionsOf(person.getUuid());
        audit.record(caller.personId(), AuditAction.DISABLE_ACCOUNT, person, null, null);
    }

    @Override
    public void enable(UUID id) {
        Caller caller = coordinator();
        Person person = record(id);
        if (person.getStatus() != PersonStatus.DISABLED) {
            throw new RefusedException("people.refused.notDisabled");
        }
        person.enable();
        audit.record(caller.personId(), AuditAction.ENABLE_ACCOUNT, person, null, null);
    }

    @Override
    public void merge(UUID keptId, UUID duplicateId, String reason) {
        Caller caller = coordinator();
        Person kept = active(keptId);
        Person duplicate = record(duplicateId);
        if (kept.equals(duplicate) || duplicate.getStatus() == PersonStatus.MERGED || duplicate.getStatus() == PersonStatus.ERASED) {
            throw new RefusedException("people.refused.cannotMerge");
        }
        for (Membership membership : new ArrayList<>(people.membershipsOf(duplicate))) {
            if (kept.membership(membership.getEpn(), membership.getRole()).isPresent()) {
                membership.detach();
                em.remove(membership);
            } else {
                membership.transferTo(kept);
            }
        }
        Set<Cohort> touched = new HashSet<>(cohorts.withMember(duplicate));
        touched.addAll(cohorts.withAnimateur(duplicate));
        touched.forEach(c -> c.replaceMember(duplicate, kept));
        duplicate.getRoles().forEach(kept::grant);
        accounts.forget(duplicate);
        duplicate.mergeInto(kept);
        people.add(new PersonMerge(kept, duplicate, people.find(caller.uuid()).orElseThrow(), now(), reason.strip()));
        merged.fire(new PeopleMerged(kept, duplicate));
        sessions.endSessionsOf(duplicate.getUuid());
        audit.record(caller.personId(), AuditAction.MERGE_PEOPLE, kept, null, "merged=" + duplicate.getUuid());
    }

    @Override
    public String export(UUID id) {
        Caller caller = coordinator();
        Person person = record(id);
        audit.record(caller.personId(), AuditAction.EXPORT_DATA, person, null, "coordinator");
        return personalData.export(person).toString();
    }

    @Override
    public void erase(UUID id) {
        Caller caller = coordinator();
        Person person = record(id);
        if (person.getId().equals(caller.personId())) {
            throw new RefusedException("people.refused.ownAccount");
        }
        personalData.erase(person);
        sessions.endSessionsOf(person.getUuid());
        audit.record(caller.personId(), AuditAction.ERASE_PERSON, person, null, null);
    }

    @Override
    public List<AuditLine> audit(int first, int max) {
        coordinator();
        return audit.recent(Math.max(0, first), Math.min(Math.max(1, max), 200)).stream().map(DefaultCoordination::line).toList();
    }

    @Override
    public long auditSize() {
        coordinator();
        return audit.count();
    }

    private static AuditLine line(AuditEvent event) {
        Person actor = event.getActor();
        Person subject = event.getSubject();
        return new AuditLine(event.getOccurredAt(), actor == null ? null : actor.getUuid(), actor == null ? null : actor.displayName(),
                event.getAction(), subject == null ? null : subject.getUuid(), subject == null ? null : subject.displayName(),
                event.getEpn() == null ? null : event.getEpn().getName(), event.getDetail());
    }

    private Caller coordinator() {
        Caller caller = callers.current();
        AccessRules.requireCoordinator(caller);
        return caller;
    }

    private Epn find(UUID id) {
        return epns.find(id).orElseThrow(() -> new RecordNotFoundException("EPN " + id));
    }

    private Person record(UUID id) {
        return people.find(id).orElseThrow(() -> new RecordNotFoundException("person " + id));
    }

    private Person active(UUID id) {
        Person person = record(id);
        if (person.getStatus() != PersonStatus.ACTIVE) {
            throw new RefusedException("people.refused.notActive");
        }
        return person;
    }

    private void requireFreeEpnName(String name, Epn self) {
        epns.byName(name.strip()).filter(e -> !e.equals(self)).ifPresent(e -> {
            throw new RefusedException("people.refused.epnNameTaken");
        });
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
