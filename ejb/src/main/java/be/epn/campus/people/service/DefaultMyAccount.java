package be.epn.campus.people.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Accounts;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

@Stateless
public class DefaultMyAccount implements MyAccount {

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
    CohortRepository cohorts;

    @Override
    public PersonFile me() {
        Person me = self();
        return PersonFile.of(me, people.membershipsOf(me), cohorts.withMember(me), accounts.lockStatus(me));
    }

    @Override
    public void updateContact(Language language, String email, String phone) {
        Person me = self();
        if (email != null && !email.isBlank()) {
            people.byEmail(email.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.equals(me)).ifPresent(p -> {
                throw new RefusedException("people.refused.emailTaken");
            });
        }
        PersonDetails details = me.details();
        me.update(new PersonDetails(details.givenName(), details.familyName(), details.birthYear(), language, email, phone));
        audit.record(me.getId(), AuditAction.UPDATE_PERSON, me, null, "self");
    }

    @Override
    public void decideConsent(UUID epn, boolean given) {
        Person me = self();
        Membership membership = people.membershipsOf(me).stream()
                .filter(m -> m.getRole() == Role.LEARNER && m.getEpn().getUuid().equals(epn))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("membership at " + epn));
        membership.decideConsent(given, LocalDateTime.now(Clock.systemUTC()));
        audit.record(me.getId(), AuditAction.CONSENT_CHANGED, me, membership.getEpn(), "given=" + given);
    }

    @Override
    public void changeSecret(String current, String next) {
        Person me = self();
        if (current == null || !accounts.confirmSecretOf(me, current)) {
            throw new RefusedException("access.secret.WRONG_CURRENT");
        }
        accounts.setSecret(me, next, me);
        audit.record(me.getId(), AuditAction.RESET_SECRET, me, null, "self");
    }

    @Override
    public String export() {
        Person me = self();
        audit.record(me.getId(), AuditAction.EXPORT_DATA, me, null, "self");
        return personalData.export(me).toString();
    }

    private Person self() {
        Caller caller = callers.current();
        AccessRules.requireSignedIn(caller);
        return people.find(caller.uuid()).orElseThrow(() -> new RecordNotFoundException("me"));
    }
}
