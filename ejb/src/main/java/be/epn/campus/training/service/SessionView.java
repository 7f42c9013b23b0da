package be.epn.campus.training.service;

import be.epn.campus.training.model.RegistrationState;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A session as its list shows it: seats taken and free, the waiting line, and where the caller stands.
 *
 * @param mine the caller's registration state, or null when not registered
 * @param myPlace the caller's place in the waiting line (1 = next), or 0
 * @param epnUuid the EPN where it takes place, or null when elsewhere ({@code place} says where)
 */
public record SessionView(UUID uuid, String title, String description, String moduleKey, LocalDateTime startsAt,
                          LocalDateTime endsAt, int minutes, String epn, String place, int capacity, int registered,
                          int waiting, String trainer, boolean cancelled, boolean attendanceTaken,
                          RegistrationState mine, int myPlace, UUID epnUuid) {

    public int freeSeats() {
        return Math.max(0, capacity - registered);
    }
}
