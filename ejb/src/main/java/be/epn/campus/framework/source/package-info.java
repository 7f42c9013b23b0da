/** The framework and mapping file formats of {@code curricula/frameworks/}: reading and validation, no database. */
package be.epn.campus.framework.source;
