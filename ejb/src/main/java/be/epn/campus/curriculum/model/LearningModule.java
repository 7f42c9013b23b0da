package be.epn.campus.curriculum.model;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A learning module as loaded: its key and version, what it targets, its activities (with stable rows for
 * progress), and the files it came with. The files are the truth of its content; the columns here are
 * what lists and queries need.
 */
@Entity
@Table(name = "learning_module")
@NamedQuery(name = "LearningModule.all", query = "SELECT m FROM LearningModule m ORDER BY m.key")
@NamedQuery(name = "LearningModule.ofFramework", query = "SELECT m FROM LearningModule m WHERE m.framework.key = :framework ORDER BY m.key")
@NamedQuery(name = "LearningModule.byKey", query = "SELECT m FROM LearningModule m WHERE m.key = :key")
public class LearningModule {

    /** Where a module came from: the curricula directory at start-up, or a coordinator's upload. */
    public enum Origin { CURRICULA, UPLOAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(name = "module_version", nullable = false)
    private int version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private Framework framework;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "summary_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "summary_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en", nullable = false))})
    private LocalizedText summary;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "completion_rule", nullable = false, length = 20)
    private String completionRule;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ModuleTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ModuleActivity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ModuleFile> files = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "module_prerequisite", joinColumns = @JoinColumn(name = "module_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<LearningModule> prerequisites = new LinkedHashSet<>();

    protected LearningModule() {
        // for JPA
    }

    public LearningModule(String key) {
        this.key = key;
    }

    void describe(int version, Framework framework, LocalizedText title, LocalizedText summary, int durationMinutes,
                  String completionRule, String contentHash, Origin origin, LocalDateTime loadedAt) {
        this.version = version;
        this.framework = framework;
        this.title = title;
        this.summary = summary;
        this.durationMinutes = durationMinutes;
        this.completionRule = completionRule;
        this.contentHash = contentHash;
        this.origin = origin;
        this.loadedAt = loadedAt;
    }

    public boolean isLoadedFrom(String hash) {
        return hash.equals(contentHash);
    }

    public Optional<ModuleActivity> activity(String activityKey) {
        return activities.stream().filter(a -> a.getKey().equals(activityKey)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public Framework getFramework() {
        return framework;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    /** ALL_REQUIRED or QUIZZES_PASSED (see {@code ModuleDefinition.CompletionRule}). */
    public String getCompletionRule() {
        return completionRule;
    }

    /** The activities of the current version, in order (retired ones left out). */
    public List<ModuleActivity> currentActivities() {
        return getActivities().stream().filter(a -> !a.isRetired())
                .sorted(java.util.Comparator.comparingInt(ModuleActivity::getPosition)).toList();
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Origin getOrigin() {
        return origin;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public List<ModuleTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    /** The activities of the current version, in order (retired ones are left out). */
    public List<ModuleActivity> getActivities() {
        return activities.stream().filter(a -> !a.isRetired()).toList();
    }

    public List<ModuleFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public Set<LearningModule> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    List<ModuleTarget> targetsForSync() {
        return targets;
    }

    List<ModuleActivity> activitiesForSync() {
        return activities;
    }

    List<ModuleFile> filesForSync() {
        return files;
    }

    Set<LearningModule> prerequisitesForSync() {
        return prerequisites;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningModule that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
