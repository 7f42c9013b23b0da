package be.epn.campus.people.web;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Creating a learner at the desk, in under a minute: a name, optionally a year of birth, the language
 * they prefer, optional contact details, a secret chosen with them, and their consent.
 */
@Named
@RequestScoped
public class NewLearnerForm {

    private static final Map<String, String> FIELDS = Map.of(
            "givenName", "learner:givenName", "familyName", "learner:familyName", "birthYear", "learner:birthYear",
            "preferredLanguage", "learner:language", "email", "learner:email", "phone", "learner:phone");

    @EJB
    LearnerDesk service;

    @Inject
    DeskSession desk;

    private String givenName;
    private String familyName;
    private Integer birthYear;
    private Language language;
    private String email;
    private String phone;
    private String secret;
    private boolean consent;

    public void create() throws IOException {
        PersonDetails details = new PersonDetails(givenName, familyName, birthYear, language, email, phone);
        if (!Violations.valid(details, FIELDS)) {
            return;
        }
        var account = Actions.get(() -> service.createLearner(desk.epnId(), details, secret, consent));
        if (account.isPresent()) {
            Faces.getFlash().put("created", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/desk/learner.xhtml?id=" + account.get().person());
        }
    }

    public Language[] getLanguages() {
        return Language.values();
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

    public String getSecret() {
        return null;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
