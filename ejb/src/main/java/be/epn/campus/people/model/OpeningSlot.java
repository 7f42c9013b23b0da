package be.epn.campus.people.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** An opening slot as a value: Tuesday 9:00-12:30, with an animateur present or not. */
public record OpeningSlot(DayOfWeek day, LocalTime opens, LocalTime closes, boolean staffed) {

    public OpeningSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("An opening slot must close after it opens: " + opens + "-" + closes);
        }
    }
}
