/**
 * The pages of continuing education (issue 7), under {@code /training/*}: the sessions and the planning form,
 * a session's roster and attendance, an animateur's record with the trainer's observations, and the trainer's
 * cohort view. The services in {@code be.epn.campus.training.service} decide who may see and do what.
 */
package be.epn.campus.training.web;
