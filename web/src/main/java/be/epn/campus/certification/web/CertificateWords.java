package be.epn.campus.certification.web;

import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.framework.service.FrameworkCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * What the certificate pages say in words rather than values: dates in Brussels time (the register keeps
 * UTC), who issued a certificate ("EPN Campus" when the platform did it by the rule), the framework's title,
 * the state. One place, so that the learner, the desk and the public page say it the same way.
 */
@Named
@ApplicationScoped
public class CertificateWords {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    FrameworkCatalog frameworks;

    /** The day, in Brussels, of a moment kept in UTC; empty for none. */
    public String day(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS).format(DAY);
    }

    /** The framework's title ("DigComp 2.2 ..."), not its key; the key when the framework is gone. */
    public String framework(CertificateView certificate, String language) {
        return frameworks.frameworks().stream().filter(f -> f.getKey().equals(certificate.framework())).findFirst()
                .map(f -> f.getTitle().in(language)).orElse(certificate.framework());
    }

    /** The staff member who issued it, or the platform's name when the rule issued it on its own. */
    public String issuer(CertificateView certificate) {
        return certificate.issuedBy() == null ? text("issuer.platform") : certificate.issuedBy();
    }

    /** VALID, REVOKED or EXPIRED in plain words. */
    public String state(CertificateView certificate) {
        return text("state." + certificate.state().name());
    }

    static String text(String key) {
        ResourceBundle bundle = Faces.getResourceBundle("ce");
        return bundle.getString(key);
    }
}
