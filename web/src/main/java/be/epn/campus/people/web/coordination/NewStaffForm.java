package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.web.PersonFields;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A staff account ({@code /admin/new-person.xhtml}): an animateur, a trainer or a coordinator, with a
 * secret they choose. The person's page opens next, with the username to give them.
 */
@Named
@RequestScoped
public class NewStaffForm {

    @EJB
    Coordination service;

    private final PersonFields person = new PersonFields();
    private Role[] roles = new Role[0];
    private String secret;

    public void create() throws IOException {
        PersonDetails details = person.details();
        boolean valid = Violations.valid(details, PersonFields.clientIds("staff"));
        if (roles.length == 0) {
            Messages.addError("staff:roles", AdminTexts.text("newPerson.roles.required"));
            valid = false;
        }
        if (!valid) {
            Messages.addGlobalError(AdminTexts.text("form.fix"));
            return;
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        chosen.addAll(Arrays.asList(roles));
        var account = Actions.get(() -> service.createPerson(details, chosen, secret));
        if (account.isPresent()) {
            Faces.getFlash().put("created", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/admin/person.xhtml?id=" + account.get().person());
        }
    }

    public PersonFields getPerson() {
        return person;
    }

    /** Staff roles first; LEARNER too, for an animateur who also follows the continuing-education track. */
    public Role[] getStaffRoles() {
        return new Role[] {Role.ANIMATEUR, Role.TRAINER, Role.COORDINATOR, Role.LEARNER};
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    /** Never shown back: a secret does not travel to the browser again. */
    public String getSecret() {
        return null;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
