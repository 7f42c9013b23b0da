package be.epn.campus.progress.model;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One of an EPN's computers, as declared by an animateur from that computer's browser. What a learner does
 * on it is recorded at that EPN; elsewhere (at home) no EPN is recorded. Only the hash of the cookie's token
 * is kept.
 */
@Entity
@Table(name = "epn_device")
@NamedQuery(name = "EpnDevice.byToken", query = "SELECT d FROM EpnDevice d JOIN FETCH d.epn WHERE d.tokenHash = :hash AND d.revokedAt IS NULL")
@NamedQuery(name = "EpnDevice.ofEpn", query = "SELECT d FROM EpnDevice d WHERE d.epn = :epn AND d.revokedAt IS NULL ORDER BY d.registeredAt")
public class EpnDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id", nullable = false)
    private Epn epn;

    @Column(nullable = false, length = 80)
    private String label;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_by", nullable = false)
    private Person registeredBy;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected EpnDevice() {
        // for JPA
    }

    public EpnDevice(String tokenHash, Epn epn, String label, Person registeredBy, LocalDateTime at) {
        this.tokenHash = tokenHash;
        this.epn = epn;
        this.label = label;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
    }

    public void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Epn getEpn() {
        return epn;
    }

    public String getLabel() {
        return label;
    }

    public Person getRegisteredBy() {
        return registeredBy;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }
}
