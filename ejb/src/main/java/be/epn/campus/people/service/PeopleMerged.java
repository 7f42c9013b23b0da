package be.epn.campus.people.service;

import be.epn.campus.people.model.Person;

/**
 * Fired inside the merge transaction: each feature that keeps rows about people (progress, evidence,
 * certificates...) observes it and moves the duplicate's rows to the record kept.
 */
public record PeopleMerged(Person kept, Person duplicate) {
}
