package be.epn.campus.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One opening slot of an EPN in the week. {@code staffed} says whether an animateur is present: the
 * charter counts both (the surveyed EPNs opened 25.8 h a week, 23.8 h with an animateur).
 */
@Entity
@Table(name = "epn_opening")
public class EpnOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id", nullable = false)
    private Epn epn;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(nullable = false)
    private boolean staffed;

    protected EpnOpening() {
        // for JPA
    }

    EpnOpening(Epn epn, OpeningSlot slot) {
        this.epn = epn;
        this.dayOfWeek = slot.day().getValue();
        this.opensAt = slot.opens();
        this.closesAt = slot.closes();
        this.staffed = slot.staffed();
    }

    public OpeningSlot slot() {
        return new OpeningSlot(DayOfWeek.of(dayOfWeek), opensAt, closesAt, staffed);
    }

    public Duration length() {
        return Duration.between(opensAt, closesAt);
    }
}
