package be.epn.campus.framework.model;

import be.epn.campus.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a competence framework (DigComp 2.2, later DigComp 3.0, the animateurs' framework...).
 * Versions live side by side: each has its own key ({@code digcomp-2.2}), areas, competences and levels,
 * and {@link FrameworkMapping}s relate them. The framework owns all its elements; they are loaded from a
 * curriculum file and only change when that file changes.
 */
@Entity
@Table(name = "framework")
@NamedQuery(name = "Framework.all", query = "SELECT f FROM Framework f ORDER BY f.family, f.versionLabel")
@NamedQuery(name = "Framework.byKey", query = "SELECT f FROM Framework f WHERE f.key = :key")
@NamedQuery(name = "Framework.byUuid", query = "SELECT f FROM Framework f WHERE f.uuid = :uuid")
@NamedQuery(name = "Framework.count", query = "SELECT COUNT(f) FROM Framework f")
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 64)
    private String family;

    @Column(name = "version_label", nullable = false, length = 32)
    private String versionLabel;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "description_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_source_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "title_source_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_source_en", nullable = false))})
    private LocalizedText titleSources;

    @Column(nullable = false)
    private String publisher;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "source_url", length = 512)
    private String sourceUrl;

    private String licence;

    /** SHA-256 of the curriculum file last loaded: an unchanged file is not loaded again. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    /** When the file was last loaded, in UTC. */
    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetenceArea> areas = new ArrayList<>();

    /** All competences of all areas: the framework owns them so that one can move between areas. */
    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Competence> competences = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProficiencyBand> bands = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    protected Framework() {
        // for JPA
    }

    public Framework(String key, UUID uuid) {
        this.key = Objects.requireNonNull(key, "key");
        this.uuid = Objects.requireNonNull(uuid, "uuid").toString();
    }

    /** Sets what describes the framework itself (not its elements); see {@link FrameworkSync}. */
    void describe(String family, String versionLabel, LocalizedText title, LocalizedText description,
                  LocalizedText titleSources, String publisher, LocalDate publishedOn, String sourceUrl, String licence) {
        this.family = family;
        this.versionLabel = versionLabel;
        this.title = title;
        this.description = description;
        this.titleSources = titleSources;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.sourceUrl = sourceUrl;
        this.licence = licence;
    }

    void recordLoad(String sourceFile, String contentHash, LocalDateTime loadedAt) {
        this.sourceFile = sourceFile;
        this.contentHash = contentHash;
        this.loadedAt = loadedAt;
    }

    public boolean isLoadedFrom(String contentHash) {
        return Objects.equals(this.contentHash, contentHash);
    }

    public Optional<Competence> competence(String code) {
        return competences.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public Optional<CompetenceArea> area(String code) {
        return areas.stream().filter(a -> a.getCode().equals(code)).findFirst();
    }

    public Optional<ProficiencyLevel> level(int number) {
        return levels.stream().filter(l -> l.getNumber() == number).findFirst();
    }

    /** Whether this framework has an element of that kind with that code (levels: their number). */
    public boolean hasElement(ElementKind kind, String code) {
        return switch (kind) {
            case AREA -> area(code).isPresent();
            case COMPETENCE -> competence(code).isPresent();
            case LEVEL -> levels.stream().anyMatch(l -> String.valueOf(l.getNumber()).equals(code));
        };
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getFamily() {
        return family;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getTitleSources() {
        return titleSources;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getLicence() {
        return licence;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public List<CompetenceArea> getAreas() {
        return Collections.unmodifiableList(areas);
    }

    public List<Competence> getCompetences() {
        return Collections.unmodifiableList(competences);
    }

    public List<ProficiencyBand> getBands() {
        return Collections.unmodifiableList(bands);
    }

    public List<ProficiencyLevel> getLevels() {
        return Collections.unmodifiableList(levels);
    }

    List<CompetenceArea> areasForSync() {
        return areas;
    }

    List<Competence> competencesForSync() {
        return competences;
    }

    List<ProficiencyBand> bandsForSync() {
        return bands;
    }

    List<ProficiencyLevel> levelsForSync() {
        return levels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Framework that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "Framework " + key;
    }
}
