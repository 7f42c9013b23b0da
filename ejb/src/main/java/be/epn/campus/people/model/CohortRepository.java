package be.epn.campus.people.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CohortRepository {

    List<Cohort> at(Epn epn);

    Optional<Cohort> find(UUID uuid);

    List<Cohort> withMember(Person person);

    List<Cohort> withAnimateur(Person person);

    void add(Cohort cohort);
}
