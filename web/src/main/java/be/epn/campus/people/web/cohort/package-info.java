/**
 * The groups (cohorts) of an EPN at the learner desk ({@code /desk/cohorts.xhtml}, {@code /desk/cohort.xhtml}):
 * list, create and change a group and its schedule, enrol and withdraw learners known at the EPN, add
 * colleagues. The pages only offer what the service allows; {@link be.epn.campus.people.service.Cohorts}
 * checks it again on the server.
 */
package be.epn.campus.people.web.cohort;
