package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** People ({@code /admin/people.xhtml}): find anyone by name or username, and the staff, role by role. */
@Named
@ViewScoped
public class PeopleDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Coordination service;

    private String query;
    private List<PersonRow> found;
    private final Map<Role, List<PersonRow>> staff = new EnumMap<>(Role.class);

    public void search() {
        found = Actions.get(() -> service.searchPeople(query)).orElse(List.of());
    }

    /** Everyone holding the role, e.g. {@code #{peopleDirectory.withRole('TRAINER')}}. */
    public List<PersonRow> withRole(String role) {
        return staff.computeIfAbsent(Role.valueOf(role), r -> Actions.get(() -> service.withRole(r)).orElse(List.of()));
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.ANIMATEUR, Role.TRAINER, Role.COORDINATOR);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Null before a search, so the page can tell "no search yet" from "nobody found". */
    public List<PersonRow> getFound() {
        return found;
    }
}
