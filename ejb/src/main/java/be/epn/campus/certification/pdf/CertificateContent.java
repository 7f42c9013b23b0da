package be.epn.campus.certification.pdf;

import be.epn.campus.platform.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a certificate, already in the learner's language: the renderer looks nothing up.
 *
 * @param language          the learner's language: the fixed texts of the page and the date follow it
 * @param learnerName       the name as the learner wrote it (accents, particles, several parts)
 * @param achievementTitle  the certificate type's title in that language
 * @param competences       the competences certified, in the framework's order
 * @param framework         the framework's title in that language, e.g. "DigComp 2.2 — ..."
 * @param frameworkVersion  the framework's version, e.g. {@code 2.2}
 * @param epn               the EPN where it is issued
 * @param issuedOn          the issuing date
 * @param issuer            who issues: the animateur's or coordinator's name, or the platform for automatic issuing
 * @param verificationUrl   the address the QR code opens (the public verification page of this certificate)
 * @param verificationCode  the code of at least 128 bits made by the credential service, printed in clear for
 *                          people who type it in
 */
public record CertificateContent(Language language, String learnerName, String achievementTitle,
                                 List<CompetenceLine> competences, String framework, String frameworkVersion,
                                 String epn, LocalDate issuedOn, String issuer, String verificationUrl,
                                 String verificationCode) {

    public CertificateContent {
        Objects.requireNonNull(language, "language");
        requireText(learnerName, "learnerName");
        requireText(achievementTitle, "achievementTitle");
        competences = List.copyOf(competences);
        requireText(framework, "framework");
        requireText(frameworkVersion, "frameworkVersion");
        requireText(epn, "epn");
        Objects.requireNonNull(issuedOn, "issuedOn");
        requireText(issuer, "issuer");
        requireText(verificationUrl, "verificationUrl");
        if (!verificationUrl.startsWith("https://") && !verificationUrl.startsWith("http://")) {
            throw new IllegalArgumentException("The verification URL must be an http(s) address, not " + verificationUrl);
        }
        requireText(verificationCode, "verificationCode");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A certificate needs its " + name);
        }
    }

    /**
     * One competence certified.
     *
     * @param code  the framework code, e.g. {@code 1.3}
     * @param title the competence's title in the learner's language
     * @param level the level reached (the best evidence), at least the level the certificate asks for
     */
    public record CompetenceLine(String code, String title, int level) {
        public CompetenceLine {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
        }
    }
}
