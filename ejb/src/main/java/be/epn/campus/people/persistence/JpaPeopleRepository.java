package be.epn.campus.people.persistence;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonMerge;
import be.epn.campus.people.model.PersonStatus;
import be.epn.campus.people.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPeopleRepository implements PeopleRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Override
    public Optional<Person> find(UUID uuid) {
        return em.createNamedQuery("Person.byUuid", Person.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return em.createNamedQuery("Person.byUsername", Person.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Person> byEmail(String email) {
        return em.createNamedQuery("Person.byEmail", Person.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    @Override
    public boolean usernameTaken(String username) {
        return byUsername(username).isPresent();
    }

    @Override
    public List<Person> matching(List<String> tokens, Integer birthYear, int max) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Person p WHERE p.status IN :statuses");
        for (int i = 0; i < tokens.size(); i++) {
            jpql.append(" AND p.searchKey LIKE :t").append(i);
        }
        if (birthYear != null) {
            jpql.append(" AND p.birthYear = :year");
        }
        jpql.append(" ORDER BY p.familyName, p.givenName");
        TypedQuery<Person> query = em.createQuery(jpql.toString(), Person.class)
                .setParameter("statuses", List.of(PersonStatus.ACTIVE, PersonStatus.DISABLED))
                .setMaxResults(max);
        for (int i = 0; i < tokens.size(); i++) {
            query.setParameter("t" + i, "%" + escapeLike(tokens.get(i)) + "%");
        }
        if (birthYear != null) {
            query.setParameter("year", birthYear);
        }
        return query.getResultList();
    }

    /** Flushes at once: the id (an identity column) is needed right away, for the credential and memberships. */
    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public void add(Membership membership) {
        em.persist(membership);
    }

    @Override
    public void add(PersonMerge merge) {
        em.persist(merge);
    }

    @Override
    public List<Membership> membershipsOf(Person person) {
        return em.createNamedQuery("Membership.ofPerson", Membership.class).setParameter("person", person).getResultList();
    }

    @Override
    public List<Membership> membershipsAt(Epn epn, Role role) {
        return em.createNamedQuery("Membership.atEpn", Membership.class)
                .setParameter("epn", epn).setParameter("role", role).getResultList();
    }

    @Override
    public long countAt(Epn epn, Role role) {
        return em.createNamedQuery("Membership.countAtEpn", Long.class)
                .setParameter("epn", epn).setParameter("role", role).getSingleResult();
    }

    @Override
    public List<PersonMerge> mergesInvolving(Person person) {
        return em.createNamedQuery("PersonMerge.involving", PersonMerge.class).setParameter("person", person).getResultList();
    }

    @Override
    public List<Person> withRole(Role role, int max) {
        return em.createQuery("SELECT p FROM Person p JOIN p.roles r WHERE r = :role ORDER BY p.familyName, p.givenName", Person.class)
                .setParameter("role", role).setMaxResults(max).getResultList();
    }

    /** Tokens come from the search box: '%' and '_' must match themselves, not anything. */
    private static String escapeLike(String token) {
        return token.replace("\\", "").replace("%", "").replace("_", "");
    }
}
