package be.epn.campus.training.service;

import java.util.List;
import java.util.UUID;

/**
 * One animateur in a trainer's cohort view: registered to a session the trainer runs (any session, for a
 * coordinator), with the EPNs where they work and their hours of continuing education in the year asked.
 */
public record FollowedAnimateur(UUID person, String name, List<String> epns, int minutes, int minimumMinutes) {

    public FollowedAnimateur {
        epns = List.copyOf(epns);
    }

    public boolean belowMinimum() {
        return minutes < minimumMinutes;
    }
}
