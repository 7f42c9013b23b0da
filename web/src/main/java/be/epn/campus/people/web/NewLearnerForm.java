package be.epn.campus.people.web;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * Creating a learner at the desk, in under a minute: a name, optionally a year of birth, the language
 * they prefer, optional contact details, a secret chosen with them, and their consent.
 */
@Named
@RequestScoped
public class NewLearnerForm {

    @EJB
    LearnerDesk service;

    @Inject
    DeskSession desk;

    private final PersonFields person = new PersonFields();
    private String secret;
    private boolean consent;

    public void create() throws IOException {
        PersonDetails details = person.details();
        if (!Violations.valid(details, PersonFields.clientIds("learner"))) {
            return;
        }
        var account = Actions.get(() -> service.createLearner(desk.epnId(), details, secret, consent));
        if (account.isPresent()) {
            Faces.getFlash().put("created", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/desk/learner.xhtml?id=" + account.get().person());
        }
    }

    public PersonFields getPerson() {
        return person;
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
