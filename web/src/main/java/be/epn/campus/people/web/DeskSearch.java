package be.epn.campus.people.web;

import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.DeskMatch;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The desk's home: find a learner who walks in (name and year of birth, or the username from their card),
 * and the learners known at this EPN.
 */
@Named
@ViewScoped
public class DeskSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LearnerDesk service;

    @Inject
    DeskSession desk;

    private String query;
    private Integer birthYear;
    private List<DeskMatch> matches;
    private List<PersonRow> learners;

    public void search() {
        matches = Actions.get(() -> service.find(desk.epnId(), query, birthYear)).orElse(List.of());
    }

    public List<PersonRow> getLearners() {
        if (learners == null && desk.epnId() != null) {
            learners = Actions.get(() -> service.learnersAt(desk.epnId())).orElse(List.of());
        }
        return learners;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public List<DeskMatch> getMatches() {
        return matches;
    }
}
