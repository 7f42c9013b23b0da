package be.epn.campus.people.web;

import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.DeskMatch;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * A learner known elsewhere walks in: the animateur checks it is the right person and, with their
 * consent, attaches them to this EPN. The same record; no second account.
 */
@Named
@ViewScoped
public class AttachPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LearnerDesk service;

    @Inject
    DeskSession desk;

    @Inject
    @Param(name = "learner")
    String learnerParam;

    private UUID learner;
    private DeskMatch match;
    private boolean consent;

    public void load() throws IOException {
        if (match != null) {
            return;
        }
        learner = Actions.recordId(learnerParam).orElse(null);
        if (learner == null) {
            return;
        }
        match = Actions.get(() -> service.match(desk.epnId(), learner)).orElse(null);
    }

    public void attach() throws IOException {
        if (Actions.run(() -> service.attach(desk.epnId(), learner, consent))) {
            Faces.redirect(Faces.getRequestContextPath() + "/desk/learner.xhtml?id=" + learner);
        }
    }

    public DeskMatch getMatch() {
        return match;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
