package be.epn.campus.people.web.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.people.model.OpeningSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void hoursOpenAndHoursWithAFacilitatorAreCountedApart() {
        WeeklyHours hours = WeeklyHours.of(List.of(
                new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30), true),
                new OpeningSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0), false)));

        assertEquals(Duration.ofMinutes(7 * 60 + 30), hours.open());
        assertEquals(Duration.ofMinutes(3 * 60 + 30), hours.staffed());
        assertEquals(new WeeklyHours(Duration.ZERO, Duration.ZERO), WeeklyHours.of(List.of()));
    }

    @Test
    void durationsReadAsHoursAndMinutes() {
        assertEquals("7 h 30", WeeklyHours.text(Duration.ofMinutes(450), "{0} h", "{0} h {1}", Locale.FRENCH));
        assertEquals("25 u", WeeklyHours.text(Duration.ofHours(25), "{0} u", "{0} u {1}", Locale.forLanguageTag("nl")));
        assertEquals("1 h 05", WeeklyHours.text(Duration.ofMinutes(65), "{0} h", "{0} h {1}", Locale.ENGLISH));
    }
}
