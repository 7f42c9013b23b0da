package be.epn.campus.training.web;

import be.epn.campus.access.web.CurrentUser;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.training.model.SessionPlan;
import be.epn.campus.training.service.SessionView;
import be.epn.campus.training.service.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * {@code /training/}: the sessions to come (animateurs register or withdraw and see where they stand) and,
 * for trainers and coordinators, the form to plan one ({@link PlanForm}: a refused plan comes back whole).
 */
@Named
@ViewScoped
public class TrainingSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAST_DAYS_FOR_TRAINERS = 30;

    @EJB
    transient TrainingSessions sessions;

    @Inject
    CurrentUser currentUser;

    private transient List<SessionView> list;
    private transient List<EpnSummary> places;

    private final PlanForm form = new PlanForm();

    /**
     * The sessions not over yet; for trainers and coordinators also those of the last weeks, so that attendance
     * can still be taken (or corrected) after the day.
     */
    public List<SessionView> getSessions() {
        if (list == null) {
            int pastDays = currentUser.isTrainer() ? PAST_DAYS_FOR_TRAINERS : 0;
            list = Actions.get(() -> sessions.sessions(pastDays)).orElse(List.of());
        }
        return list;
    }

    /** The EPNs to choose from (trainers and coordinators only: others are not asked). */
    public List<EpnSummary> getPlaces() {
        if (places == null) {
            places = Actions.get(() -> sessions.places()).orElse(List.of());
        }
        return places;
    }

    public void plan() throws IOException {
        SessionPlan draft = form.plan(null);
        var created = Actions.get(() -> sessions.create(draft));
        if (created.isPresent()) {
            TrainingFlash.done("planned");
            Faces.redirect(Faces.getRequestContextPath() + "/training/session.xhtml?session=" + created.get().uuid());
        }
    }

    public void register(UUID session) throws IOException {
        change(() -> sessions.register(session), "registered");
    }

    public void withdraw(UUID session) throws IOException {
        change(() -> sessions.withdraw(session), "withdrawn");
    }

    /** Saves, then shows the list again as saved (a reload posts nothing twice). */
    private void change(Supplier<SessionView> call, String done) throws IOException {
        if (Actions.get(call).isPresent()) {
            TrainingFlash.done(done);
            Faces.redirect(Faces.getRequestContextPath() + "/training/");
        }
    }

    /** Registration is open until the start (the service refuses later too; the button is then not offered). */
    public boolean open(SessionView s) {
        return !s.cancelled() && java.time.LocalDateTime.now(java.time.Clock.systemUTC()).isBefore(s.startsAt());
    }

    public String when(SessionView s) {
        return TrainingTimes.when(s.startsAt()) + " – " + TrainingTimes.clock(s.endsAt());
    }

    public String hours(int minutes) {
        return TrainingTimes.hours(minutes);
    }

    /** Where it takes place: the EPN's name, or the address typed. */
    public String where(SessionView s) {
        return s.epn() != null ? s.epn() : s.place();
    }

    public PlanForm getForm() {
        return form;
    }
}
