/**
 * The curricula as data: where the files are ({@link be.epn.campus.platform.curricula.CurriculaTree}), how a
 * JSON file is read with every problem named by file and field
 * ({@link be.epn.campus.platform.curricula.DataObject}). Shared by frameworks, and later modules and items.
 */
package be.epn.campus.platform.curricula;
