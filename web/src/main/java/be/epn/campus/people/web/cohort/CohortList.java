package be.epn.campus.people.web.cohort;

import be.epn.campus.people.service.Cohorts;
import be.epn.campus.people.service.Views.CohortSummary;
import be.epn.campus.people.web.DeskSession;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The groups of the EPN the animateur works at today, newest first. A read-only page. */
@Named
@RequestScoped
public class CohortList {

    @EJB
    Cohorts service;

    @Inject
    DeskSession desk;

    private List<CohortSummary> cohorts;

    public List<CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = desk.epnId() == null ? List.of() : Actions.get(() -> service.at(desk.epnId())).orElse(List.of());
        }
        return cohorts;
    }
}
