package be.epn.campus.people.web;

import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.MembershipView;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.model.Role;
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
import org.omnifaces.util.Messages;

/**
 * A learner's file at the desk: who they are, where they are known, their account (locked or not), and
 * what the animateur can do: print the card, set a new secret chosen with them, unlock, attach here.
 */
@Named
@ViewScoped
public class LearnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LearnerDesk service;

    @Inject
    DeskSession desk;

    @Inject
    @Param(name = "id")
    String id;

    private UUID learner;
    private PersonFile file;
    private String newSecret;
    private boolean consent;

    public void load() throws IOException {
        if (file != null) {
            return;
        }
        learner = Actions.recordId(id).orElse(null);
        if (learner == null) {
            return;
        }
        file = Actions.get(() -> service.learner(learner)).orElse(null);
    }

    public boolean isKnownHere() {
        UUID here = desk.epnId();
        return file != null && file.memberships().stream()
                .anyMatch(m -> m.role() == Role.LEARNER && m.epn().equals(here) && m.consentGiven());
    }

    public void resetSecret() {
        if (Actions.run(() -> service.resetSecret(learner, newSecret))) {
            Messages.addGlobalInfo(Faces.getResourceBundle("pp").getString("learner.secret.done"));
            refresh();
        }
    }

    public void unlock() {
        if (Actions.run(() -> service.unlock(learner))) {
            Messages.addGlobalInfo(Faces.getResourceBundle("pp").getString("learner.unlock.done"));
            refresh();
        }
    }

    public void attach() {
        if (Actions.run(() -> service.attach(desk.epnId(), learner, consent))) {
            Messages.addGlobalInfo(Faces.getResourceBundle("pp").getString("learner.attach.done"));
            refresh();
        }
    }

    private void refresh() {
        file = Actions.get(() -> service.learner(learner)).orElse(file);
    }

    public PersonFile getFile() {
        return file;
    }

    public boolean isCreated() {
        return Boolean.TRUE.equals(Faces.getFlash().get("created"));
    }

    /** The end of a lock in Brussels time (the database keeps UTC). */
    public java.time.LocalTime getLockedUntil() {
        var until = file == null ? null : file.lock().lockedUntil();
        return until == null ? null : until.atZone(java.time.ZoneOffset.UTC)
                .withZoneSameInstant(java.time.ZoneId.of("Europe/Brussels")).toLocalTime().withNano(0);
    }

    public String getCardUrl() {
        return Faces.getRequestContextPath() + "/api/people/" + learner + "/card";
    }

    public String roleOf(MembershipView membership) {
        return membership.role().name();
    }

    public String getNewSecret() {
        return null;
    }

    public void setNewSecret(String newSecret) {
        this.newSecret = newSecret;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
