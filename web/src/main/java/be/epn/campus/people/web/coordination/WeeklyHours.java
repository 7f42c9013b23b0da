package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.OpeningSlot;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Hours an EPN is open in a week, and of those, hours with an animateur present: the two figures the
 * Brussels charter reports (25.8 h and 23.8 h on average in the 2016 survey).
 */
public record WeeklyHours(Duration open, Duration staffed) {

    public static WeeklyHours of(List<OpeningSlot> openings) {
        Duration open = Duration.ZERO;
        Duration staffed = Duration.ZERO;
        for (OpeningSlot slot : openings) {
            Duration length = Duration.between(slot.opens(), slot.closes());
            open = open.plus(length);
            if (slot.staffed()) {
                staffed = staffed.plus(length);
            }
        }
        return new WeeklyHours(open, staffed);
    }

    /**
     * A duration as people read it, with the page's patterns: {@code whole} for whole hours ("{0} h"),
     * {@code withMinutes} otherwise ("{0} h {1}", minutes on two digits).
     */
    public static String text(Duration duration, String whole, String withMinutes, Locale locale) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return minutes == 0
                ? new MessageFormat(whole, locale).format(new Object[] {hours})
                : new MessageFormat(withMinutes, locale).format(new Object[] {hours, String.format("%02d", minutes)});
    }
}
