/**
 * The placement's REST API ({@code /api/placements}, {@code /api/learners/{uuid}/plan}): start or resume a
 * placement, fetch the item to answer, answer it, read the result and the learning plan. The same services as
 * the pages, so the same rules: a learner on their own placement, staff who may see the learner's record
 * beside them (answers "with help"). Items go out without their answer key, correct flags or IRT parameters.
 * Described for clients by MicroProfile OpenAPI annotations (served at {@code /openapi}).
 */
package be.epn.campus.placement.api;
