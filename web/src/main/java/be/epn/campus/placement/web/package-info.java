/**
 * The placement's pages: the learner's own ({@code /learn/placement.xhtml}: gentle start, one item per screen,
 * result and learning plan), the animateur's ({@code /desk/placement.xhtml}: a learner's result and plan, the plan
 * adjusted; {@code /desk/placement-run.xhtml}: the placement run beside the learner, answers "with help"), and
 * the pictures of hotspot items. Every rule is the service's ({@code be.epn.campus.placement.service}).
 */
package be.epn.campus.placement.web;
