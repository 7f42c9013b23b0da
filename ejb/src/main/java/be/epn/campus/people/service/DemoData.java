package be.epn.campus.people.service;

import be.epn.campus.access.model.Credential;
import be.epn.campus.access.model.SecretPolicy;
import be.epn.campus.access.service.SecretHasher;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortSchedule;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.OpeningSlot;
import be.epn.campus.people.model.OrganiserType;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for a newcomer's first run (CAMPUS_DEMO_DATA=true, which bin/campus sets on the embedded
 * default): three EPNs, their animateurs, a trainer, a coordinator and fifty learners in cohorts. Loaded
 * once, into an empty database only; the logins are listed in the README. Names are invented.
 */
@Singleton
@Startup
@DependsOn("CurriculaLoader")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String STAFF_SECRET = "campus-demo-2026";
    static final String LEARNER_PIN = "2580";

    private static final String[][] LEARNERS = {
        {"Amina", "Benali", "1979"}, {"Jean", "Peeters", "1956"}, {"Fatou", "Diallo", "1990"}, {"Mehmet", "Yılmaz", "1968"},
        {"Marie", "Dupont", "1948"}, {"Youssef", "El Amrani", "1985"}, {"Sofia", "Rossi", "1972"}, {"Jan", "Janssens", "1951"},
        {"Aïcha", "Kaddouri", "1993"}, {"Pierre", "Lambert", "1960"}, {"Oksana", "Kovalenko", "1982"}, {"Luc", "Claes", "1945"},
        {"Nadia", "Haddad", "1988"}, {"Kwame", "Mensah", "1977"}, {"Élodie", "Martin", "2001"}, {"Ahmed", "Bakkali", "1964"},
        {"Ana", "Pereira", "1975"}, {"Koen", "Willems", "1958"}, {"Samira", "Ouali", "1999"}, {"Paul", "Dubois", "1950"},
        {"Leila", "Mansouri", "1983"}, {"Marc", "Wouters", "1962"}, {"Grace", "Mbuyi", "1987"}, {"Ali", "Demir", "1971"},
        {"Julie", "Lefèvre", "1996"}, {"Rachid", "Tahiri", "1966"}, {"Inès", "Moreau", "2003"}, {"Dirk", "Maes", "1953"},
        {"Hanane", "Zerouali", "1980"}, {"Bogdan", "Popescu", "1974"}, {"Christine", "Leroy", "1947"}, {"Omar", "Saidi", "1991"},
        {"Lucia", "Gomez", "1969"}, {"Hilde", "Goossens", "1955"}, {"Moussa", "Traoré", "1986"}, {"Anne", "Simon", "1959"},
        {"Karim", "Benjelloun", "1978"}, {"Maria", "Nowak", "1970"}, {"Tom", "Hermans", "1998"}, {"Zeynep", "Kaya", "1984"},
        {"Georges", "Michel", "1944"}, {"Salma", "Idrissi", "2000"}, {"Patrick", "Renard", "1963"}, {"Fatima", "Amrani", "1957"},
        {"Yves", "Lemaire", "1952"}, {"Nour", "Khalil", "1995"}, {"Wim", "De Smet", "1967"}, {"Chantal", "Fontaine", "1949"},
        {"Ibrahim", "Sow", "1989"}, {"Eva", "Horvath", "1976"}};

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    SecretHasher hasher;

    @Inject
    @ConfigProperty(name = "campus.demo-data", defaultValue = "false")
    boolean enabled;

    private final Map<String, String> hashes = new HashMap<>();

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (!epns.all().isEmpty()) {
            LOG.info("Demo data not loaded: the database already holds EPNs");
            return;
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Epn marolles = epn("EPN Les Marolles", "Bruxelles", "Rue Haute 150", "1000", OrganiserType.ASSOCIATION,
                "ASBL Quartier numérique", 12, List.of("fr", "nl", "ar", "es"), now);
        Epn schaerbeek = epn("EPN Bibliothèque Sésame", "Schaerbeek", "Boulevard Lambermont 200", "1030",
                OrganiserType.PUBLIC_LIBRARY, "Bibliothèque communale", 18, List.of("fr", "nl", "tr"), now);
        Epn anderlecht = epn("EPN CPAS Clemenceau", "Anderlecht", "Avenue Clemenceau 40", "1070", OrganiserType.CPAS,
                "CPAS d'Anderlecht", 10, List.of("fr", "nl", "en"), now);

        Person coordinator = staff("Claire", "Vandenberghe", "coordination", Language.FR, now, Role.COORDINATOR);
        staff("Thomas", "Verhoeven", "formation", Language.NL, now, Role.TRAINER);
        Person karim = staff("Karim", "Azzouzi", "anim.marolles", Language.FR, now, Role.ANIMATEUR);
        Person lies = staff("Lies", "Vermeulen", "anim.sesame", Language.NL, now, Role.ANIMATEUR);
        Person sarah = staff("Sarah", "Nkosi", "anim.clemenceau", Language.EN, now, Role.ANIMATEUR);
        Person both = staff("Julien", "Mertens", "anim.deux", Language.FR, now, Role.ANIMATEUR, Role.LEARNER);
        works(karim, marolles, coordinator, now);
        works(lies, schaerbeek, coordinator, now);
        works(sarah, anderlecht, coordinator, now);
        works(both, marolles, coordinator, now);
        works(both, schaerbeek, coordinator, now);

        List<Epn> sites = List.of(marolles, schaerbeek, anderlecht);
        List<Person> animateurs = List.of(karim, lies, sarah);
        List<List<Person>> learnersBySite = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < LEARNERS.length; i++) {
            int site = i % 3;
            Person learner = learner(LEARNERS[i], i, sites.get(site), animateurs.get(site), now);
            learnersBySite.get(site).add(learner);
            if (i % 10 == 0) {
                // Some learners attend a second EPN: one record, two places.
                people.add(new Membership(learner, sites.get((site + 1) % 3), Role.LEARNER, now, true, animateurs.get((site + 1) % 3)));
            }
        }
        for (int site = 0; site < 3; site++) {
            cohorts(sites.get(site), animateurs.get(site), learnersBySite.get(site), now);
        }
        LOG.info(() -> "Demo data loaded: 3 EPNs, 6 staff, " + LEARNERS.length + " learners (see README.md for the logins)");
    }

    private Epn epn(String name, String municipality, String street, String postalCode, OrganiserType type,
                    String organiser, int computers, List<String> languages, LocalDateTime now) {
        List<OpeningSlot> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new OpeningSlot(day, LocalTime.of(9, 30), LocalTime.of(12, 30), true));
            week.add(new OpeningSlot(day, LocalTime.of(13, 30), LocalTime.of(16, 30), day != DayOfWeek.FRIDAY));
        }
        Epn epn = new Epn(new EpnDetails(name, municipality, street, postalCode, type, organiser, computers, languages,
                "02 555 01 0" + (epns.all().size() + 1), week), now);
        epns.add(epn);
        return epn;
    }

    private Person staff(String given, String family, String username, Language language, LocalDateTime now, Role... roles) {
        Person person = new Person(new PersonDetails(given, family, null, language, username + "@demo.epn-campus.invalid", null),
                username, now, null, null);
        for (Role role : roles) {
            person.grant(role);
        }
        people.add(person);
        em.persist(new Credential(person, hash(STAFF_SECRET), SecretPolicy.kindOf(STAFF_SECRET), now, null));
        return person;
    }

    private void works(Person person, Epn epn, Person by, LocalDateTime now) {
        people.add(new Membership(person, epn, Role.ANIMATEUR, now, true, by));
    }

    private Person learner(String[] row, int index, Epn epn, Person animateur, LocalDateTime now) {
        String username = UsernameGenerator.generate(row[0], row[1], people::usernameTaken);
        Language language = index % 4 == 1 ? Language.NL : index % 7 == 3 ? Language.EN : Language.FR;
        Person learner = new Person(new PersonDetails(row[0], row[1], Integer.valueOf(row[2]), language, null, null),
                username, now, animateur, epn);
        learner.grant(Role.LEARNER);
        people.add(learner);
        em.persist(new Credential(learner, hash(LEARNER_PIN), SecretPolicy.kindOf(LEARNER_PIN), now, animateur));
        people.add(new Membership(learner, epn, Role.LEARNER, now, true, animateur));
        return learner;
    }

    private void cohorts(Epn epn, Person animateur, List<Person> learners, LocalDateTime now) {
        LocalDate start = now.toLocalDate().withDayOfMonth(1);
        Cohort beginners = new Cohort(epn, "Premiers pas / Eerste stappen", "Souris, clavier, Internet.",
                new CohortSchedule(DayOfWeek.TUESDAY, LocalTime.of(9, 30), LocalTime.of(11, 30), start, start.plusMonths(3)), now);
        Cohort email = new Cohort(epn, "E-mail et démarches / E-mail en formulieren", null,
                new CohortSchedule(DayOfWeek.THURSDAY, LocalTime.of(13, 30), LocalTime.of(15, 30), start, start.plusMonths(3)), now);
        for (Cohort cohort : List.of(beginners, email)) {
            cohort.addAnimateur(animateur);
            em.persist(cohort);
        }
        for (int i = 0; i < learners.size(); i++) {
            (i % 2 == 0 ? beginners : email).enrol(learners.get(i), now);
        }
    }

    /** One hash per distinct demo secret: fifty PBKDF2 runs would slow the first start for nothing. */
    private String hash(String secret) {
        return hashes.computeIfAbsent(secret, hasher::hash);
    }
}
