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
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.training.service.TrainingTrack;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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
    TrainingTrack track;

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
        long total = count(scope, filter);
        return new CohortGrid(columns, rows(scope, filter, columns, first, Math.min(Math.max(1, max), 200)), total);
    }

    /**
     * One page of rows, without counting all the learners (the lazy table counts once, with {@link #count}): the
     * cohort view's first page runs one count, one page of learners and two queries for their cells and EPNs.
     */
    public List<CohortGrid.Row> rows(CohortFilter filter, int first, int max) {
        Scope scope = scope(filter);
        return rows(scope, filter, columns(filter), first, Math.min(Math.max(1, max), 200));
    }

    /** The grid's columns for this filter (every module, or the filtered one), once access is checked. */
    public List<CohortGrid.Column> columnsFor(CohortFilter filter) {
        scope(filter);
        return columns(filter);
    }

    /** Every module, as the filter's choices (key and title), in key order. Titles are public, as in the catalogue. */
    public List<CohortGrid.Column> moduleChoices() {
        return columns(new CohortFilter(null, null, null, null, null));
    }

    /**
     * The cohorts of an EPN as the filter's choices (uuid and name), newest first as at the desk; read as plain
     * values, not as cohorts with their enrolments.
     */
    public List<CohortGrid.CohortChoice> cohortChoices(UUID epn) {
        Scope scope = scope(new CohortFilter(epn, null, null, null, null));
        return em.createQuery("SELECT c.uuid, c.name FROM Cohort c WHERE c.epn = :epn ORDER BY c.schedule.firstDay DESC, c.name",
                Object[].class).setParameter("epn", scope.epn()).getResultList().stream()
                .map(c -> new CohortGrid.CohortChoice(UUID.fromString((String) c[0]), (String) c[1])).toList();
    }

    /** How many learners the filter matches. */
    public long count(CohortFilter filter) {
        return count(scope(filter), filter);
    }

    /** Every learner the filter matches, in name order, handed over in batches: exports never hold them all. */
    public void export(CohortFilter filter, Consumer<CohortGrid> batch) {
        Scope scope = scope(filter);
        List<CohortGrid.Column> columns = columns(filter);
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<CohortGrid.Row> rows = rows(scope, filter, columns, first, EXPORT_BATCH);
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(new CohortGrid(columns, rows, -1));
        }
    }

    /** Modules completed per ISO week by the learners the filter matches ("2026-W48" → count), oldest first. */
    public Map<String, Long> completionsPerWeek(CohortFilter filter) {
        Scope scope = scope(filter);
        // Counted per day in the database (thousands of completions, a few hundred days: only the days travel),
        // from the index on (person_id, completed_at) alone; each day's ISO week is named here.
        StringBuilder jpql = new StringBuilder("SELECT CAST(mp.completedAt AS DATE), COUNT(mp) FROM ModuleProgress mp, Membership m")
                .append(" WHERE mp.person = m.person AND mp.completedAt IS NOT NULL AND ").append(learnerCondition(filter));
        if (filter.module() != null) {
            jpql.append(" AND mp.module.key = :module");
        }
        jpql.append(" GROUP BY CAST(mp.completedAt AS DATE)");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        bind(query, scope, filter);
        if (filter.module() != null) {
            query.setParameter("module", filter.module());
        }
        Map<String, Long> weeks = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            LocalDate day = localDate(row[0]);
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.merge(week, ((Number) row[1]).longValue(), Long::sum);
        }
        return weeks;
    }

    /** A DATE as the driver hands it over (MariaDB: java.sql.Date; H2 may give a LocalDate). */
    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    private long count(Scope scope, CohortFilter filter) {
        // One membership per learner at an EPN in a role (uk_membership): counting memberships counts learners.
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE " + learnerCondition(filter), Long.class);
        bind(query, scope, filter);
        return query.getSingleResult();
    }

    /**
     * The rows of learners {@code first} to {@code first + max} in name order, read as plain values (no entities:
     * no person, role or module is loaded one by one).
     */
    private List<CohortGrid.Row> rows(Scope scope, CohortFilter filter, List<CohortGrid.Column> columns, int first, int max) {
        TypedQuery<Object[]> learners = em.createQuery("SELECT p.id, p.uuid, p.givenName, p.familyName, p.username"
                + " FROM Membership m JOIN m.person p WHERE " + learnerCondition(filter)
                + " ORDER BY p.familyName, p.givenName, p.id", Object[].class);
        bind(learners, scope, filter);
        List<Object[]> people = learners.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        List<Long> ids = people.stream().map(p -> (Long) p[0]).toList();

        Map<Long, Map<String, CohortGrid.Cell>> cells = new HashMap<>();
        TypedQuery<Object[]> progress = em.createQuery("SELECT mp.person.id, mo.key, mp.state, mp.doneCount, mp.requiredCount,"
                + " mp.lastActivityAt, mp.completedAt, e.name FROM ModuleProgress mp JOIN mp.module mo LEFT JOIN mp.completedEpn e"
                + " WHERE mp.person.id IN :people" + (filter.module() == null ? "" : " AND mo.key = :module"), Object[].class)
                .setParameter("people", ids);
        if (filter.module() != null) {
            progress.setParameter("module", filter.module());
        }
        for (Object[] mp : progress.getResultList()) {
            cells.computeIfAbsent((Long) mp[0], id -> new HashMap<>()).put((String) mp[1], new CohortGrid.Cell((ModuleState) mp[2],
                    (Integer) mp[3], (Integer) mp[4], (LocalDateTime) mp[5], (LocalDateTime) mp[6], (String) mp[7]));
        }
        Map<Long, List<String>> epnsOf = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT DISTINCT r.person.id, e.name FROM LearningRecord r JOIN r.epn e"
                + " WHERE r.person.id IN :people", Object[].class).setParameter("people", ids).getResultList()) {
            epnsOf.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<CohortGrid.Row> rows = new ArrayList<>();
        for (Object[] p : people) {
            Long id = (Long) p[0];
            Map<String, CohortGrid.Cell> mine = new LinkedHashMap<>();
            Map<String, CohortGrid.Cell> found = cells.getOrDefault(id, Map.of());
            columns.forEach(c -> mine.put(c.key(), found.getOrDefault(c.key(), CohortGrid.Cell.NONE)));
            List<String> visited = epnsOf.getOrDefault(id, List.of()).stream().sorted().toList();
            rows.add(new CohortGrid.Row(UUID.fromString((String) p[1]), p[2] + " " + p[3], (String) p[4], mine, visited));
        }
        return rows;
    }

    private List<CohortGrid.Column> columns(CohortFilter filter) {
        // The animateurs' continuing-education modules are no column of a learners' grid.
        return modules.all().stream().filter(m -> !track.isTrack(m.getFramework().getKey()))
                .filter(m -> filter.module() == null || m.getKey().equals(filter.module()))
                .map(m -> new CohortGrid.Column(m.getKey(), m.getTitle())).toList();
    }

    /**
     * The learners of the filter, as a condition on the membership {@code m}: learners of the EPN who consented,
     * in the cohort, active between the dates (in the module).
     */
    private static String learnerCondition(CohortFilter filter) {
        StringBuilder jpql = new StringBuilder("m.epn = :epn AND m.role = :role AND m.consentGiven = TRUE");
        if (filter.cohort() != null) {
            jpql.append(" AND EXISTS (SELECT c FROM Cohort c JOIN c.enrolments e WHERE c = :cohort AND e.person = m.person)");
        }
        if (filter.from() != null || filter.to() != null) {
            jpql.append(" AND EXISTS (SELECT mp2 FROM ModuleProgress mp2 WHERE mp2.person = m.person")
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
