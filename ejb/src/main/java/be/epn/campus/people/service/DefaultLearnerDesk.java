package be.epn.campus.people.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Accounts;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.model.SearchKey;
import be.epn.campus.people.service.Views.DeskMatch;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.NewAccount;
import be.epn.campus.people.service.Views.PersonFile;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Stateless
public class DefaultLearnerDesk implements LearnerDesk {

    private static final int MAX_MATCHES = 20;

    @EJB
    Callers callers;

    @EJB
    Accounts accounts;

    @EJB
    AuditLog audit;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    CohortRepository cohorts;

    @Override
    public List<EpnSummary> deskEpns() {
        Caller caller = callers.current();
        AccessRules.requireSignedIn(caller);
        return epns.all().stream()
                .filter(e -> e.isActive() && (caller.isCoordinator() || caller.worksAt(e.getId())))
                .map(EpnSummary::of).toList();
    }

    @Override
    public NewAccount createLearner(UUID epnId, PersonDetails details, String secret, boolean consent) {
        Caller caller = callers.current();
        Epn epn = deskEpn(caller, epnId);
        if (!consent) {
            throw new RefusedException("people.refused.consentRequired");
        }
        requireFreeEmail(details.email(), null);
        Person creator = people.find(caller.uuid()).orElse(null);
        String username = UsernameGenerator.generate(details.givenName(), details.familyName(), people::usernameTaken);
        Person learner = new Person(details, username, now(), creator, epn);
        learner.grant(Role.LEARNER);
        people.add(learner);
        accounts.setSecret(learner, secret, creator);
        people.add(new Membership(learner, epn, Role.LEARNER, now(), true, creator));
        audit.record(caller.personId(), AuditAction.CREATE_PERSON, learner, epn, "role=LEARNER");
        return new NewAccount(learner.getUuid(), username);
    }

    @Override
    public List<DeskMatch> find(UUID epnId, String query, Integer birthYear) {
        Caller caller = callers.current();
        Epn epn = deskEpn(caller, epnId);
        String text = query == null ? "" : query.strip();
        List<Person> found;
        if (text.isEmpty() || text.length() > 200) {
            found = List.of();
        } else if (!text.contains(" ") && text.matches("[a-z0-9.-]+") && people.usernameTaken(text.toLowerCase(Locale.ROOT))) {
            found = people.byUsername(text.toLowerCase(Locale.ROOT)).stream().toList();
        } else {
            List<String> tokens = Arrays.stream(SearchKey.normalize(text).split(" ")).filter(t -> !t.isBlank()).toList();
            found = tokens.isEmpty() ? List.of() : people.matching(tokens, birthYear, MAX_MATCHES);
        }
        audit.record(caller.personId(), AuditAction.SEARCH_PEOPLE, null, epn, "results=" + found.size());
        return found.stream().filter(p -> p.has(Role.LEARNER)).map(p -> match(p, epn)).toList();
    }

    @Override
    public DeskMatch match(UUID epnId, UUID learnerId) {
        Caller caller = callers.current();
        Epn epn = deskEpn(caller, epnId);
        Person learner = record(learnerId);
        if (!learner.has(Role.LEARNER) || !learner.canSignIn()) {
            throw new RecordNotFoundException("learner " + learnerId);
        }
        audit.record(caller.personId(), AuditAction.SEARCH_PEOPLE, learner, epn, "results=1");
        return match(learner, epn);
    }

    @Override
    public void attach(UUID epnId, UUID learnerId, boolean consent) {
        Caller caller = callers.current();
        Epn epn = deskEpn(caller, epnId);
        if (!consent) {
            throw new RefusedException("people.refused.consentRequired");
        }
        Person learner = record(learnerId);
        if (!learner.canSignIn() || !learner.has(Role.LEARNER)) {
            throw new RefusedException("people.refused.notAnActiveLearner");
        }
        learner.membership(epn, Role.LEARNER).ifPresentOrElse(
                m -> m.decideConsent(true, now()),
                () -> people.add(new Membership(learner, epn, Role.LEARNER, now(), true, people.find(caller.uuid()).orElse(null))));
        audit.record(caller.personId(), AuditAction.ATTACH_LEARNER, learner, epn, null);
    }

    @Override
    public List<PersonRow> learnersAt(UUID epnId) {
        Caller caller = callers.current();
        Epn epn = deskEpn(caller, epnId);
        return people.membershipsAt(epn, Role.LEARNER).stream()
                .filter(Membership::isConsentGiven)
                .map(Membership::getPerson)
                .filter(Person::canSignIn)
                .map(PersonRow::of).toList();
    }

    @Override
    public PersonFile learner(UUID learnerId) {
        Caller caller = callers.current();
        Person learner = record(learnerId);
        AccessRules.requireView(caller, learner);
        if (!caller.isPerson(learner.getId())) {
            audit.record(caller.personId(), AuditAction.VIEW_PERSON, learner, null, null);
        }
        return PersonFile.of(learner, people.membershipsOf(learner), cohorts.withMember(learner), accounts.lockStatus(learner));
    }

    @Override
    public Views.CardDetails card(UUID learnerId) {
        Caller caller = callers.current();
        Person learner = record(learnerId);
        AccessRules.requireManageAccount(caller, learner);
        audit.record(caller.personId(), AuditAction.PRINT_CARD, learner, null, null);
        return new Views.CardDetails(learner.displayName(), learner.getUsername(), learner.getPreferredLanguage());
    }

    @Override
    public void resetSecret(UUID learnerId, String secret) {
        Caller caller = callers.current();
        Person learner = record(learnerId);
        AccessRules.requireManageAccount(caller, learner);
        accounts.setSecret(learner, secret, people.find(caller.uuid()).orElse(null));
        audit.record(caller.personId(), AuditAction.RESET_SECRET, learner, null, null);
    }

    @Override
    public void unlock(UUID learnerId) {
        Caller caller = callers.current();
        Person learner = record(learnerId);
        AccessRules.requireManageAccount(caller, learner);
        accounts.unlock(learner);
        audit.record(caller.personId(), AuditAction.UNLOCK_ACCOUNT, learner, null, null);
    }

    private Epn deskEpn(Caller caller, UUID epnId) {
        Epn epn = epns.find(epnId).filter(Epn::isActive).orElseThrow(() -> new RecordNotFoundException("EPN " + epnId));
        AccessRules.requireDesk(caller, epn.getId());
        return epn;
    }

    private Person record(UUID id) {
        return people.find(id).orElseThrow(() -> new RecordNotFoundException("person " + id));
    }

    private DeskMatch match(Person person, Epn epn) {
        boolean knownHere = person.membership(epn, Role.LEARNER).map(Membership::isConsentGiven).orElse(false);
        int epnCount = (int) person.getMemberships().stream().filter(m -> m.getRole() == Role.LEARNER).count();
        return new DeskMatch(person.getUuid(), person.displayName(), person.getBirthYear(), person.getUsername(), knownHere, epnCount);
    }

    private void requireFreeEmail(String email, Person owner) {
        if (email != null && !email.isBlank()) {
            people.byEmail(email.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.equals(owner)).ifPresent(p -> {
                throw new RefusedException("people.refused.emailTaken");
            });
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
