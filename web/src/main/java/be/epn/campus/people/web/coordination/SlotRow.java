package be.epn.campus.people.web.coordination;

import be.epn.campus.people.model.OpeningSlot;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;

/**
 * One line of the opening hours in the EPN form, as typed: times stay text until the form is saved, so a
 * time typed wrong is shown back as it was, next to a message, instead of being lost.
 */
public class SlotRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DayOfWeek day;
    private String opens;
    private String closes;
    private boolean staffed;

    public SlotRow() {
        this(DayOfWeek.MONDAY);
    }

    public SlotRow(DayOfWeek day) {
        this.day = day;
        this.staffed = true;
    }

    static SlotRow of(OpeningSlot slot) {
        SlotRow row = new SlotRow(slot.day());
        row.opens = slot.opens().format(HH_MM);
        row.closes = slot.closes().format(HH_MM);
        row.staffed = slot.staffed();
        return row;
    }

    /** Nothing typed in either time: a line added and left empty, which saving ignores. */
    boolean isBlank() {
        return (opens == null || opens.isBlank()) && (closes == null || closes.isBlank());
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public boolean isStaffed() {
        return staffed;
    }

    public void setStaffed(boolean staffed) {
        this.staffed = staffed;
    }
}
