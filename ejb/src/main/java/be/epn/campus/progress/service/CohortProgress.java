package be.epn.campus.progress.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ModuleProgress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The animateur's cohort view: learners known at an EPN × modules, paged in the database (a page reads one
 * page of learners and only their progress rows), the same rows streamed for CSV/XLSX exports, and the
 * number of modules completed per week for the chart. Only staff of the EPN, and coordinators, may look.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CohortProgress {

    private static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    ModuleRepository modules;

    @Inject
    EpnRepository epns;

    @Inject
    CohortRepository cohorts;

    @EJB
    Callers callers;

    /** One page of the grid ({@code first} learners skipped, at most {@code max}), in name order. */
    public CohortGrid page(CohortFilter filter, int first, int max) {
        Scope scope = scope(filter);
        List<CohortGrid.Column> columns = columns(filter);
        long total = learners(scope, filter, Long.class, "COUNT(p)", "").getSingleResult();
        List<Person> people = learners(scope, filter, Person.class, "p", " ORDER BY p.familyName, p.givenName, p.id")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
        return new CohortGrid(columns, rows(people, columns), total);
    }

    /** How many learners the filter matches. */
    public long count(CohortFilter filter) {
        return learners(scope(filter), filter, Long.class, "COUNT(p)", "").getSingleResult();
    }

    /** Every learner the filter matches, in name order, handed over in batches: exports never hold them all. */
    public void export(CohortFilter filter, Consumer<CohortGrid> batch) {
        Scope scope = scope(filter);
        List<CohortGrid.Column> columns = columns(filter);
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<Person> people = learners(scope, filter, Person.class, "p", " ORDER BY p.familyName, p.givenName, p.id")
                    .setFirstResult(first).setMaxResults(EXPORT_BATCH).getResultList();
            if (people.isEmpty()) {
                return;
            }
            batch.accept(new CohortGrid(columns, rows(people, columns), -1));
            em.clear();
        }
    }

    /** Modules completed per ISO week by the learners the filter matches ("2026-W48" → count), oldest first. */
    public Map<String, Long> completionsPerWeek(CohortFilter filter) {
        Scope scope = scope(filter);
        StringBuilder jpql = new StringBuilder("SELECT mp.completedAt FROM ModuleProgress mp WHERE mp.completedAt IS NOT NULL AND mp.person IN (")
                .append(learnerQuery(filter, "p")).append(")");
        if (filter.module() != null) {
            jpql.append(" AND mp.module.key = :module");
        }
        TypedQuery<java.time.LocalDateTime> query = em.createQuery(jpql.toString(), java.time.LocalDateTime.class);
        bind(query, scope, filter);
        if (filter.module() != null) {
            query.setParameter("module", filter.module());
        }
        Map<String, Long> weeks = new TreeMap<>();
        for (java.time.LocalDateTime at : query.getResultList()) {
            String week = at.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.merge(week, 1L, Long::sum);
        }
        return weeks;
    }

    private List<CohortGrid.Row> rows(List<Person> people, List<CohortGrid.Column> columns) {
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, CohortGrid.Cell>> cells = new HashMap<>();
        for (ModuleProgress mp : em.createQuery("SELECT mp FROM ModuleProgress mp JOIN FETCH mp.module LEFT JOIN FETCH mp.completedEpn"
                + " WHERE mp.person IN :people", ModuleProgress.class).setParameter("people", people).getResultList()) {
            cells.computeIfAbsent(mp.getPerson().getId(), id -> new HashMap<>()).put(mp.getModule().getKey(),
                    new CohortGrid.Cell(mp.getState(), mp.getDoneCount(), mp.getRequiredCount(), mp.getLastActivityAt(),
                            mp.getCompletedAt(), mp.getCompletedEpn() == null ? null : mp.getCompletedEpn().getName()));
        }
        Map<Long, List<String>> epnsOf = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT DISTINCT r.person.id, r.epn.name FROM LearningRecord r WHERE r.person IN :people"
                + " AND r.epn IS NOT NULL", Object[].class).setParameter("people", people).getResultList()) {
            epnsOf.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<CohortGrid.Row> rows = new ArrayList<>();
        for (Person p : people) {
            Map<String, CohortGrid.Cell> mine = new LinkedHashMap<>();
            Map<String, CohortGrid.Cell> found = cells.getOrDefault(p.getId(), Map.of());
            columns.forEach(c -> mine.put(c.key(), found.getOrDefault(c.key(), CohortGrid.Cell.NONE)));
            List<String> visited = epnsOf.getOrDefault(p.getId(), List.of()).stream().sorted().toList();
            rows.add(new CohortGrid.Row(p.getUuid(), p.getGivenName() + " " + p.getFamilyName(), p.getUsername(), mine, visited));
        }
        return rows;
    }

    private List<CohortGrid.Column> columns(CohortFilter filter) {
        return modules.all().stream().filter(m -> filter.module() == null || m.getKey().equals(filter.module()))
                .map(m -> new CohortGrid.Column(m.getKey(), m.getTitle())).toList();
    }

    private <T> TypedQuery<T> learners(Scope scope, CohortFilter filter, Class<T> type, String select, String order) {
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM Person p WHERE p IN (" + learnerQuery(filter, "p2") + ")" + order, type);
        bind(query, scope, filter);
        return query;
    }

    /** The learners of the filter, as a sub-query on {@code alias}. */
    private static String learnerQuery(CohortFilter filter, String alias) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(alias).append(" FROM Membership m JOIN m.person ").append(alias)
                .append(" WHERE m.epn = :epn AND m.role = :role AND m.consentGiven = TRUE");
        if (filter.cohort() != null) {
            jpql.append(" AND EXISTS (SELECT c FROM Cohort c JOIN c.enrolments e WHERE c = :cohort AND e.person = ").append(alias).append(")");
        }
        if (filter.from() != null || filter.to() != null) {
            jpql.append(" AND EXISTS (SELECT mp2 FROM ModuleProgress mp2 WHERE mp2.person = ").append(alias)
                    .append(" AND mp2.lastActivityAt >= :from AND mp2.lastActivityAt < :to");
            if (filter.module() != null) {
                jpql.append(" AND mp2.module.key = :module");
            }
            jpql.append(")");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> query, Scope scope, CohortFilter filter) {
        query.setParameter("epn", scope.epn()).setParameter("role", Role.LEARNER);
        if (scope.cohort() != null) {
            query.setParameter("cohort", scope.cohort());
        }
        if (filter.from() != null || filter.to() != null) {
            query.setParameter("from", (filter.from() == null ? LocalDate.of(2000, 1, 1) : filter.from()).atStartOfDay());
            query.setParameter("to", (filter.to() == null ? LocalDate.of(2100, 1, 1) : filter.to().plusDays(1)).atStartOfDay());
            if (filter.module() != null) {
                query.setParameter("module", filter.module());
            }
        }
    }

    /** Checks the caller may look at this EPN, and resolves the filter's records. */
    private Scope scope(CohortFilter filter) {
        if (filter.epn() == null) {
            throw new RefusedException("learn.refused.epn");
        }
        Epn epn = epns.find(filter.epn()).orElseThrow(() -> new RecordNotFoundException("EPN " + filter.epn()));
        Caller caller = callers.current();
        AccessRules.requireDesk(caller, epn.getId());
        Cohort cohort = null;
        if (filter.cohort() != null) {
            cohort = cohorts.find(filter.cohort()).filter(c -> c.getEpn().equals(epn))
                    .orElseThrow(() -> new RecordNotFoundException("cohort " + filter.cohort()));
        }
        if (filter.module() != null && modules.find(filter.module()).isEmpty()) {
            throw new RecordNotFoundException("module " + filter.module());
        }
        return new Scope(epn, cohort);
    }

    private record Scope(Epn epn, Cohort cohort) {
    }

    /** Only for the benchmark and tests: a module's key list, to build filters. */
    public List<String> moduleKeys() {
        return modules.all().stream().map(LearningModule::getKey).toList();
    }
}
