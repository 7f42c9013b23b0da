/**
 * Competence frameworks (DigComp and others): versions side by side, their areas, competences, bands and
 * proficiency levels, and mappings between versions. Loaded from {@code curricula/frameworks/}.
 */
package be.epn.campus.framework.model;
