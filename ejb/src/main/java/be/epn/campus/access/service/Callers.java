package be.epn.campus.access.service;

import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the signed-in caller from the security context: the principal's name is the person's UUID.
 * Roles and EPNs come from the database at each call, so a disabled account or a revoked role takes
 * effect at once, whatever the session holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Callers {

    @Inject
    SecurityContext security;

    @Inject
    PeopleRepository people;

    public Caller current() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Caller.anonymous();
        }
        return person(principal.getName()).filter(Person::canSignIn).map(Callers::of).orElse(Caller.anonymous());
    }

    /** The caller's own record, for pages about "me". */
    public Optional<Person> currentPerson() {
        Caller caller = current();
        return caller.isAnonymous() ? Optional.empty() : people.find(caller.uuid());
    }

    static Caller of(Person person) {
        Set<Long> staffEpns = new HashSet<>();
        for (Membership membership : person.getMemberships()) {
            if (membership.getRole() == Role.ANIMATEUR) {
                staffEpns.add(membership.getEpn().getId());
            }
        }
        return new Caller(person.getId(), person.getUuid(), person.getRoles(), staffEpns);
    }

    private Optional<Person> person(String name) {
        try {
            return people.find(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
