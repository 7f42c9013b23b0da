package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The coordination home ({@code /admin/}): the sections, each with a count. */
@Named
@RequestScoped
public class AdminHome {

    private static final List<Role> STAFF = List.of(Role.ANIMATEUR, Role.TRAINER, Role.COORDINATOR);

    @EJB
    Coordination service;

    private Integer epns;
    private Integer staff;
    private Long auditLines;

    public int getEpns() {
        if (epns == null) {
            epns = Actions.get(() -> service.epns().size()).orElse(0);
        }
        return epns;
    }

    /** People holding at least one staff role, each counted once. */
    public int getStaff() {
        if (staff == null) {
            Set<UUID> people = new HashSet<>();
            for (Role role : STAFF) {
                Actions.get(() -> service.withRole(role)).orElse(List.of()).stream().map(PersonRow::uuid).forEach(people::add);
            }
            staff = people.size();
        }
        return staff;
    }

    public long getAuditLines() {
        if (auditLines == null) {
            auditLines = Actions.get(service::auditSize).orElse(0L);
        }
        return auditLines;
    }
}
