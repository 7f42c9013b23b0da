package be.epn.campus.training.service;

import be.epn.campus.training.model.RegistrationState;
import java.util.List;
import java.util.UUID;

/**
 * One animateur on a session's roster, for the trainer taking attendance.
 *
 * @param epns     the EPNs where the animateur works (a trainer meets animateurs from across the network)
 * @param attended null until attendance is taken
 * @param place    the place in the waiting line (1 = next), 0 for a seat
 */
public record RosterLine(UUID person, String name, List<String> epns, RegistrationState state, int place, Boolean attended,
                         int minutesCredited) {

    public RosterLine {
        epns = List.copyOf(epns);
    }
}
