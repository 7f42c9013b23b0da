package be.epn.campus.training.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.stream.Stream;

/**
 * Dates, times and hours as people in Belgium type and read them. The database keeps UTC; trainers type
 * Brussels time ("14/03/2027", "9:30"). What cannot be read becomes null (or -1 for hours), so that the
 * service names the problem with every other one of the form.
 */
public final class TrainingTimes {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Strict: a 31st of February is refused, not made the 28th. */
    private static final List<DateTimeFormatter> DAYS_TYPED = Stream.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "uuuu-M-d")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    private TrainingTimes() {
    }

    /** A day and a time typed in Brussels time, as UTC; null when either cannot be read. */
    public static LocalDateTime utc(String day, String time) {
        LocalDate date = day(day);
        LocalTime at = time(time);
        if (date == null || at == null) {
            return null;
        }
        return date.atTime(at).atZone(BRUSSELS).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDate day(String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : DAYS_TYPED) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        return null;
    }

    /** "9:30", "09:30", "9h30", "9h", "9". */
    static LocalTime time(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('h', ':').replace('.', ':');
        if (typed.endsWith(":")) {
            typed = typed + "00";
        }
        if (!typed.contains(":")) {
            typed = typed + ":00";
        }
        try {
            return LocalTime.parse(typed, DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Hours typed ("3", "2,5", "2.5", "2:30", "2h30") as minutes; 0 when empty (the session's length), -1 when unreadable. */
    public static int minutes(String hours) {
        String typed = hours == null ? "" : hours.strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.isEmpty()) {
            return 0;
        }
        try {
            if (typed.contains(":") || typed.contains("h")) {
                String[] parts = typed.split("[:h]", -1);
                int minutes = parts.length > 1 && !parts[1].isBlank() ? Integer.parseInt(parts[1].strip()) : 0;
                return parts.length > 2 || minutes > 59 ? -1 : Integer.parseInt(parts[0].strip()) * 60 + minutes;
            }
            return (int) Math.round(Double.parseDouble(typed.replace(',', '.')) * 60);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A whole number typed, or 0 when it is not one (the service then refuses the capacity). */
    public static int number(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A UTC time, in Brussels time: "14/03/2027 09:30". */
    public static String when(LocalDateTime utc) {
        return utc == null ? "" : brussels(utc).format(DAY) + " " + brussels(utc).format(TIME);
    }

    /** Only the day, in Brussels time, as trainers type it: "14/03/2027". */
    public static String day(LocalDateTime utc) {
        return utc == null ? "" : brussels(utc).format(DAY);
    }

    /** Minutes as a trainer would type the hours: "3", "2:30". */
    public static String typed(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    /** Only the time of day, in Brussels time: "12:30". */
    public static String clock(LocalDateTime utc) {
        return utc == null ? "" : brussels(utc).format(TIME);
    }

    /** Minutes as hours to read: "3 h", "2 h 30". */
    public static String hours(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return m == 0 ? h + " h" : h + " h " + String.format("%02d", m);
    }

    private static LocalDateTime brussels(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS).toLocalDateTime();
    }
}
