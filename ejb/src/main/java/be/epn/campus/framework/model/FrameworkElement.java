package be.epn.campus.framework.model;

import be.epn.campus.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.UUID;

/**
 * What every element of a framework has: its framework, a stable UUID (exported, e.g. in CASE), a position
 * in the framework's order, and a title and description in French, Dutch and English.
 */
@MappedSuperclass
public abstract class FrameworkElement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private Framework framework;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Column(nullable = false)
    private int position;

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

    protected FrameworkElement() {
        // for JPA
    }

    protected FrameworkElement(Framework framework, UUID uuid) {
        this.framework = Objects.requireNonNull(framework, "framework");
        this.uuid = Objects.requireNonNull(uuid, "uuid").toString();
    }

    void describe(int position, LocalizedText title, LocalizedText description) {
        this.position = position;
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** A changed file may give an element a new UUID; the element keeps its row and follows the file. */
    void reidentify(UUID uuid) {
        this.uuid = uuid.toString();
    }

    public Long getId() {
        return id;
    }

    public Framework getFramework() {
        return framework;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
