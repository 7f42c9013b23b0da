package be.epn.campus.curriculum.model;

import be.epn.campus.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An activity of a module, as a row that progress records point at. Its content lives in the module's
 * files; a new version of the module updates it in place, or retires it when it is gone.
 */
@Entity
@Table(name = "module_activity")
public class ModuleActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @Column(name = "activity_key", nullable = false, length = 64)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean retired;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))})
    private LocalizedText title;

    protected ModuleActivity() {
        // for JPA
    }

    ModuleActivity(LearningModule module, String key) {
        this.module = module;
        this.key = key;
    }

    void describe(int position, String kind, boolean required, LocalizedText title) {
        this.position = position;
        this.kind = kind;
        this.required = required;
        this.title = title;
        this.retired = false;
    }

    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public LearningModule getModule() {
        return module;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public String getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isRetired() {
        return retired;
    }

    public LocalizedText getTitle() {
        return title;
    }
}
