package be.epn.campus.people.service;

import be.epn.campus.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A cohort as the animateur fills it in. The description is free text, shown as plain text. */
public record CohortDraft(
        @NotBlank @Size(max = 120) @PlainText String name,
        @Size(max = 1000) String description,
        DayOfWeek day,
        LocalTime startsAt,
        LocalTime endsAt,
        @NotNull LocalDate firstDay,
        LocalDate lastDay) {
}
