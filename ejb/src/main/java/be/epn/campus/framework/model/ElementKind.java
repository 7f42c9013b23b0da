package be.epn.campus.framework.model;

/** The kinds of framework element a mapping between two frameworks can relate. */
public enum ElementKind {
    AREA, COMPETENCE, LEVEL
}
