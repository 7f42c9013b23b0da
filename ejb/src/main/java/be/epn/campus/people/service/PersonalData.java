package be.epn.campus.people.service;

import be.epn.campus.access.model.Credential;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonMerge;
import be.epn.campus.platform.audit.AuditEvent;
import be.epn.campus.platform.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Everything held about one person, as JSON, one section per table that refers to them (the GDPR right of
 * access); and erasure of their identity (the right to erasure) that keeps the rows counts rely on. A
 * test compares the sections with the database's foreign keys: a new table about people must be added
 * here, or the build fails. Callers check who may do this.
 */
@Stateless
public class PersonalData {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    CohortRepository cohorts;

    @EJB
    AuditLog audit;

    @Inject
    @Any
    Instance<PersonalDataSection> sections;

    public JsonObject export(Person person) {
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", LocalDateTime.now(Clock.systemUTC()).toString())
                .add("person", person(person))
                .add("person_role", roles(person))
                .add("epn_membership", memberships(person))
                .add("credential", credential(person))
                .add("cohort_member", cohorts(person))
                .add("cohort_animateur", animated(person))
                .add("person_merge", merges(person))
                .add("audit_event", auditEvents(person));
        sections.forEach(section -> section.export(person, export));
        return export.build();
    }

    /**
     * Wipes the person's identity: names, year of birth, contact details, username, secret, and the free
     * text of merges about them. Memberships and cohort places stay (anonymous) so that counts per EPN
     * and per cohort remain right.
     */
    public void erase(Person person) {
        Credential credential = em.find(Credential.class, person.getId());
        if (credential != null) {
            em.remove(credential);
        }
        for (PersonMerge merge : people.mergesInvolving(person)) {
            em.createQuery("UPDATE PersonMerge m SET m.reason = '-' WHERE m = :merge").setParameter("merge", merge).executeUpdate();
        }
        sections.forEach(section -> section.erase(person));
        person.eraseIdentity();
    }

    private static JsonObjectBuilder person(Person p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("uuid", p.getUuid().toString())
                .add("givenName", p.getGivenName())
                .add("familyName", p.getFamilyName())
                .add("preferredLanguage", p.getPreferredLanguage().code())
                .add("username", p.getUsername())
                .add("status", p.getStatus().name())
                .add("createdAt", p.getCreatedAt().toString());
        optional(json, "birthYear", p.getBirthYear());
        optional(json, "email", p.getEmail());
        optional(json, "phone", p.getPhone());
        optional(json, "createdAtEpn", p.getCreatedAtEpn() == null ? null : p.getCreatedAtEpn().getName());
        optional(json, "mergedInto", p.getMergedInto() == null ? null : p.getMergedInto().getUuid());
        return json;
    }

    private static JsonArrayBuilder roles(Person p) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        p.getRoles().forEach(r -> roles.add(r.name()));
        return roles;
    }

    private JsonArrayBuilder memberships(Person p) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Membership m : people.membershipsOf(p)) {
            list.add(Json.createObjectBuilder().add("epn", m.getEpn().getName()).add("role", m.getRole().name())
                    .add("since", m.getSince().toString()).add("consentGiven", m.isConsentGiven())
                    .add("consentDecidedAt", m.getConsentAt().toString()));
        }
        return list;
    }

    private JsonObjectBuilder credential(Person p) {
        Credential c = em.find(Credential.class, p.getId());
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (c != null) {
            // The hash itself is not personal data the person can use, and it must never leave the server.
            json.add("kind", c.getKind().name()).add("changedAt", c.getChangedAt().toString())
                    .add("failedAttempts", c.getFailedAttempts()).add("locksSoFar", c.getLockCount());
            optional(json, "lockedUntil", c.getLockedUntil());
        }
        return json;
    }

    private JsonArrayBuilder cohorts(Person p) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Cohort c : cohorts.withMember(p)) {
            list.add(Json.createObjectBuilder().add("cohort", c.getName()).add("epn", c.getEpn().getName())
                    .add("enrolledAt", c.getEnrolments().stream().filter(e -> e.getPerson().equals(p))
                            .findFirst().map(e -> e.getEnrolledAt().toString()).orElse("")));
        }
        return list;
    }

    private JsonArrayBuilder animated(Person p) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        cohorts.withAnimateur(p).forEach(c -> list.add(Json.createObjectBuilder().add("cohort", c.getName())
                .add("epn", c.getEpn().getName())));
        return list;
    }

    private JsonArrayBuilder merges(Person p) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (PersonMerge m : people.mergesInvolving(p)) {
            list.add(Json.createObjectBuilder().add("kept", m.getKept().getUuid().toString())
                    .add("merged", m.getMerged().getUuid().toString()).add("at", m.getMergedAt().toString())
                    .add("reason", m.getReason()));
        }
        return list;
    }

    private JsonArrayBuilder auditEvents(Person p) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AuditEvent e : audit.about(p)) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("at", e.getOccurredAt().toString())
                    .add("action", e.getAction().name())
                    .add("role", Objects.equals(e.getSubject(), p) ? "subject" : "actor");
            optional(json, "epn", e.getEpn() == null ? null : e.getEpn().getName());
            optional(json, "detail", e.getDetail());
            list.add(json);
        }
        return list;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
