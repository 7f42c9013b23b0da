package be.epn.campus.training.web;

import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.service.Attendance;
import be.epn.campus.training.service.RosterLine;
import be.epn.campus.training.service.SessionView;
import be.epn.campus.training.service.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /training/session.xhtml?session=}: a session as its trainer (or a coordinator) runs it: the roster
 * (seats, then the waiting line in order), the attendance sheet (present or absent for each seat; saving
 * credits the hours), changing the plan before the start, and cancelling. The roster call is the check: anyone else gets a 403 page.
 */
@Named
@ViewScoped
public class TrainingSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingSessions sessions;

    @EJB
    transient Attendance attendance;

    private UUID id;
    private boolean allowed;
    private transient SessionView session;
    private transient List<RosterLine> roster;
    /** Present or not, per animateur with a seat (keys are UUID strings: what the form posts back). */
    private final HashMap<String, Boolean> present = new HashMap<>();
    private boolean confirmCancel;
    /** The plan as its trainer may change it before the start; filled from the session when the page opens. */
    private PlanForm edit;
    private transient List<EpnSummary> places;

    public void load() {
        if (id != null) {
            return;
        }
        id = Actions.recordId(Faces.getRequestParameter("session")).orElse(null);
        if (id != null) {
            allowed = read();
            if (session != null) {
                edit = PlanForm.of(session);
            }
            if (roster != null) {
                roster.stream().filter(l -> l.state() == RegistrationState.REGISTERED)
                        .forEach(l -> present.put(l.person().toString(), Boolean.TRUE.equals(l.attended())));
            }
        }
    }

    private boolean read() {
        return Actions.run(() -> {
            roster = attendance.roster(id);
            session = sessions.session(id);
        });
    }

    /** Saves the sheet: every seat present or absent; hours are credited to those present. */
    public void save() throws IOException {
        Map<UUID, Boolean> sheet = new HashMap<>();
        present.forEach((person, came) -> sheet.put(UUID.fromString(person), Boolean.TRUE.equals(came)));
        if (Actions.get(() -> attendance.take(id, sheet)).isPresent()) {
            again("attendance");
        }
    }

    /** Saves the changed plan; a refusal names every problem and keeps what was typed. */
    public void change() throws IOException {
        String module = getSession().moduleKey();
        if (Actions.get(() -> sessions.change(id, edit.plan(module))).isPresent()) {
            again("changed");
        }
    }

    public void cancel() throws IOException {
        if (!confirmCancel) {
            Messages.addGlobalError(TrainingTexts.text("session.cancel.confirmFirst"));
            return;
        }
        if (Actions.get(() -> sessions.cancel(id)).isPresent()) {
            again("cancelled");
        }
    }

    private void again(String done) throws IOException {
        TrainingFlash.done(done);
        Faces.redirect(Faces.getRequestContextPath() + "/training/session.xhtml?session=" + id);
    }

    /** The plan can change until the start, unless the session is cancelled (the service says so too). */
    public boolean isChangeable() {
        SessionView s = getSession();
        return s != null && !s.cancelled() && java.time.LocalDateTime.now(java.time.Clock.systemUTC()).isBefore(s.startsAt());
    }

    public PlanForm getEdit() {
        return edit;
    }

    public List<EpnSummary> getPlaces() {
        if (places == null) {
            places = Actions.get(() -> sessions.places()).orElse(List.of());
        }
        return places;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public UUID getId() {
        return id;
    }

    public SessionView getSession() {
        if (session == null && allowed) {
            read();
        }
        return session;
    }

    public List<RosterLine> getRoster() {
        if (roster == null && allowed) {
            read();
        }
        return roster == null ? List.of() : roster;
    }

    public List<RosterLine> getSeated() {
        return getRoster().stream().filter(l -> l.state() == RegistrationState.REGISTERED).toList();
    }

    public List<RosterLine> getWaiting() {
        return getRoster().stream().filter(l -> l.state() == RegistrationState.WAITING).toList();
    }

    /** Attendance can be taken from an hour before the start (the service says so too). */
    public boolean isSheetOpen() {
        SessionView s = getSession();
        return s != null && !s.cancelled() && !java.time.LocalDateTime.now(java.time.Clock.systemUTC())
                .isBefore(s.startsAt().minus(Attendance.OPENS_BEFORE));
    }

    public String when(SessionView s) {
        return TrainingTimes.when(s.startsAt()) + " – " + TrainingTimes.clock(s.endsAt());
    }

    public String opensAt(SessionView s) {
        return TrainingTimes.when(s.startsAt().minus(Attendance.OPENS_BEFORE));
    }

    /** The EPNs where an animateur works, in one line. */
    public String epns(List<String> names) {
        return String.join(", ", names);
    }

    public String hours(int minutes) {
        return TrainingTimes.hours(minutes);
    }

    public Map<String, Boolean> getPresent() {
        return present;
    }

    public boolean isConfirmCancel() {
        return confirmCancel;
    }

    public void setConfirmCancel(boolean confirmCancel) {
        this.confirmCancel = confirmCancel;
    }
}
