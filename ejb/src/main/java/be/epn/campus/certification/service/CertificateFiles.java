package be.epn.campus.certification.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.model.CertificateDocument;
import be.epn.campus.platform.errors.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The two files of a certificate: the PDF as issued and the signed credential (VC-JWT). For the learner, and for
 * staff who may see the learner's record (an animateur prints the PDF for a learner without a printer). A
 * revoked certificate's files stay downloadable: verification says it is revoked.
 */
@Stateless
public class CertificateFiles {

    public static final String CREDENTIAL_TYPE = "application/vc+jwt";

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @EJB
    Callers callers;

    /** A file to send: its bytes, its media type, a file name that says what it is. */
    public record File(byte[] bytes, String mediaType, String name) {
    }

    public File pdf(UUID certificateUuid) {
        Certificate certificate = visible(certificateUuid);
        CertificateDocument document = em.find(CertificateDocument.class, certificate.getId());
        if (document == null) {
            throw new RecordNotFoundException("document of certificate " + certificateUuid);
        }
        return new File(document.getPdf(), "application/pdf", name(certificate) + ".pdf");
    }

    public File credential(UUID certificateUuid) {
        Certificate certificate = visible(certificateUuid);
        return new File(certificate.getCredential().getBytes(StandardCharsets.US_ASCII), CREDENTIAL_TYPE,
                name(certificate) + ".jwt");
    }

    private Certificate visible(UUID uuid) {
        Certificate certificate = em.createNamedQuery("Certificate.byUuid", Certificate.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("certificate " + uuid));
        Caller caller = callers.current();
        AccessRules.requireView(caller, certificate.getPerson());
        return certificate;
    }

    private static String name(Certificate certificate) {
        return "certificate-" + certificate.getTypeKey() + "-" + certificate.getIssuedAt().toLocalDate();
    }
}
