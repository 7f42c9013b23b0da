package be.epn.campus.training.service;

import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.EvidenceSource;
import be.epn.campus.training.model.RegistrationState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An animateur's continuing education, as they, their trainers and coordinators see it (issue 7).
 *
 * @param minutesThisYear the minutes credited by sessions attended this calendar year
 * @param minimumMinutes  the yearly minimum the network asks ({@code CAMPUS_TRAINING_MIN_HOURS}), in minutes
 * @param sessions        every registration, newest first
 * @param modules         the continuing-education modules started or done
 * @param toFollow        the continuing-education modules loaded and not started yet: what to do next
 * @param evidence        evidence in the animateurs' framework
 */
public record AnimateurRecord(UUID person, String name, List<String> epns, int year, int minutesThisYear, int minimumMinutes,
                              List<Session> sessions, List<Module> modules, List<Module> toFollow, List<Evidence> evidence) {

    public AnimateurRecord {
        epns = List.copyOf(epns);
        sessions = List.copyOf(sessions);
        modules = List.copyOf(modules);
        toFollow = List.copyOf(toFollow);
        evidence = List.copyOf(evidence);
    }

    public record Session(UUID session, String title, LocalDateTime startsAt, String where, RegistrationState state,
                          Boolean attended, int minutesCredited) {
    }

    public record Module(String key, LocalizedText title, boolean completed, LocalDateTime completedAt) {
    }

    public record Evidence(String competence, LocalizedText title, int level, EvidenceSource source, Autonomy autonomy,
                           String recordedBy, LocalDate date) {
    }

    public boolean belowMinimum() {
        return minutesThisYear < minimumMinutes;
    }
}
