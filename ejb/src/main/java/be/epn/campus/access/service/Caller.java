package be.epn.campus.access.service;

import be.epn.campus.people.model.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, as the database says now (not as the session remembers: a role revoked a minute ago no
 * longer counts). {@code staffEpns} are the ids of the EPNs where the caller works as an animateur.
 */
public record Caller(Long personId, UUID uuid, Set<Role> roles, Set<Long> staffEpns) {

    private static final Caller ANONYMOUS = new Caller(null, null, Set.of(), Set.of());

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        staffEpns = Set.copyOf(staffEpns);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return personId == null;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return is(Role.COORDINATOR);
    }

    /** An animateur at that EPN. */
    public boolean worksAt(Long epnId) {
        return is(Role.ANIMATEUR) && staffEpns.contains(epnId);
    }

    public boolean isPerson(Long id) {
        return personId != null && personId.equals(id);
    }
}
