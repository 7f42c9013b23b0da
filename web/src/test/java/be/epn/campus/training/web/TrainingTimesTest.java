package be.epn.campus.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What trainers type becomes UTC for the database, and comes back in Brussels time. */
class TrainingTimesTest {

    @Test
    void brusselsTimeIsStoredAsUtcSummerAndWinter() {
        assertEquals(LocalDateTime.of(2027, 3, 14, 8, 30), TrainingTimes.utc("14/03/2027", "9:30"));
        assertEquals(LocalDateTime.of(2027, 7, 1, 7, 0), TrainingTimes.utc("2027-07-01", "9h"));
        assertEquals("01/07/2027 09:00", TrainingTimes.when(LocalDateTime.of(2027, 7, 1, 7, 0)));
    }

    @Test
    void whatCannotBeReadIsLeftToTheServiceToName() {
        assertNull(TrainingTimes.utc("31/02/2027", "9:30"));
        assertNull(TrainingTimes.utc("14/03/2027", "25:00"));
        assertNull(TrainingTimes.utc("", "9:30"));
        assertEquals(-1, TrainingTimes.minutes("trois"));
        assertEquals(0, TrainingTimes.number("douze"));
    }

    @Test
    void hoursAreTypedAsPeopleWriteThem() {
        assertEquals(0, TrainingTimes.minutes(" "));
        assertEquals(180, TrainingTimes.minutes("3"));
        assertEquals(150, TrainingTimes.minutes("2,5"));
        assertEquals(150, TrainingTimes.minutes("2h30"));
        assertEquals(150, TrainingTimes.minutes("2:30"));
        assertEquals("2 h 30", TrainingTimes.hours(150));
        assertEquals("3 h", TrainingTimes.hours(180));
    }
}
