package be.epn.campus.framework.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How the elements of one framework version relate to those of another (DigComp 2.2 to 3.0, DigCompEdu to
 * the animateurs' framework). Entries name elements by code rather than by row, so reloading either
 * framework never breaks a mapping; the loader checks that every code exists.
 */
@Entity
@Table(name = "framework_mapping")
@NamedQuery(name = "FrameworkMapping.all", query = "SELECT m FROM FrameworkMapping m ORDER BY m.key")
@NamedQuery(name = "FrameworkMapping.byKey", query = "SELECT m FROM FrameworkMapping m WHERE m.key = :key")
@NamedQuery(name = "FrameworkMapping.involving",
        query = "SELECT m FROM FrameworkMapping m WHERE m.source = :framework OR m.target = :framework ORDER BY m.key")
public class FrameworkMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code <source key>..<target key>}, e.g. {@code digcomp-2.2..digcomp-3.0}. */
    @Column(name = "mapping_key", nullable = false, unique = true, length = 140)
    private String key;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_framework_id", nullable = false)
    private Framework source;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "target_framework_id", nullable = false)
    private Framework target;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "mapping", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MappingEntry> entries = new ArrayList<>();

    protected FrameworkMapping() {
        // for JPA
    }

    public FrameworkMapping(Framework source, Framework target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.key = keyOf(source.getKey(), target.getKey());
    }

    public static String keyOf(String sourceKey, String targetKey) {
        return sourceKey + ".." + targetKey;
    }

    /** Replaces every entry: a mapping is small and always loaded whole from one file. */
    public void replaceEntries(List<MappingEntry.Draft> drafts, String sourceFile, String contentHash, LocalDateTime loadedAt) {
        entries.clear();
        int position = 0;
        for (MappingEntry.Draft draft : drafts) {
            entries.add(new MappingEntry(this, position++, draft));
        }
        this.sourceFile = sourceFile;
        this.contentHash = contentHash;
        this.loadedAt = loadedAt;
    }

    public boolean isLoadedFrom(String contentHash) {
        return Objects.equals(this.contentHash, contentHash);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Framework getSource() {
        return source;
    }

    public Framework getTarget() {
        return target;
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

    public List<MappingEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrameworkMapping that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
