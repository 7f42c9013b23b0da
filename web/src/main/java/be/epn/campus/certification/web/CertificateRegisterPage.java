package be.epn.campus.certification.web;

import be.epn.campus.certification.service.CertificateAdministration;
import be.epn.campus.certification.service.CertificateView;
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
 * The register of issued certificates ({@code /desk/certificate-register.xhtml}), newest first, a page at a time
 * ({@code ?page=}). Coordinators also revoke (choose a certificate, give a reason, confirm) and rotate the signing
 * key (with a confirmation showing the current key). Animateurs see the list only; the service refuses the rest
 * to anyone but a coordinator whatever this page shows.
 */
@Named
@ViewScoped
public class CertificateRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @EJB
    transient CertificateAdministration administration;

    private int page;
    private List<CertificateView> lines;
    private boolean more;
    private UUID revoking;
    private String reason;
    private boolean rotating;
    private String currentKey;

    public void load() {
        if (lines != null) {
            return;
        }
        String given = Faces.getRequestParameter("page");
        try {
            page = given == null ? 0 : Math.min(100_000, Math.max(0, Integer.parseInt(given.strip())));
        } catch (NumberFormatException e) {
            page = 0;
        }
        read();
    }

    /** One more line than shown, to know whether an older page exists (the service gives no count). */
    private void read() {
        List<CertificateView> found = Actions.get(() -> administration.register(page * PAGE_SIZE, PAGE_SIZE + 1)).orElse(List.of());
        more = found.size() > PAGE_SIZE;
        lines = more ? found.subList(0, PAGE_SIZE) : found;
    }

    public void chooseRevoke(CertificateView certificate) {
        revoking = certificate.uuid();
        reason = null;
    }

    /** A refused reason (too short, too long) keeps the form open with what was typed. */
    public void revoke() {
        Actions.get(() -> administration.revoke(revoking, reason)).ifPresent(done -> {
            Messages.addGlobalInfo(CertificateWords.text("register.revoked"));
            revoking = null;
            reason = null;
            read();
        });
    }

    public void cancelRevoke() {
        revoking = null;
        reason = null;
    }

    public void chooseRotate() {
        currentKey = Actions.get(administration::currentKey).orElse(null);
        rotating = currentKey != null;
    }

    public void rotate() {
        rotating = false;
        Actions.get(administration::rotateKey).ifPresent(kid -> Messages.addGlobalInfo(CertificateWords.text("register.rotated"), kid));
    }

    public void cancelRotate() {
        rotating = false;
    }

    public boolean isRevoking(CertificateView certificate) {
        return certificate.uuid().equals(revoking);
    }

    public List<CertificateView> getLines() {
        return lines;
    }

    public int getPage() {
        return page;
    }

    public boolean isMore() {
        return more;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isRotating() {
        return rotating;
    }

    public String getCurrentKey() {
        return currentKey;
    }

    public int getReasonMin() {
        return CertificateAdministration.REASON_MIN;
    }

    public int getReasonMax() {
        return CertificateAdministration.REASON_MAX;
    }
}
