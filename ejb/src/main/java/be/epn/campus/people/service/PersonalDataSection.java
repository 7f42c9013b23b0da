package be.epn.campus.people.service;

import be.epn.campus.people.model.Person;
import jakarta.json.JsonObjectBuilder;

/**
 * A feature's share of a person's data. Each feature that keeps rows about people (progress, later
 * certificates) provides one, so that the export lists every table and erasure reaches every free text,
 * without the people feature knowing the others.
 */
public interface PersonalDataSection {

    /** Adds one entry per table the feature keeps about the person, named like the table. */
    void export(Person person, JsonObjectBuilder export);

    /** Removes or blanks whatever could name the person; rows that only count stay. */
    void erase(Person person);
}
