package be.epn.campus.access.web;

import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is signed in, for the page frame's menu ({@code #{currentUser.animateur}}...). */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    Callers callers;

    private Caller caller;
    private String displayName;

    private Caller caller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return !caller().isAnonymous();
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = callers.currentPerson().map(Person::displayName).orElse("");
        }
        return displayName;
    }

    public boolean isLearner() {
        return caller().is(Role.LEARNER);
    }

    public boolean isAnimateur() {
        return caller().is(Role.ANIMATEUR) || caller().isCoordinator();
    }

    /** Takes continuing education: registers to sessions (the animateur role itself, not a coordinator). */
    public boolean isTrainee() {
        return caller().is(Role.ANIMATEUR);
    }

    /** Plans sessions and follows animateurs: trainers and coordinators. */
    public boolean isTrainer() {
        return caller().is(Role.TRAINER) || caller().isCoordinator();
    }

    /** Has the continuing-education pages ({@code /training/*}). */
    public boolean isInTraining() {
        return isTrainee() || isTrainer();
    }

    public boolean isCoordinator() {
        return caller().isCoordinator();
    }
}
