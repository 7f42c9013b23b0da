package be.epn.campus.certification.service;

import be.epn.campus.certification.code.VerificationCode;
import be.epn.campus.certification.keys.InvalidCredentialException;
import be.epn.campus.certification.keys.VcJwtVerifier;
import be.epn.campus.certification.model.Certificate;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Public verification (issue 6): from the code printed on the PDF (or the QR code's address, which carries it),
 * or from a credential file. What it answers comes from the register and the signature, never from the PDF: a
 * PDF whose text was edited still verifies as what was really issued. No sign-in; the web layer rate-limits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CertificateVerification {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @EJB
    CertificateCatalogue catalogue;

    @EJB
    StatusLists statusLists;

    @EJB
    PlatformKeys keys;

    /** Verifies a typed or scanned code; also accepts the whole verification address. */
    public Verdict byCode(String typed) {
        Optional<VerificationCode> code = VerificationCode.parse(codePart(typed));
        if (code.isEmpty()) {
            return Verdict.notAuthentic("malformedCode");
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("hash", code.get().lookupHash())
                .getResultStream().findFirst().map(this::verdict).orElseGet(() -> Verdict.notAuthentic("unknownCode"));
    }

    /**
     * Verifies a credential file (the VC-JWT we issue): the signature with our published keys (retired ones
     * included), then the validity dates and the revocation bit in our status list.
     */
    public Verdict byCredential(String file) {
        JsonObject credential;
        try {
            credential = new VcJwtVerifier(keys.ring()).verify(file == null ? null : file.strip());
        } catch (InvalidCredentialException e) {
            return Verdict.notAuthentic(switch (e.reason()) {
                case MALFORMED -> "malformedCredential";
                case ALGORITHM_REFUSED -> "algorithmRefused";
                case UNKNOWN_KEY -> "unknownKey";
                case BAD_SIGNATURE -> "badSignature";
            });
        }
        String id = credential.getString("id", "");
        Optional<Certificate> certificate = id.startsWith("urn:uuid:")
                ? em.createNamedQuery("Certificate.byUuid", Certificate.class).setParameter("uuid", id.substring(9).toLowerCase(Locale.ROOT))
                        .getResultStream().findFirst()
                : Optional.empty();
        if (certificate.isEmpty()) {
            // Signed by us but not in the register: only a test key or a restored backup could do that.
            return Verdict.notAuthentic("notInRegister");
        }
        Verdict fromRegister = verdict(certificate.get());
        if (fromRegister.state() == Verdict.State.VALID && (revokedInList(credential) || expired(credential))) {
            // The register and the published list agree by construction; if not, say the stricter.
            return new Verdict(revokedInList(credential) ? Verdict.State.REVOKED : Verdict.State.EXPIRED, null,
                    fromRegister.certificate());
        }
        return fromRegister;
    }

    private Verdict verdict(Certificate certificate) {
        CertificateView view = CertificateViews.of(certificate, catalogue.type(certificate.getTypeKey()), Certifications.now());
        return new Verdict(view.state(), null, view);
    }

    private boolean revokedInList(JsonObject credential) {
        JsonObject status = credential.getJsonObject("credentialStatus");
        String prefix = statusLists.prefix();
        String list = status == null ? "" : status.getString("statusListCredential", "");
        if (!list.startsWith(prefix)) {
            return true;
        }
        try {
            return statusLists.isRevoked(Long.parseLong(list.substring(prefix.length())),
                    Integer.parseInt(status.getString("statusListIndex", "-1")));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean expired(JsonObject credential) {
        String until = credential.getString("validUntil", null);
        try {
            return until != null && !Instant.now().isBefore(Instant.parse(until));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    /** The code from what was typed or scanned: a bare code, or an address ending in {@code ?code=...}. */
    static String codePart(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        int at = text.lastIndexOf("code=");
        return at >= 0 ? text.substring(at + 5) : text;
    }
}
