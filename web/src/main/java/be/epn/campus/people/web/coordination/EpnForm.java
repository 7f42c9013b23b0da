package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.OpeningSlot;
import be.epn.campus.people.model.OrganiserType;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the EPN form holds while a coordinator types, kept as typed (numbers and times as text) so that a
 * mistake never wipes a field. {@link #parse()} turns it into {@link EpnDetails} and names what cannot be
 * read (a time, a number, a slot that closes before it opens); the constraints of EpnDetails itself are
 * checked afterwards by the page, with the same rules as the service.
 */
public class EpnForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 9, 9h, 9:30, 09.30, 9h30, 9u30 (Dutch): the ways people write a time in Brussels. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:\\s*[:hHuU.]\\s*(\\d{2})?)?");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[\\s,;/]+");

    /** Something the form could not read: the field ("computers", or "opens" of slot {@code row}) and a bundle key. */
    public record Problem(String field, Integer row, String key) {
    }

    /** The details built from the form (null when a number could not be read) and what could not be read. */
    public record Parsed(EpnDetails details, List<Problem> problems) {
        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private String name;
    private String municipality;
    private String streetAddress;
    private String postalCode;
    private OrganiserType organiserType;
    private String organiserName;
    private String computers;
    private String languages;
    private String phone;
    private final List<SlotRow> slots = new ArrayList<>();

    /** A new EPN: French and Dutch spoken (Brussels), one empty opening line to start from. */
    public static EpnForm blank() {
        EpnForm form = new EpnForm();
        form.languages = "fr, nl";
        form.slots.add(new SlotRow(DayOfWeek.MONDAY));
        return form;
    }

    public static EpnForm of(EpnDetails details) {
        EpnForm form = new EpnForm();
        form.name = details.name();
        form.municipality = details.municipality();
        form.streetAddress = details.streetAddress();
        form.postalCode = details.postalCode();
        form.organiserType = details.organiserType();
        form.organiserName = details.organiserName();
        form.computers = Integer.toString(details.computers());
        form.languages = String.join(", ", details.languages());
        form.phone = details.phone();
        details.openings().forEach(slot -> form.slots.add(SlotRow.of(slot)));
        return form;
    }

    /** Adds an opening line, on the day after the last one (people usually type the week in order). */
    public void addSlot() {
        DayOfWeek day = slots.isEmpty() ? DayOfWeek.MONDAY : slots.get(slots.size() - 1).getDay();
        slots.add(new SlotRow(slots.isEmpty() || day == null ? DayOfWeek.MONDAY : day.plus(1)));
    }

    public void removeSlot(int index) {
        if (index >= 0 && index < slots.size()) {
            slots.remove(index);
        }
    }

    public Parsed parse() {
        List<Problem> problems = new ArrayList<>();
        Integer computerCount = number(computers, problems);
        List<OpeningSlot> openings = openings(problems);
        EpnDetails details = new EpnDetails(strip(name), strip(municipality), strip(streetAddress), strip(postalCode),
                organiserType, strip(organiserName), computerCount == null ? 0 : computerCount, languageCodes(languages),
                strip(phone), openings);
        return new Parsed(details, problems);
    }

    /** "fr, NL ar" gives [fr, nl, ar]: lower case, each once, in the order typed. */
    static List<String> languageCodes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LANGUAGE_SEPARATORS.split(text.strip())).filter(code -> !code.isBlank())
                .map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** A time of day as people type it, or empty when it is not one. */
    static Optional<LocalTime> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hours > 23 || minutes > 59 ? Optional.empty() : Optional.of(LocalTime.of(hours, minutes));
    }

    private static Integer number(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem("computers", null, "epn.computers.required"));
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem("computers", null, "epn.computers.invalid"));
            return null;
        }
    }

    private List<OpeningSlot> openings(List<Problem> problems) {
        List<OpeningSlot> openings = new ArrayList<>();
        for (int row = 0; row < slots.size(); row++) {
            SlotRow line = slots.get(row);
            if (line.isBlank()) {
                continue;
            }
            Optional<LocalTime> opens = time(line.getOpens(), row, "opens", problems);
            Optional<LocalTime> closes = time(line.getCloses(), row, "closes", problems);
            if (line.getDay() == null) {
                problems.add(new Problem("day", row, "epn.slot.day.required"));
            } else if (opens.isPresent() && closes.isPresent()) {
                if (!closes.get().isAfter(opens.get())) {
                    problems.add(new Problem("closes", row, "epn.slot.closesBeforeOpens"));
                } else {
                    OpeningSlot slot = new OpeningSlot(line.getDay(), opens.get(), closes.get(), line.isStaffed());
                    if (openings.stream().anyMatch(other -> overlap(other, slot))) {
                        problems.add(new Problem("opens", row, "epn.slot.overlap"));
                    } else {
                        openings.add(slot);
                    }
                }
            }
        }
        return openings;
    }

    private static Optional<LocalTime> time(String text, int row, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, row, "epn.slot.time.required"));
            return Optional.empty();
        }
        Optional<LocalTime> time = time(text);
        if (time.isEmpty()) {
            problems.add(new Problem(field, row, "epn.slot.time.invalid"));
        }
        return time;
    }

    /** Two slots of the same day that share time would count those hours twice. */
    private static boolean overlap(OpeningSlot a, OpeningSlot b) {
        return a.day() == b.day() && a.opens().isBefore(b.closes()) && b.opens().isBefore(a.closes());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public OrganiserType getOrganiserType() {
        return organiserType;
    }

    public void setOrganiserType(OrganiserType organiserType) {
        this.organiserType = organiserType;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public void setOrganiserName(String organiserName) {
        this.organiserName = organiserName;
    }

    public String getComputers() {
        return computers;
    }

    public void setComputers(String computers) {
        this.computers = computers;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<SlotRow> getSlots() {
        return slots;
    }
}
