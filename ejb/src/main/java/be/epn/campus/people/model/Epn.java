package be.epn.campus.people.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An Espace Public Numérique: a public place with computers, internet access and an animateur. Learners
 * are known at EPNs; animateurs work at EPNs; cohorts meet at an EPN.
 */
@Entity
@Table(name = "epn")
@NamedQuery(name = "Epn.all", query = "SELECT e FROM Epn e ORDER BY e.name")
@NamedQuery(name = "Epn.byUuid", query = "SELECT e FROM Epn e WHERE e.uuid = :uuid")
@NamedQuery(name = "Epn.byName", query = "SELECT e FROM Epn e WHERE e.name = :name")
public class Epn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 80)
    private String municipality;

    @Column(name = "street_address", nullable = false, length = 200)
    private String streetAddress;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_type", nullable = false, length = 20)
    private OrganiserType organiserType;

    @Column(name = "organiser_name", nullable = false, length = 150)
    private String organiserName;

    @Column(nullable = false)
    private int computers;

    /** Languages spoken at the desk, as ISO 639-1 codes: not only our three (ar, tr, es...). */
    @Convert(converter = LanguageCodesConverter.class)
    @Column(nullable = false, length = 100)
    private List<String> languages = new ArrayList<>();

    @Column(length = 30)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "epn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek, opensAt")
    private List<EpnOpening> openings = new ArrayList<>();

    protected Epn() {
        // for JPA
    }

    public Epn(EpnDetails details, LocalDateTime createdAt) {
        this.uuid = UUID.randomUUID().toString();
        this.createdAt = Objects.requireNonNull(createdAt);
        update(details);
    }

    /** Replaces everything a coordinator edits, opening hours included. */
    public void update(EpnDetails details) {
        this.name = details.name();
        this.municipality = details.municipality();
        this.streetAddress = details.streetAddress();
        this.postalCode = details.postalCode();
        this.organiserType = details.organiserType();
        this.organiserName = details.organiserName();
        this.computers = details.computers();
        this.languages = new ArrayList<>(details.languages());
        this.phone = details.phone();
        this.openings.clear();
        details.openings().forEach(slot -> openings.add(new EpnOpening(this, slot)));
    }

    public EpnDetails details() {
        return new EpnDetails(name, municipality, streetAddress, postalCode, organiserType, organiserName, computers,
                List.copyOf(languages), phone, openings.stream().map(EpnOpening::slot).toList());
    }

    /** Hours open per week, and of those, hours with an animateur present. */
    public Duration weeklyHours(boolean staffedOnly) {
        return openings.stream().filter(o -> !staffedOnly || o.slot().staffed())
                .map(EpnOpening::length).reduce(Duration.ZERO, Duration::plus);
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Epn that && uuid.equals(that.uuid);
    }

    @Override
    public int hashCode() {
        return uuid.hashCode();
    }

    @Override
    public String toString() {
        return "EPN " + name;
    }
}
