package be.epn.campus.certification.service;

import be.epn.campus.certification.code.VerificationCode;
import be.epn.campus.certification.credential.CredentialContent;
import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.model.CertificateDocument;
import be.epn.campus.certification.pdf.CertificateContent;
import be.epn.campus.certification.pdf.CertificateRenderer;
import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.certification.rules.RuleOutcome;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one certificate, inside the caller's transaction, once the caller has checked the rule and the right to
 * issue: a fresh UUID, salt and verification code (only the code's hash is kept), a random status bit, the
 * Open Badges credential signed with the current key, and the PDF in the learner's language. The database's
 * unique key (learner, type, standing) refuses a second one even when two requests race.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Issuing {

    public static final String ISSUER_PATH = "/api/certification/issuer";
    public static final String ISSUER_NAME = "EPN Campus";
    public static final String VERIFY_PATH = "/verify.xhtml?code=";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    FrameworkRepository frameworks;

    @EJB
    StatusLists statusLists;

    @EJB
    PlatformKeys keys;

    @Inject
    PublicAddress address;

    /** Years a certificate stays valid; none (the default) for certificates that do not expire. */
    @Inject
    @ConfigProperty(name = "campus.certificates.valid.years")
    Optional<Integer> validYears;

    /** The certificate, saved with its PDF. */
    public Certificate issue(Person learner, CertificateType type, RuleOutcome outcome, Person issuedBy, Epn epn,
                             LocalDateTime now) {
        Framework framework = frameworks.find(type.framework())
                .orElseThrow(() -> new IllegalStateException("framework " + type.framework() + " is not loaded"));
        Map<String, Integer> levels = new LinkedHashMap<>();
        outcome.competences().forEach(c -> levels.put(c.competence(), c.best().orElseThrow().level()));
        Language language = learner.getPreferredLanguage() == null ? Language.DEFAULT : learner.getPreferredLanguage();
        VerificationCode code = VerificationCode.generate();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        LocalDateTime until = validYears.filter(y -> y > 0).map(now::plusYears).orElse(null);
        Certificate.Issue issue = new Certificate.Issue(UUID.randomUUID(), learner, type.id(), framework, type.rule().level(),
                levels, language, HexFormat.of().formatHex(salt), code.lookupHash(), issuedBy, epn, now, until);
        StatusLists.Slot slot = statusLists.assign(now);
        String credential = new VcJwtSigner(keys.ring()).sign(OpenBadgeCredential.build(
                content(issue, type, framework, new CredentialContent.StatusEntry(statusLists.url(slot.list().getId()), slot.index()))));
        Certificate certificate = new Certificate(issue, slot.list(), slot.index(), keyId(credential), credential);
        em.persist(certificate);
        em.flush();
        em.persist(new CertificateDocument(certificate.getId(), new CertificateRenderer().render(
                printed(issue, type, framework, code))));
        return certificate;
    }

    /** The address printed as a QR code: the public verification page of this code. */
    public String verificationUrl(VerificationCode code) {
        return address.of(VERIFY_PATH + code.formatted());
    }

    private CredentialContent content(Certificate.Issue issue, CertificateType type, Framework framework,
                                      CredentialContent.StatusEntry status) {
        Language language = issue.language();
        CredentialContent.Achievement achievement = Achievements.build(address, type, framework, language,
                issue.competenceLevels());
        return new CredentialContent(issue.uuid(), new CredentialContent.Issuer(address.of(ISSUER_PATH), ISSUER_NAME),
                issue.person().getUuid(), issue.identitySalt(), achievement, issue.issuedAt().toInstant(ZoneOffset.UTC),
                issue.validUntil() == null ? null : issue.validUntil().toInstant(ZoneOffset.UTC), status);
    }

    private CertificateContent printed(Certificate.Issue issue, CertificateType type, Framework framework, VerificationCode code) {
        Language language = issue.language();
        List<CertificateContent.CompetenceLine> lines = issue.competenceLevels().entrySet().stream()
                .map(e -> new CertificateContent.CompetenceLine(e.getKey(),
                        framework.competence(e.getKey()).orElseThrow().getTitle().in(language), e.getValue())).toList();
        return new CertificateContent(language, issue.person().displayName(), type.title().in(language), lines,
                framework.getTitle().in(language), framework.getVersionLabel(),
                issue.epn() == null ? ISSUER_NAME : issue.epn().getName(), issue.issuedAt().toLocalDate(),
                issue.issuedBy() == null ? ISSUER_NAME : issue.issuedBy().displayName(), verificationUrl(code), code.formatted());
    }

    /** The kid in the token's header: the key that really signed it, even if a rotation happened meanwhile. */
    static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(header)).readObject().getString("kid");
    }
}
