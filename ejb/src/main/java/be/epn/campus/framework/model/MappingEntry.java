package be.epn.campus.framework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One relation of a mapping: element {@code sourceCode} of the source framework relates to {@code targetCode}. */
@Entity
@Table(name = "framework_mapping_entry")
public class MappingEntry {

    /** An entry before it belongs to a mapping. */
    public record Draft(ElementKind kind, String sourceCode, MappingRelation relation, String targetCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mapping_id", nullable = false)
    private FrameworkMapping mapping;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_kind", nullable = false, length = 16)
    private ElementKind kind;

    @Column(name = "source_code", nullable = false, length = 16)
    private String sourceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MappingRelation relation;

    @Column(name = "target_code", nullable = false, length = 16)
    private String targetCode;

    protected MappingEntry() {
        // for JPA
    }

    MappingEntry(FrameworkMapping mapping, int position, Draft draft) {
        this.mapping = mapping;
        this.position = position;
        this.kind = draft.kind();
        this.sourceCode = draft.sourceCode();
        this.relation = draft.relation();
        this.targetCode = draft.targetCode();
    }

    public ElementKind getKind() {
        return kind;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public MappingRelation getRelation() {
        return relation;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public int getPosition() {
        return position;
    }
}
