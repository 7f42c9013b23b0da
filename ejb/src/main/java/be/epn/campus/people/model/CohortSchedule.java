package be.epn.campus.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a cohort meets: a weekly slot (optional: some cohorts meet on demand) between a first and an
 * optional last day.
 */
@Embeddable
public class CohortSchedule {

    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    protected CohortSchedule() {
        // for JPA
    }

    public CohortSchedule(DayOfWeek day, LocalTime startsAt, LocalTime endsAt, LocalDate firstDay, LocalDate lastDay) {
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        if (lastDay != null && lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The last day " + lastDay + " is before the first day " + firstDay);
        }
        if ((startsAt == null) != (endsAt == null) || (day == null) != (startsAt == null)) {
            throw new IllegalArgumentException("A weekly slot needs a day, a start and an end time, or none of them");
        }
        if (startsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("The slot must end after it starts: " + startsAt + "-" + endsAt);
        }
        this.dayOfWeek = day == null ? null : day.getValue();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.lastDay = lastDay;
    }

    public DayOfWeek getDay() {
        return dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }
}
