package be.epn.campus.people.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EpnRepository {

    List<Epn> all();

    Optional<Epn> find(UUID uuid);

    Optional<Epn> byName(String name);

    Optional<Epn> byId(Long id);

    void add(Epn epn);
}
