package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
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

    private static final Map<String, String> FIELDS = Map.of(
            "givenName", "staff:givenName", "familyName", "staff:familyName", "birthYear", "staff:birthYear",
            "preferredLanguage", "staff:language", "email", "staff:email", "phone", "staff:phone");

    @EJB
    Coordination service;

    private String givenName;
    private String familyName;
    private Integer birthYear;
    private Language language;
    private String email;
    private String phone;
    private Role[] roles = new Role[0];
    private String secret;

    public void create() throws IOException {
        PersonDetails details = new PersonDetails(givenName, familyName, birthYear, language, email, phone);
        boolean valid = Violations.valid(details, FIELDS);
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

    public Language[] getLanguages() {
        return Language.values();
    }

    /** Staff roles first; LEARNER too, for an animateur who also follows the continuing-education track. */
    public Role[] getStaffRoles() {
        return new Role[] {Role.ANIMATEUR, Role.TRAINER, Role.COORDINATOR, Role.LEARNER};
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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
