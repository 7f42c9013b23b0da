/** JPA implementations of the framework repositories; only services use them, inside their transactions. */
package be.epn.campus.framework.persistence;
