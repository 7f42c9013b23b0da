package be.epn.campus.access.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.OrganiserType;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.errors.AccessDeniedException;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    private Epn a;
    private Epn b;
    private Person learnerAtA;

    /** Entities get their ids from the database; here they are set by hand. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Epn epn(String name, long id) {
        return withId(new Epn(new EpnDetails(name, "Bruxelles", "Rue 1", "1000", OrganiserType.ASSOCIATION, "ASBL", 5,
                List.of("fr"), null, List.of()), NOW), id);
    }

    private static Caller animateurAt(Epn epn) {
        return new Caller(100L, UUID.randomUUID(), Set.of(Role.ANIMATEUR), Set.of(epn.getId()));
    }

    @BeforeEach
    void world() {
        a = epn("A", 1);
        b = epn("B", 2);
        learnerAtA = withId(new Person(new PersonDetails("Alice", "A", null, Language.FR, null, null), "alice.a10", NOW, null, a), 7);
        learnerAtA.grant(Role.LEARNER);
    }

    @Test
    void anAnimateurSeesALearnerOfTheirEpnWhoConsents() {
        new Membership(learnerAtA, a, Role.LEARNER, NOW, true, null);
        assertTrue(AccessRules.canView(animateurAt(a), learnerAtA));
        assertTrue(AccessRules.canManageAccount(animateurAt(a), learnerAtA));
    }

    @Test
    void notALearnerOfAnotherEpn() {
        new Membership(learnerAtA, a, Role.LEARNER, NOW, true, null);
        assertFalse(AccessRules.canView(animateurAt(b), learnerAtA));
        assertThrows(AccessDeniedException.class, () -> AccessRules.requireView(animateurAt(b), learnerAtA));
    }

    @Test
    void notALearnerWhoWithdrewConsent() {
        Membership membership = new Membership(learnerAtA, a, Role.LEARNER, NOW, true, null);
        membership.decideConsent(false, NOW);
        assertFalse(AccessRules.canView(animateurAt(a), learnerAtA));
    }

    @Test
    void aLearnerSeesThemselvesOnlyAndACoordinatorEveryone() {
        Caller self = new Caller(7L, learnerAtA.getUuid(), Set.of(Role.LEARNER), Set.of());
        Caller other = new Caller(8L, UUID.randomUUID(), Set.of(Role.LEARNER), Set.of());
        Caller coordinator = new Caller(9L, UUID.randomUUID(), Set.of(Role.COORDINATOR), Set.of());
        assertTrue(AccessRules.canView(self, learnerAtA));
        assertFalse(AccessRules.canManageAccount(self, learnerAtA), "a learner's own secret changes through their account page");
        assertFalse(AccessRules.canView(other, learnerAtA));
        assertTrue(AccessRules.canView(coordinator, learnerAtA));
        assertFalse(AccessRules.canView(Caller.anonymous(), learnerAtA));
    }

    @Test
    void aStaffAccountIsManagedByCoordinatorsOnlyEvenWhenItsHolderIsALearnerHere() {
        Caller coordinator = new Caller(9L, UUID.randomUUID(), Set.of(Role.COORDINATOR), Set.of());
        for (Role staff : List.of(Role.ANIMATEUR, Role.TRAINER, Role.COORDINATOR)) {
            Person person = withId(new Person(new PersonDetails("Sam", "S", null, Language.FR, null, null), "sam." + staff, NOW, null, a), 20);
            person.grant(Role.LEARNER);
            person.grant(staff);
            new Membership(person, a, Role.LEARNER, NOW, true, null);
            assertTrue(AccessRules.canView(animateurAt(a), person), "seen as a learner of EPN A");
            assertFalse(AccessRules.canManageAccount(animateurAt(a), person), "but not managed by its animateur: " + staff);
            assertTrue(AccessRules.canManageAccount(coordinator, person));
        }
    }

    @Test
    void theDeskIsForAnimateursOfThatEpnAndCoordinators() {
        AccessRules.requireDesk(animateurAt(a), a.getId());
        assertThrows(AccessDeniedException.class, () -> AccessRules.requireDesk(animateurAt(a), b.getId()));
        Caller trainer = new Caller(5L, UUID.randomUUID(), Set.of(Role.TRAINER), Set.of(a.getId()));
        assertThrows(AccessDeniedException.class, () -> AccessRules.requireDesk(trainer, a.getId()),
                "working somewhere without the animateur role is not enough");
    }
}
