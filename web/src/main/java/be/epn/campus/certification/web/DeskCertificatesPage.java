package be.epn.campus.certification.web;

import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.certification.service.Certifications;
import be.epn.campus.certification.service.Eligibility;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A learner's certificates at the desk ({@code /desk/certificates.xhtml?learner=...}): those held (the PDF to
 * print for the learner), where the learner stands on every type, and "Issue" for a type the rule allows, in
 * two steps (choose, then confirm) so that a slip of the finger issues nothing. {@link Certifications} checks
 * that the animateur may see the learner and that the rule is met; its refusals are shown as messages.
 */
@Named
@ViewScoped
public class DeskCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Certifications certifications;

    private UUID learner;
    private boolean allowed;
    private List<CertificateView> held;
    private List<Eligibility> standing;
    private String confirming;

    public void load() {
        if (learner != null) {
            return;
        }
        learner = Actions.recordId(Faces.getRequestParameter("learner")).orElse(null);
        if (learner != null) {
            allowed = Actions.run(this::refresh);
        }
    }

    private void refresh() {
        held = certifications.of(learner);
        standing = certifications.eligibility(learner);
    }

    /** First step: the type to issue is shown with "Yes, issue it" and "Cancel". */
    public void choose(Eligibility type) {
        confirming = type.type();
    }

    public void cancel() {
        confirming = null;
    }

    /** Second step. A refusal (rule not met, already held) is a message; the page stays as it was. */
    public void issue() {
        String type = confirming;
        confirming = null;
        Actions.get(() -> certifications.issue(learner, type)).ifPresent(issued -> {
            Messages.addGlobalInfo(CertificateWords.text("desk.issued"), issued.title().in(Faces.getLocale().getLanguage()));
            Actions.run(this::refresh);
        });
    }

    /**
     * Whether the "Issue" button is offered. The rule may not be met: the button is there for manual types
     * all the same, so that the animateur hears in words what is missing (the service decides, not the page).
     */
    public boolean offered(Eligibility type) {
        return type.held() == null && (type.issuable() || !type.automatic());
    }

    public boolean isConfirming(Eligibility type) {
        return type.type().equals(confirming);
    }

    public String pdf(CertificateView certificate) {
        return CertificateLinks.pdf(certificate);
    }

    public UUID getLearner() {
        return learner;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<CertificateView> getHeld() {
        return held;
    }

    public List<Eligibility> getStanding() {
        return standing;
    }

    /** The learner's name, from a certificate they hold; the page heading falls back to "this learner". */
    public String getLearnerName() {
        return held == null || held.isEmpty() ? "" : held.get(0).learnerName();
    }
}
