package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.PersonStatus;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.MembershipView;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One person as the coordinator sees them ({@code /admin/person.xhtml?id=<uuid>}): their whole file, and
 * what can be done to it: roles, the EPNs where they work, switching the account off and on, the data
 * export, merging a duplicate, and erasing their identity when they ask for it.
 */
@Named
@ViewScoped
public class PersonAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    transient Coordination service;

    @Inject
    @Param(name = "id")
    String id;

    private UUID person;
    private PersonFile file;
    private List<EpnSummary> epns;
    private String staffEpn;
    private boolean erasureAsked;

    public void load() throws IOException {
        if (file != null) {
            return;
        }
        person = Actions.recordId(id).orElse(null);
        if (person == null) {
            return;
        }
        file = Actions.get(() -> service.person(person)).orElse(null);
    }

    public void grant(Role role) {
        act(() -> service.grant(person, role), "person.roles.granted");
    }

    public void revoke(Role role) {
        act(() -> service.revoke(person, role), "person.roles.revoked");
    }

    public void addStaff() {
        UUID epn = parse(staffEpn);
        if (epn == null) {
            Messages.addError("staff:epn", AdminTexts.text("person.staff.choose"));
            return;
        }
        act(() -> service.addStaff(person, epn), "person.staff.added");
    }

    public void removeStaff(UUID epn) {
        act(() -> service.removeStaff(person, epn), "person.staff.removed");
    }

    public void disable() {
        act(() -> service.disable(person), "person.account.disabled");
    }

    public void enable() {
        act(() -> service.enable(person), "person.account.enabled");
    }

    /** Erasure cannot be undone: it needs the box ticked that says the person asked for it. */
    public void erase() {
        if (!erasureAsked) {
            Messages.addError("erase:asked", AdminTexts.text("person.erase.confirmFirst"));
            return;
        }
        act(() -> service.erase(person), "person.erase.done");
        erasureAsked = false;
    }

    private void act(Runnable action, String doneKey) {
        if (Actions.run(action)) {
            Messages.addGlobalInfo(AdminTexts.text(doneKey));
            file = Actions.get(() -> service.person(person)).orElse(file);
        }
    }

    private static UUID parse(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public PersonFile getFile() {
        return file;
    }

    public boolean isCreated() {
        return Boolean.TRUE.equals(Faces.getFlash().get("created"));
    }

    public boolean isMerged() {
        return Boolean.TRUE.equals(Faces.getFlash().get("merged"));
    }

    public boolean isActive() {
        return file != null && file.status() == PersonStatus.ACTIVE;
    }

    public boolean isDisabled() {
        return file != null && file.status() == PersonStatus.DISABLED;
    }

    /** Merged or erased: history only, nothing more to do with the record but read it. */
    public boolean isClosed() {
        return file != null && (file.status() == PersonStatus.MERGED || file.status() == PersonStatus.ERASED);
    }

    /** Until when the account is locked, in Brussels time (the lock is kept in universal time). */
    public String getLockedUntil() {
        LocalDateTime until = file == null ? null : file.lock().lockedUntil();
        return until == null ? "" : until.atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS).toLocalTime()
                .format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public boolean holds(Role role) {
        return file != null && file.roles().contains(role);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The EPNs where the person works as an animateur. */
    public List<MembershipView> getStaffAt() {
        return file == null ? List.of() : file.memberships().stream().filter(m -> m.role() == Role.ANIMATEUR).toList();
    }

    /** The EPNs where the person could still be added as an animateur. */
    public List<EpnSummary> getOtherEpns() {
        if (epns == null) {
            epns = Actions.get(service::epns).orElse(List.of());
        }
        List<UUID> already = getStaffAt().stream().map(MembershipView::epn).toList();
        return epns.stream().filter(e -> !already.contains(e.uuid())).toList();
    }

    public String getExportUrl() {
        return Faces.getRequestContextPath() + "/api/people/" + person + "/export";
    }

    public String getStaffEpn() {
        return staffEpn;
    }

    public void setStaffEpn(String staffEpn) {
        this.staffEpn = staffEpn;
    }

    public boolean isErasureAsked() {
        return erasureAsked;
    }

    public void setErasureAsked(boolean erasureAsked) {
        this.erasureAsked = erasureAsked;
    }
}
