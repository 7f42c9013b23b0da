package be.epn.campus.placement.service;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.Placement;
import be.epn.campus.placement.engine.Settings;
import be.epn.campus.placement.model.PlacementAnswer;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (only with {@code campus.demo-data=true}): a finished placement, with its levels, evidence and
 * plan, for one demo learner in three at each EPN, and one placement left half-way to show resuming. The
 * answers are drawn from the engine's own model for a made-up ability, so the levels vary between learners.
 */
@Singleton
@Startup
@DependsOn("DemoProgress")
public class DemoPlacements {

    private static final Logger LOG = Logger.getLogger(DemoPlacements.class.getName());

    @Inject
    PlacementRepository placements;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @EJB
    PlacementBank bank;

    @EJB
    PlacementFinish finish;

    @Inject
    @ConfigProperty(name = "campus.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int count = 0;
        for (Epn epn : epns.all()) {
            List<Membership> memberships = people.membershipsAt(epn, Role.LEARNER);
            for (int i = 0; i < memberships.size(); i += 3) {
                Person learner = memberships.get(i).getPerson();
                if (!placements.of(learner).isEmpty()) {
                    continue; // demo data already loaded, or a learner of two EPNs
                }
                take(learner, epn, i, i != 3);
                count++;
            }
        }
        int total = count;
        LOG.info(() -> "Demo placements recorded for " + total + " learners");
    }

    /** One placement of a learner whose ability (logits) depends on their place in the list; finished or half-way. */
    private void take(Person learner, Epn epn, int index, boolean toTheEnd) {
        SplittableRandom random = new SplittableRandom(20_261_126L + index);
        double ability = -2.5 + (index % 5) * 0.9;
        LocalDateTime at = LocalDateTime.now(Clock.systemUTC()).minusDays(7 + index % 20);
        PlacementSession session = new PlacementSession(learner, PlacementBank.FRAMEWORK, random.nextLong(),
                new StartAnswers(true, true, index % 2 == 0), epn, null, at);
        placements.add(session);
        Placement engine = Placement.start(bank.engine(), Settings.defaults().withSeed(session.getSeed()));
        Optional<Item> next;
        int limit = toTheEnd ? Integer.MAX_VALUE : 12;
        while ((next = engine.next()).isPresent() && session.getAnswers().size() < limit) {
            Item item = next.get();
            at = at.plusSeconds(40);
            boolean correct = random.nextDouble() < item.parameters().probabilityCorrect(ability);
            Duration elapsed = session.touch(at);
            PlacementAnswer answer = new PlacementAnswer(session, session.getAnswers().size() + 1, item.id(), "(demo)", correct,
                    elapsed, at, epn, null);
            session.record(answer);
            placements.add(answer);
            engine.record(item.id(), correct, elapsed);
        }
        if (toTheEnd) {
            finish.close(session, engine, epn, null, at);
        }
    }
}
