package be.epn.campus.training.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Continuing education across the network, for coordinators (issue 7): hours per animateur and EPN this year, the
 * EPNs below the yearly minimum, and the charter's ratio of animateurs per 10,000 inhabitants per municipality.
 */
@Stateless
public class NetworkTraining {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    EpnRepository epns;

    @Inject
    PeopleRepository people;

    @Inject
    TrainingTrack track;

    @Inject
    PopulationFigures population;

    @EJB
    Callers callers;

    public NetworkView of(int year) {
        AccessRules.requireCoordinator(callers.current());
        Map<Long, Integer> minutes = minutesBy(year);
        int minimum = track.minimumMinutes();
        List<NetworkView.EpnLine> lines = new ArrayList<>();
        Map<Long, Set<String>> workplaces = new LinkedHashMap<>();
        for (Epn epn : epns.all().stream().sorted(Comparator.comparing(Epn::getName)).toList()) {
            List<NetworkView.AnimateurLine> animateurs = new ArrayList<>();
            for (Membership m : people.membershipsAt(epn, Role.ANIMATEUR)) {
                Person p = m.getPerson();
                int done = minutes.getOrDefault(p.getId(), 0);
                animateurs.add(new NetworkView.AnimateurLine(p.getUuid(), p.displayName(), done, done < minimum));
                workplaces.computeIfAbsent(p.getId(), id -> new java.util.TreeSet<>()).add(epn.getMunicipality());
            }
            int average = animateurs.isEmpty() ? 0
                    : (int) Math.round(animateurs.stream().mapToInt(NetworkView.AnimateurLine::minutes).average().orElse(0));
            lines.add(new NetworkView.EpnLine(epn.getUuid(), epn.getName(), epn.getMunicipality(), animateurs, average,
                    !animateurs.isEmpty() && average < minimum));
        }
        List<AnimateurRatios.Workplaces> where = new ArrayList<>();
        workplaces.forEach((person, municipalities) -> where.add(new AnimateurRatios.Workplaces(person, municipalities)));
        PopulationFigures.Figures figures = population.figures();
        AnimateurRatios.Result ratios = AnimateurRatios.compute(figures.municipalities(), where);
        return new NetworkView(year, minimum, lines, ratios.ratios(), ratios.unmatched(), figures.source(), figures.date());
    }

    /** Minutes credited per person by sessions of {@code year} they attended. */
    private Map<Long, Integer> minutesBy(int year) {
        Map<Long, Integer> minutes = new HashMap<>();
        em.createQuery("SELECT r.person.id, SUM(r.minutesCredited) FROM SessionRegistration r WHERE r.attended = TRUE"
                        + " AND r.session.startsAt >= :from AND r.session.startsAt < :to GROUP BY r.person.id", Object[].class)
                .setParameter("from", LocalDateTime.of(year, 1, 1, 0, 0)).setParameter("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                .getResultList().forEach(row -> minutes.put((Long) row[0], ((Number) row[1]).intValue()));
        return minutes;
    }
}
