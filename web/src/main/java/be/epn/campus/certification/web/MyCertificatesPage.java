package be.epn.campus.certification.web;

import be.epn.campus.access.service.Callers;
import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.certification.service.Certifications;
import be.epn.campus.certification.service.Eligibility;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * "My certificates" ({@code /learn/certificates.xhtml}): the certificates the learner holds, with their two
 * files and where anyone can check them, and for every certificate not held yet what is still to show.
 * Read-only, so request-scoped: the services decide what the caller may see.
 */
@Named
@RequestScoped
public class MyCertificatesPage {

    @EJB
    Certifications certifications;

    @EJB
    Callers callers;

    private List<CertificateView> held;
    private List<Eligibility> toCome;

    public List<CertificateView> getHeld() {
        if (held == null) {
            held = Actions.get(certifications::mine).orElse(List.of());
        }
        return held;
    }

    /** The types the learner does not hold yet, those closest (fewest competences missing) first. */
    public List<Eligibility> getToCome() {
        if (toCome == null) {
            toCome = Actions.get(() -> certifications.eligibility(callers.current().uuid())).orElse(List.of()).stream()
                    .filter(e -> e.held() == null)
                    .sorted(Comparator.comparingInt(Eligibility::level).thenComparingInt(e -> e.missing().size())
                            .thenComparing(Eligibility::type))
                    .toList();
        }
        return toCome;
    }

    public String pdf(CertificateView certificate) {
        return CertificateLinks.pdf(certificate);
    }

    public String credential(CertificateView certificate) {
        return CertificateLinks.credential(certificate);
    }

    public String getVerifyPage() {
        return Faces.getRequestContextPath() + "/verify.xhtml";
    }
}
