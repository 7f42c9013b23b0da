package be.epn.campus.certification.rules;

import be.epn.campus.platform.LocalizedText;
import java.util.Objects;

/**
 * One certificate type read from {@code curricula/certificates/<id>.json}: what it certifies, in three
 * languages, and the rule that decides when a learner has earned it.
 *
 * @param id        stable identity (equals the file name); never reuse it for another achievement
 * @param framework the framework whose competences the rule reads, e.g. {@code digcomp-2.2}
 * @param title     the achievement's name, printed on the PDF and in the badge
 * @param description what a holder can do, in plain words
 * @param criteria  the criteria narrative (Open Badges {@code criteria.narrative})
 * @param rule      the area and the level that every competence of the area must reach
 * @param issuing   whether staff issue it or the platform issues it as soon as the rule is met
 * @param file      the file it was read from, for messages
 */
public record CertificateType(String id, String framework, LocalizedText title, LocalizedText description,
                              LocalizedText criteria, AreaLevelRule rule, IssuingMode issuing, String file) {

    public CertificateType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(issuing, "issuing");
    }

    /** The rule: every competence of {@code area} at {@code level} or above, with one independent piece. */
    public record AreaLevelRule(String area, int level) {
        public AreaLevelRule {
            Objects.requireNonNull(area, "area");
            if (level < 1) {
                throw new IllegalArgumentException("level must be 1 or more, not " + level);
            }
        }
    }

    /** Who issues: staff on a learner's page, or the platform when the rule becomes true. */
    public enum IssuingMode {
        MANUAL, AUTOMATIC;

        /** The value written in the files ({@code manual}, {@code automatic}). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
