package be.epn.campus.people.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where people, their EPN memberships and merge history are kept. Callers provide the transaction. */
public interface PeopleRepository {

    Optional<Person> find(UUID uuid);

    Optional<Person> byUsername(String username);

    Optional<Person> byEmail(String email);

    boolean usernameTaken(String username);

    /**
     * Active or disabled people whose name holds every token (normalized as {@link SearchKey}), optionally
     * born that year, at most {@code max}, by family name.
     */
    List<Person> matching(List<String> tokens, Integer birthYear, int max);

    void add(Person person);

    void add(Membership membership);

    void add(PersonMerge merge);

    List<Membership> membershipsOf(Person person);

    List<Membership> membershipsAt(Epn epn, Role role);

    long countAt(Epn epn, Role role);

    List<PersonMerge> mergesInvolving(Person person);

    /** Every person with a role, for the coordinator's list, at most {@code max}. */
    List<Person> withRole(Role role, int max);
}
