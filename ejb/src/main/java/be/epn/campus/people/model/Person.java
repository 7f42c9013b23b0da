package be.epn.campus.people.model;

import be.epn.campus.platform.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One person, one record, whichever EPN they walk into. Learners often have no e-mail: they sign in with
 * a username printed on their login card. The UUID is the person's identity in the security layer and in
 * exports; the username is what they type.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byUuid", query = "SELECT p FROM Person p WHERE p.uuid = :uuid")
@NamedQuery(name = "Person.byUsername", query = "SELECT p FROM Person p WHERE p.username = :username")
@NamedQuery(name = "Person.byEmail", query = "SELECT p FROM Person p WHERE p.email = :email")
@NamedQuery(name = "Person.usernamesLike", query = "SELECT p.username FROM Person p WHERE p.username LIKE :prefix")
@NamedQuery(name = "Person.byNameAndYear", query = "SELECT p FROM Person p WHERE p.searchKey = :key"
        + " AND (:year IS NULL OR p.birthYear = :year) AND p.status = be.epn.campus.people.model.PersonStatus.ACTIVE"
        + " ORDER BY p.familyName, p.givenName")
@NamedQuery(name = "Person.search", query = "SELECT p FROM Person p WHERE p.searchKey LIKE :key"
        + " AND p.status <> be.epn.campus.people.model.PersonStatus.ERASED ORDER BY p.familyName, p.givenName")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    /** Lower case, accents removed, "given family": how people are found at the desk. */
    @Column(name = "search_key", nullable = false, length = 210)
    private String searchKey;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(unique = true, length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PersonStatus status = PersonStatus.ACTIVE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Person mergedInto;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Person createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_at_epn_id")
    private Epn createdAtEpn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToMany(mappedBy = "person")
    private List<Membership> memberships = new ArrayList<>();

    protected Person() {
        // for JPA
    }

    public Person(PersonDetails details, String username, LocalDateTime createdAt, Person createdBy, Epn createdAtEpn) {
        this.uuid = UUID.randomUUID().toString();
        this.username = Objects.requireNonNull(username, "username");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = createdBy;
        this.createdAtEpn = createdAtEpn;
        update(details);
    }

    /** Replaces what the person (or staff on their behalf) can edit. */
    public void update(PersonDetails details) {
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.searchKey = SearchKey.of(givenName, familyName);
        this.birthYear = details.birthYear();
        this.preferredLanguage = details.preferredLanguage();
        String mail = blankToNull(details.email());
        this.email = mail == null ? null : mail.toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(details.phone());
    }

    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, birthYear, preferredLanguage, email, phone);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void disable() {
        requireStatus(PersonStatus.ACTIVE, PersonStatus.DISABLED);
        status = PersonStatus.DISABLED;
    }

    public void enable() {
        requireStatus(PersonStatus.DISABLED, PersonStatus.ACTIVE);
        status = PersonStatus.ACTIVE;
    }

    /** This record was a duplicate of {@code kept}: it stays for history, pointing at the record kept. */
    public void mergeInto(Person kept) {
        if (kept == this || status == PersonStatus.MERGED || status == PersonStatus.ERASED) {
            throw new IllegalStateException(this + " cannot be merged into " + kept);
        }
        status = PersonStatus.MERGED;
        mergedInto = kept;
        roles.clear();
    }

    /**
     * Wipes every field that identifies the person. The row stays (counts, history) with a placeholder
     * name that is the same for every erased person, and a username nobody can guess or sign in with.
     */
    public void eraseIdentity() {
        givenName = "-";
        familyName = "-";
        searchKey = "";
        birthYear = null;
        email = null;
        phone = null;
        username = "erased-" + UUID.randomUUID();
        status = PersonStatus.ERASED;
        roles.clear();
    }

    public boolean canSignIn() {
        return status == PersonStatus.ACTIVE;
    }

    public String displayName() {
        return givenName + " " + familyName;
    }

    public Optional<Membership> membership(Epn epn, Role role) {
        return memberships.stream().filter(m -> m.getEpn().equals(epn) && m.getRole() == role).findFirst();
    }

    void addMembership(Membership membership) {
        memberships.add(membership);
    }

    void removeMembership(Membership membership) {
        memberships.remove(membership);
    }

    private void requireStatus(PersonStatus expected, PersonStatus next) {
        if (status != expected) {
            throw new IllegalStateException(this + " is " + status + ", cannot become " + next);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public Person getMergedInto() {
        return mergedInto;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Epn getCreatedAtEpn() {
        return createdAtEpn;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && uuid.equals(that.uuid);
    }

    @Override
    public int hashCode() {
        return uuid.hashCode();
    }

    @Override
    public String toString() {
        return "Person " + uuid;
    }
}
