/**
 * The competence frameworks over HTTP: {@code /api/frameworks} (our JSON, as small stable DTO records
 * mapped from the entities, which never leave the server) and the 1EdTech CASE 1.1 service at
 * {@code /api/ims/case/v1p1/} (CFPackages, CFDocuments, CFItems, CFAssociations, CFLicenses), whose
 * JSON is written by {@link be.epn.campus.framework.interop.CasePackageBuilder}. Read-only and public:
 * frameworks are published texts.
 */
package be.epn.campus.framework.api;
