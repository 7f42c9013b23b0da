package be.epn.campus.access.service;

import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.errors.AccessDeniedException;

/**
 * Who may see and change whose data. Coordinators see everyone; a person sees themselves; an animateur
 * sees a learner only through an EPN where the animateur works, the learner is known, and the learner
 * consents to that EPN seeing their record. Everything else is refused.
 */
public final class AccessRules {

    private AccessRules() {
    }

    public static boolean canView(Caller caller, Person person) {
        return caller.isCoordinator() || caller.isPerson(person.getId()) || knownWithConsentAtStaffEpn(caller, person);
    }

    /**
     * Reset a secret, unlock, print a card, edit details: coordinators, and animateurs for the learners they
     * may see who hold no other role. A staff account (animateur, trainer, coordinator) is managed by
     * coordinators only: otherwise an animateur could take over a colleague's or a coordinator's account
     * through their place as a learner at the animateur's EPN.
     */
    public static boolean canManageAccount(Caller caller, Person person) {
        return caller.isCoordinator() || (onlyALearner(person) && knownWithConsentAtStaffEpn(caller, person));
    }

    public static void requireView(Caller caller, Person person) {
        if (!canView(caller, person)) {
            throw new AccessDeniedException(caller.uuid() + " may not see " + person);
        }
    }

    public static void requireManageAccount(Caller caller, Person person) {
        if (!canManageAccount(caller, person)) {
            throw new AccessDeniedException(caller.uuid() + " may not manage the account of " + person);
        }
    }

    /** Desk work at an EPN: creating, finding and attaching learners, cohorts. */
    public static void requireDesk(Caller caller, Long epnId) {
        if (!caller.isCoordinator() && !caller.worksAt(epnId)) {
            throw new AccessDeniedException(caller.uuid() + " does not work at EPN " + epnId);
        }
    }

    public static void requireCoordinator(Caller caller) {
        if (!caller.isCoordinator()) {
            throw new AccessDeniedException(caller.uuid() + " is not a coordinator");
        }
    }

    /** Continuing-education work (sessions, modules of the animateurs' track): trainers and coordinators. */
    public static void requireTrainer(Caller caller) {
        if (!caller.isCoordinator() && !caller.is(Role.TRAINER)) {
            throw new AccessDeniedException(caller.uuid() + " is not a trainer");
        }
    }

    public static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("anonymous");
        }
    }

    private static boolean onlyALearner(Person person) {
        return person.getRoles().stream().allMatch(role -> role == Role.LEARNER);
    }

    private static boolean knownWithConsentAtStaffEpn(Caller caller, Person person) {
        if (!caller.is(Role.ANIMATEUR)) {
            return false;
        }
        for (Membership membership : person.getMemberships()) {
            if (membership.getRole() == Role.LEARNER && membership.isConsentGiven()
                    && caller.worksAt(membership.getEpn().getId())) {
                return true;
            }
        }
        return false;
    }
}
