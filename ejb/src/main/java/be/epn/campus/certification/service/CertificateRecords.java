package be.epn.campus.certification.service;

import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.model.CertificateDocument;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PeopleMerged;
import be.epn.campus.people.service.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates' share of a person's data. Export: every certificate held, with its signed credential, and
 * what the person did as issuer or revoker. Erasure: the PDFs (they print the name) are deleted and every
 * standing certificate is revoked, so that nobody can keep showing one for a person who no longer exists here;
 * the register rows stay, without a name, so verifiers are told "revoked" rather than "unknown". Merge: the
 * certificates follow the learner; one the kept record already holds is revoked as a duplicate.
 */
@ApplicationScoped
public class CertificateRecords implements PersonalDataSection {

    static final String ERASED = "Erased at the holder's request / Effacé à la demande du titulaire";
    static final String DUPLICATE = "Duplicate after two records of one learner were merged / Doublon après la fusion de deux fiches";

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    StatusLists statusLists;

    @Override
    public void export(Person person, JsonObjectBuilder export) {
        JsonArrayBuilder held = Json.createArrayBuilder();
        for (Certificate c : of(person)) {
            held.add(Json.createObjectBuilder().add("uuid", c.getUuid().toString()).add("type", c.getTypeKey())
                    .add("level", c.getLevel()).add("competences", c.competenceLevels().toString())
                    .add("issuedAt", c.getIssuedAt().toString()).add("epn", c.getEpn() == null ? "-" : c.getEpn().getName())
                    .add("revokedAt", c.getRevokedAt() == null ? "-" : c.getRevokedAt().toString())
                    .add("revocationReason", c.getRevocationReason() == null ? "-" : c.getRevocationReason())
                    .add("credential", c.getCredential()));
        }
        // As staff: what they issued and revoked, without naming the learners (that is the learners' data).
        em.createQuery("SELECT c FROM Certificate c WHERE c.issuedBy = :p OR c.revokedBy = :p ORDER BY c.issuedAt", Certificate.class)
                .setParameter("p", person).getResultList().stream().filter(c -> !c.getPerson().equals(person))
                .forEach(c -> held.add(Json.createObjectBuilder().add("role", person.equals(c.getIssuedBy()) ? "issued" : "revoked")
                        .add("type", c.getTypeKey()).add("at", (person.equals(c.getIssuedBy()) ? c.getIssuedAt() : c.getRevokedAt()).toString())));
        export.add("certificate", held);
    }

    @Override
    public void erase(Person person) {
        LocalDateTime now = Certifications.now();
        for (Certificate c : of(person)) {
            if (c.revoke(null, ERASED, now)) {
                statusLists.revoke(c, now);
            }
            CertificateDocument document = em.find(CertificateDocument.class, c.getId());
            if (document != null) {
                em.remove(document);
            }
        }
        em.flush();
    }

    void onMerge(@Observes PeopleMerged merged) {
        Person kept = merged.kept();
        Set<String> keptTypes = new HashSet<>();
        of(kept).stream().filter(c -> !c.isRevoked()).forEach(c -> keptTypes.add(c.getTypeKey()));
        LocalDateTime now = Certifications.now();
        for (Certificate c : of(merged.duplicate())) {
            if (!c.isRevoked() && !keptTypes.add(c.getTypeKey()) && c.revoke(null, DUPLICATE, now)) {
                statusLists.revoke(c, now);
            }
            c.moveTo(kept);
            em.flush();
        }
        for (String update : new String[] {"UPDATE Certificate x SET x.issuedBy = :kept WHERE x.issuedBy = :dup",
                "UPDATE Certificate x SET x.revokedBy = :kept WHERE x.revokedBy = :dup"}) {
            em.createQuery(update).setParameter("kept", kept).setParameter("dup", merged.duplicate()).executeUpdate();
        }
    }

    private List<Certificate> of(Person person) {
        return em.createNamedQuery("Certificate.ofPerson", Certificate.class).setParameter("person", person).getResultList();
    }
}
