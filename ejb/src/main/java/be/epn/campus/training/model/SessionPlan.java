package be.epn.campus.training.model;

import be.epn.campus.platform.Language;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a trainer fills in to create a session. {@link #problems()} lists what is wrong as message keys, all at
 * once, so the form can show every mistake and keep what was typed.
 *
 * @param epn     the EPN where it takes place, or null with {@code place} in words (elsewhere)
 * @param minutes the hours it credits, in minutes; by default the time between start and end
 */
public record SessionPlan(String title, String description, Language language, String moduleKey, LocalDateTime startsAt,
                          LocalDateTime endsAt, int minutes, UUID epn, String place, int capacity) {

    public static final int MAX_CAPACITY = 500;
    public static final int MAX_MINUTES = 24 * 60;

    /** The plan with its texts trimmed and the credited minutes defaulted to the session's length. */
    public SessionPlan normalised() {
        int credited = minutes > 0 || startsAt == null || endsAt == null ? minutes : (int) Duration.between(startsAt, endsAt).toMinutes();
        return new SessionPlan(strip(title), strip(description), language == null ? Language.DEFAULT : language, strip(moduleKey),
                startsAt, endsAt, credited, epn, strip(place), capacity);
    }

    /** Message keys ({@code training.refused.*}) of what is wrong; empty when the plan can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add("training.refused.title");
        }
        if (description != null && description.length() > 2000) {
            problems.add("training.refused.description");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            problems.add("training.refused.times");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add("training.refused.minutes");
        }
        if (epn == null && (place == null || place.isBlank())) {
            problems.add("training.refused.place");
        }
        if (place != null && place.length() > 300) {
            problems.add("training.refused.place");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add("training.refused.capacity");
        }
        return problems.stream().distinct().toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
