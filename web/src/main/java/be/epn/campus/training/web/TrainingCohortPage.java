package be.epn.campus.training.web;

import be.epn.campus.platform.web.Actions;
import be.epn.campus.training.service.ContinuingEducation;
import be.epn.campus.training.service.FollowedAnimateur;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /training/cohort.xhtml}: the animateurs a trainer follows, across EPNs, with their hours of the year
 * (every registered animateur for a coordinator). Read-only; the service refuses anyone else (a 403 page).
 */
@Named
@RequestScoped
public class TrainingCohortPage {

    @EJB
    ContinuingEducation education;

    private List<FollowedAnimateur> animateurs;
    private boolean allowed;
    private final int year = LocalDateTime.now(Clock.systemUTC()).getYear();

    public void load() {
        allowed = Actions.run(() -> animateurs = education.followed(year));
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<FollowedAnimateur> getAnimateurs() {
        return animateurs == null ? List.of() : animateurs;
    }

    public int getYear() {
        return year;
    }

    public String epns(List<String> names) {
        return String.join(", ", names);
    }

    public String hours(int minutes) {
        return TrainingTimes.hours(minutes);
    }
}
