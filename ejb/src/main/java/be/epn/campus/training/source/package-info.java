/**
 * Data for the animateurs' side of the platform (issue 7) read from {@code curricula/}: the population of each
 * municipality ({@code population/}, format {@code epn-campus/population@1}), so that the charter's target of one
 * animateur per 10,000 inhabitants can be computed, and {@link be.epn.campus.training.source.StatbelPopulation}, which
 * makes such a file from Statbel's open data. Pure Java: no JPA, no server.
 */
package be.epn.campus.training.source;
