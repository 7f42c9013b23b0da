package be.epn.campus.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the continuing-education track: the animateurs' competence framework (its competences are
 * what continuing-education modules target and trainers observe) and the yearly minimum of hours.
 */
@ApplicationScoped
public class TrainingTrack {

    @Inject
    @ConfigProperty(name = "campus.training.framework", defaultValue = "epn-animateur-1.0")
    String framework;

    /** The hours of continuing education the network asks of each animateur per calendar year. */
    @Inject
    @ConfigProperty(name = "campus.training.min.hours", defaultValue = "12")
    int minimumHours;

    public String framework() {
        return framework;
    }

    /**
     * Whether modules and certificates of this framework belong to the animateurs' track: they are for animateurs,
     * and stay out of learners' paths, cohort grids and certificates to come.
     */
    public boolean isTrack(String frameworkKey) {
        return framework.equals(frameworkKey);
    }

    public int minimumMinutes() {
        return Math.max(0, minimumHours) * 60;
    }
}
