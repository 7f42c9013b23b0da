package be.epn.campus.placement.model;

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

/** A finished placement's level in one area or one competence, as the engine gave it, kept for pages and reports. */
@Entity
@Table(name = "placement_level")
public class PlacementLevel {

    public enum Scope { AREA, COMPETENCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", nullable = false)
    private PlacementSession placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "level_number", nullable = false)
    private int level;

    @Column(nullable = false)
    private double ability;

    @Column(nullable = false)
    private double uncertainty;

    @Column(nullable = false)
    private double probability;

    @Column(name = "items_asked", nullable = false)
    private int itemsAsked;

    @Column(name = "with_help", nullable = false)
    private boolean withHelp;

    protected PlacementLevel() {
        // for JPA
    }

    public PlacementLevel(PlacementSession placement, Scope scope, String code, int level, double ability, double uncertainty,
                          double probability, int itemsAsked, boolean withHelp) {
        this.placement = placement;
        this.scope = scope;
        this.code = code;
        this.level = level;
        this.ability = ability;
        this.uncertainty = uncertainty;
        this.probability = probability;
        this.itemsAsked = itemsAsked;
        this.withHelp = withHelp;
    }

    public Scope getScope() {
        return scope;
    }

    public String getCode() {
        return code;
    }

    public int getLevel() {
        return level;
    }

    public double getAbility() {
        return ability;
    }

    public double getUncertainty() {
        return uncertainty;
    }

    public double getProbability() {
        return probability;
    }

    public int getItemsAsked() {
        return itemsAsked;
    }

    public boolean isWithHelp() {
        return withHelp;
    }
}
