/**
 * Exchange of competence frameworks with other systems in open standards: today a framework and its
 * outgoing mappings as a 1EdTech CASE 1.1 package ({@link be.epn.campus.framework.interop.CasePackageBuilder}).
 * Pure code from loaded entities to JSON: no database, no server, so it is tested as plain Java.
 */
package be.epn.campus.framework.interop;
