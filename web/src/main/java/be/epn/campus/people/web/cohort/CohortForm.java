package be.epn.campus.people.web.cohort;

import be.epn.campus.people.service.CohortDraft;
import be.epn.campus.people.service.Cohorts;
import be.epn.campus.people.web.DeskSession;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.Violations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A group's name, description and schedule, to create a group at the desk's EPN or change one. What the
 * animateur typed stays in the form when something is refused.
 */
@Named
@ViewScoped
public class CohortForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "cohort:name", "description", "cohort:description", "day", "cohort:day",
            "startsAt", "cohort:startsAt", "endsAt", "cohort:endsAt", "firstDay", "cohort:firstDay",
            "lastDay", "cohort:lastDay");

    @EJB
    transient Cohorts service;

    @Inject
    DeskSession desk;

    @Inject
    CohortPage page;

    private boolean filled;
    private String name;
    private String description;
    private DayOfWeek day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private LocalDate firstDay;
    private LocalDate lastDay;

    /** Fills the form with the group being changed (once: a refused save keeps what was typed). */
    public void load() {
        if (filled || !page.isEditing()) {
            return;
        }
        CohortDraft draft = page.getFile().draft();
        name = draft.name();
        description = draft.description();
        day = draft.day();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        firstDay = draft.firstDay();
        lastDay = draft.lastDay();
        filled = true;
    }

    public void save() throws IOException {
        CohortDraft draft = new CohortDraft(name, description, day, startsAt, endsAt, firstDay, lastDay);
        if (!Violations.valid(draft, FIELDS)) {
            return;
        }
        if (page.isEditing()) {
            if (Actions.run(() -> service.update(page.getCohort(), draft))) {
                Messages.addGlobalInfo(Faces.getResourceBundle("co").getString("cohort.saved"));
                page.refresh();
            }
            return;
        }
        var created = Actions.get(() -> service.create(desk.epnId(), draft));
        if (created.isPresent()) {
            Faces.getFlash().put("cohortCreated", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/desk/cohort.xhtml?id=" + created.get());
        }
    }

    public boolean isCreated() {
        return Boolean.TRUE.equals(Faces.getFlash().get("cohortCreated"));
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    /** "Mardi", "Dinsdag", "Tuesday": the day spelled out in the page's language, as a list item starts. */
    public String dayName(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, Faces.getLocale());
        return name.substring(0, 1).toUpperCase(Faces.getLocale()) + name.substring(1);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
