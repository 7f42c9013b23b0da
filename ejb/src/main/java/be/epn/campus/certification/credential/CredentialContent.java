package be.epn.campus.certification.credential;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one certificate's credential says, as plain values: the server maps its entities onto this record,
 * and {@link OpenBadgeCredential} turns it into JSON. The learner appears only as a salted hash of the
 * learner's UUID (see {@link OpenBadgeCredential#identityHash}).
 *
 * @param credentialId the certificate's UUID, also the credential's {@code urn:uuid:} id
 * @param issuer the platform as issuer
 * @param learnerId the learner's stable UUID, hashed in the credential, never in clear
 * @param identitySalt a random salt stored with the certificate, so that two credentials of one learner
 *        cannot be linked by their hashes
 * @param achievement what was certified, in the learner's language
 * @param validFrom when it was issued
 * @param validUntil when it expires, or null for never
 * @param status where its revocation bit lives
 */
public record CredentialContent(UUID credentialId, Issuer issuer, UUID learnerId, String identitySalt,
        Achievement achievement, Instant validFrom, Instant validUntil, StatusEntry status) {

    public CredentialContent {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(identitySalt, "identitySalt");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(status, "status");
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil must come after validFrom");
        }
    }

    /** The issuer profile: its id is the platform's issuer URL, published at that address. */
    public record Issuer(String url, String name) {
        public Issuer {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The achievement, with its texts in {@code language} (a BCP 47 tag: fr, nl, en).
     *
     * @param id a stable URL of the achievement (the certificate type and its level)
     */
    public record Achievement(String id, String language, String name, String description, String criteria,
            List<Alignment> alignments) {
        public Achievement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(criteria, "criteria");
            alignments = List.copyOf(alignments);
        }
    }

    /**
     * One competence at one level of a framework.
     *
     * @param targetCode the competence and level, e.g. {@code 1.1} and level 4 as {@code 1.1/4}
     * @param targetName the competence's name and level in the learner's language
     * @param targetUrl the CASE item of the competence (our {@code /api/ims/case/v1p1/CFItems/{uuid}})
     * @param targetFramework the framework and its version, e.g. {@code DigComp 2.2}
     */
    public record Alignment(String targetCode, String targetName, String targetUrl, String targetFramework) {
        public Alignment {
            Objects.requireNonNull(targetCode, "targetCode");
            Objects.requireNonNull(targetName, "targetName");
            Objects.requireNonNull(targetUrl, "targetUrl");
            Objects.requireNonNull(targetFramework, "targetFramework");
        }
    }

    /** The credential's entry in a revocation status list: the list credential's URL and the bit's index. */
    public record StatusEntry(String listCredentialUrl, int index) {
        public StatusEntry {
            Objects.requireNonNull(listCredentialUrl, "listCredentialUrl");
            if (index < 0) {
                throw new IllegalArgumentException("negative status index");
            }
        }
    }
}
