package be.epn.campus.certification.service;

import be.epn.campus.platform.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One certificate as pages and the API show it.
 *
 * @param title       the certificate type's title (all three languages; the page picks)
 * @param competences the competences certified, with the level reached, in the framework's order
 * @param issuedBy    the staff member's name, or null when the platform issued it by the rule
 * @param state       VALID, REVOKED or EXPIRED, now
 */
public record CertificateView(UUID uuid, UUID learner, String learnerName, String type, LocalizedText title, int level,
                              List<Line> competences, String framework, LocalDateTime issuedAt, String issuedBy, String epn,
                              Verdict.State state, LocalDateTime revokedAt, String revocationReason) {

    public CertificateView {
        competences = List.copyOf(competences);
    }

    /** One competence certified: its code, its title, the level the learner's best evidence shows. */
    public record Line(String code, LocalizedText title, int level) {
    }

    public boolean isRevoked() {
        return state == Verdict.State.REVOKED;
    }
}
