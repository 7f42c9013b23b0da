/**
 * The placement item bank of {@code curricula/items/} (format {@code epn-campus/items@1}, documented in
 * {@code curricula/README.md}): reading and validation, no database. An item is a quiz question of the module
 * format with its competence, its level and its item-response parameters.
 */
package be.epn.campus.placement.source;
