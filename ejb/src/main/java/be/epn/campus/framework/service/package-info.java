/**
 * Framework services: loading the curricula at start-up ({@link be.epn.campus.framework.service.CurriculaLoader}),
 * one file per transaction ({@link be.epn.campus.framework.service.FrameworkImporter}), and read access
 * ({@link be.epn.campus.framework.service.FrameworkCatalog}).
 */
package be.epn.campus.framework.service;
