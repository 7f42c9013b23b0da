package be.epn.campus.training.web;

import be.epn.campus.platform.Language;
import be.epn.campus.training.model.SessionPlan;
import be.epn.campus.training.service.SessionView;
import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;

/**
 * The fields of a session's plan as the trainer types them, kept as typed (strings) so that a refused plan comes
 * back whole with every problem named by the service. One form for planning a session and for changing it.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String day;
    private String from;
    private String until;
    private String hours;
    private String epn;
    private String place;
    private String capacity;

    /** The form filled with a session's plan, in Brussels time; the hours left empty when they are its length. */
    static PlanForm of(SessionView session) {
        PlanForm form = new PlanForm();
        form.title = session.title();
        form.description = session.description();
        form.day = TrainingTimes.day(session.startsAt());
        form.from = TrainingTimes.clock(session.startsAt());
        form.until = TrainingTimes.clock(session.endsAt());
        boolean length = Duration.between(session.startsAt(), session.endsAt()).toMinutes() == session.minutes();
        form.hours = length ? null : TrainingTimes.typed(session.minutes());
        form.epn = session.epnUuid() == null ? null : session.epnUuid().toString();
        form.place = session.epnUuid() == null ? session.place() : null;
        form.capacity = Integer.toString(session.capacity());
        return form;
    }

    /** What was typed, for the service to check; what cannot be read reaches it as a problem, not an exception. */
    SessionPlan plan(String moduleKey) {
        UUID where = epn == null || epn.isBlank() ? null : UUID.fromString(epn);
        return new SessionPlan(title, description, Language.DEFAULT, moduleKey, TrainingTimes.utc(day, from),
                TrainingTimes.utc(day, until), TrainingTimes.minutes(hours), where, where == null ? place : null,
                TrainingTimes.number(capacity));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getEpn() {
        return epn;
    }

    public void setEpn(String epn) {
        this.epn = epn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }
}
