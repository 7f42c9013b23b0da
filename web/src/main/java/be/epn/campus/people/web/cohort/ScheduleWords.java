package be.epn.campus.people.web.cohort;

import be.epn.campus.people.model.CohortSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * A cohort's schedule as a sentence a beginner reads at a glance ("Every Tuesday, 9:30 to 11:30, from
 * 1 September 2025 to 15 December 2025"), in the page's language: days and months spelled out, never an
 * ISO date. {@code #{scheduleWords.of(cohort.schedule())}}.
 */
@Named
@ApplicationScoped
public class ScheduleWords {

    public String of(CohortSchedule schedule) {
        return schedule == null ? "" : describe(schedule, Faces.getResourceBundle("co"), Faces.getLocale());
    }

    static String describe(CohortSchedule schedule, ResourceBundle words, Locale locale) {
        return slot(schedule, words, locale) + ", " + period(schedule, words, locale);
    }

    private static String slot(CohortSchedule schedule, ResourceBundle words, Locale locale) {
        if (schedule.getDay() == null) {
            return words.getString("schedule.noDay");
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern(words.getString("schedule.time"), locale);
        return format(words, "schedule.weekly", locale, schedule.getDay().getDisplayName(TextStyle.FULL, locale),
                time.format(schedule.getStartsAt()), time.format(schedule.getEndsAt()));
    }

    private static String period(CohortSchedule schedule, ResourceBundle words, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(words.getString("schedule.date"), locale);
        if (schedule.getLastDay() == null) {
            return format(words, "schedule.from", locale, date.format(schedule.getFirstDay()));
        }
        return format(words, "schedule.fromTo", locale, date.format(schedule.getFirstDay()), date.format(schedule.getLastDay()));
    }

    private static String format(ResourceBundle words, String key, Locale locale, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
