package be.epn.campus.people.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.people.model.CohortSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ScheduleWordsTest {

    private static final CohortSchedule TUESDAYS = new CohortSchedule(DayOfWeek.TUESDAY, LocalTime.of(9, 30),
            LocalTime.of(11, 30), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 15));

    private static String words(CohortSchedule schedule, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return ScheduleWords.describe(schedule, ResourceBundle.getBundle("be.epn.campus.i18n.cohort", locale), locale);
    }

    @Test
    void aWeeklySlotWithAnEndReadsAsOneSentenceInEachLanguage() {
        assertEquals("Every Tuesday, 9:30 to 11:30, from 1 September 2025 to 15 December 2025", words(TUESDAYS, "en"));
        assertEquals("Chaque mardi, de 9h30 à 11h30, du 1 septembre 2025 au 15 décembre 2025", words(TUESDAYS, "fr"));
        assertEquals("Elke dinsdag, van 9.30 u tot 11.30 u, van 1 september 2025 tot 15 december 2025", words(TUESDAYS, "nl"));
    }

    @Test
    void aGroupWithoutFixedDayOrEndSaysSo() {
        CohortSchedule open = new CohortSchedule(null, null, null, LocalDate.of(2026, 1, 5), null);
        assertEquals("No fixed day, from 5 January 2026", words(open, "en"));
        assertEquals("Pas de jour fixe, à partir du 5 janvier 2026", words(open, "fr"));
        assertEquals("Geen vaste dag, vanaf 5 januari 2026", words(open, "nl"));
    }
}
