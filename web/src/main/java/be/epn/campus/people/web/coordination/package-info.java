/**
 * The coordinator's pages under {@code /admin/}: the EPNs and their opening hours, people and their roles,
 * staff accounts, merging duplicates, erasure on request and the audit log. The beans only shape what the
 * {@link be.epn.campus.people.service.Coordination} service gives and takes; the service checks, on the
 * server, that the caller is a coordinator and writes the audit log. Form parsing that needs no server
 * ({@link be.epn.campus.people.web.coordination.EpnForm}, {@link be.epn.campus.people.web.coordination.WeeklyHours})
 * is kept apart so that plain unit tests cover it.
 */
package be.epn.campus.people.web.coordination;
