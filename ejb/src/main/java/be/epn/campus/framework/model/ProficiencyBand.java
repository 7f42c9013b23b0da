package be.epn.campus.framework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.UUID;

/**
 * A band of proficiency levels. DigComp 2.2 groups its 8 levels in 4 bands (foundation 1-2, intermediate
 * 3-4, advanced 5-6, highly specialised 7-8); other frameworks have other bands, so they are data.
 */
@Entity
@Table(name = "proficiency_band", uniqueConstraints = @UniqueConstraint(columnNames = {"framework_id", "code"}))
public class ProficiencyBand extends FrameworkElement {

    @Column(nullable = false, length = 32)
    private String code;

    protected ProficiencyBand() {
        // for JPA
    }

    ProficiencyBand(Framework framework, String code, UUID uuid) {
        super(framework, uuid);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return "Band " + code;
    }
}
