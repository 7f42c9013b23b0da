package be.epn.campus.certification.model;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.LanguageConverter;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One certificate issued to one learner: what it certifies (type, level, competences with the level reached),
 * the signed Open Badges credential exactly as issued, and where its revocation bit lives. Only ever revoked,
 * never changed: what was issued stays what verifiers see.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.ofPerson", query = "SELECT c FROM Certificate c WHERE c.person = :person ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = "Certificate.byUuid", query = "SELECT c FROM Certificate c WHERE c.uuid = :uuid")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.codeHash = :hash")
@NamedQuery(name = "Certificate.indexes", query = "SELECT c.statusIndex FROM Certificate c WHERE c.statusList = :list")
@NamedQuery(name = "Certificate.recent", query = "SELECT c FROM Certificate c ORDER BY c.issuedAt DESC, c.id DESC")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 36)
    private String uuid;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "type_key", nullable = false, length = 64)
    private String typeKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private Framework framework;

    @Column(name = "level_number", nullable = false)
    private int level;

    @Column(name = "competence_levels", nullable = false, length = 500)
    private String competenceLevels;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "identity_salt", nullable = false, length = 32)
    private String identitySalt;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "status_list_id", nullable = false)
    private StatusList statusList;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Lob
    @Column(nullable = false)
    private String credential;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "valid_until")
    private LocalDateTime validUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by")
    private Person issuedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @Column(name = "live_flag")
    private Integer liveFlag;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private Person revokedBy;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    protected Certificate() {
        // for JPA
    }

    /** What a new certificate is made of; the credential is signed once the status index is known. */
    public record Issue(UUID uuid, Person person, String typeKey, Framework framework, int level,
                        Map<String, Integer> competenceLevels, Language language, String identitySalt, String codeHash,
                        Person issuedBy, Epn epn, LocalDateTime issuedAt, LocalDateTime validUntil) {
    }

    public Certificate(Issue issue, StatusList list, int statusIndex, String keyId, String credential) {
        this.uuid = issue.uuid().toString();
        this.person = issue.person();
        this.typeKey = issue.typeKey();
        this.framework = issue.framework();
        this.level = issue.level();
        this.competenceLevels = encode(issue.competenceLevels());
        this.language = issue.language();
        this.identitySalt = issue.identitySalt();
        this.codeHash = issue.codeHash();
        this.issuedBy = issue.issuedBy();
        this.epn = issue.epn();
        this.issuedAt = issue.issuedAt();
        this.validUntil = issue.validUntil();
        this.statusList = list;
        this.statusIndex = statusIndex;
        this.keyId = keyId;
        this.credential = credential;
        this.liveFlag = 1;
    }

    /** Revokes it: its bit is set by the caller in the same transaction. Revoking twice keeps the first reason. */
    public boolean revoke(Person by, String reason, LocalDateTime at) {
        if (isRevoked()) {
            return false;
        }
        this.liveFlag = null;
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason;
        return true;
    }

    /** Two records merged: the certificate follows the learner. */
    public void moveTo(Person kept) {
        this.person = Objects.requireNonNull(kept);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(LocalDateTime now) {
        return validUntil != null && !now.isBefore(validUntil);
    }

    /** "1.1=2;1.2=3" for {1.1: 2, 1.2: 3}, in the given (framework) order. */
    static String encode(Map<String, Integer> levels) {
        StringBuilder text = new StringBuilder();
        levels.forEach((code, level) -> text.append(text.isEmpty() ? "" : ";").append(code).append('=').append(level));
        return text.toString();
    }

    public Map<String, Integer> competenceLevels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String pair : competenceLevels.split(";")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                levels.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return levels;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public Person getPerson() {
        return person;
    }

    public String getTypeKey() {
        return typeKey;
    }

    public Framework getFramework() {
        return framework;
    }

    public int getLevel() {
        return level;
    }

    public Language getLanguage() {
        return language;
    }

    public String getIdentitySalt() {
        return identitySalt;
    }

    public StatusList getStatusList() {
        return statusList;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getCredential() {
        return credential;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public Person getIssuedBy() {
        return issuedBy;
    }

    public Epn getEpn() {
        return epn;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public Person getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
