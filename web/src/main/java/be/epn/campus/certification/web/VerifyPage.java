package be.epn.campus.certification.web;

import be.epn.campus.certification.service.CertificateVerification;
import be.epn.campus.certification.service.Verdict;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The public verification page ({@code /verify.xhtml}): anyone, signed in or not, types the code printed on a
 * certificate, opens the address of its QR code ({@code ?code=...}, verified at once), or gives the credential
 * file. The answer comes from the register and the signature ({@link CertificateVerification}), never from what
 * the PDF says. Each verification counts against the visitor's address ({@link VerificationThrottle}).
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Our credentials are a few kilobytes; anything much bigger is not one, and is not read. */
    static final int MAX_CREDENTIAL_BYTES = 64 * 1024;

    @EJB
    transient CertificateVerification verification;

    @Inject
    VerificationThrottle throttle;

    private String code;
    private transient Part credential;
    private Verdict verdict;
    private boolean byCode;

    /** The QR code opens the page with {@code ?code=}: verified at once, no button to find. */
    public void load() {
        String given = Faces.getRequestParameter("code");
        if (given != null && !given.isBlank()) {
            code = given.strip();
            verifyCode();
        }
    }

    public void verifyCode() {
        if (code == null || code.isBlank()) {
            verdict = null;
            Messages.addGlobalError(CertificateWords.text("verify.code.empty"));
            return;
        }
        verify(true, () -> verification.byCode(code));
    }

    public void verifyCredential() {
        if (credential == null || credential.getSize() == 0) {
            verdict = null;
            Messages.addGlobalError(CertificateWords.text("verify.file.empty"));
            return;
        }
        if (credential.getSize() > MAX_CREDENTIAL_BYTES) {
            verdict = null;
            Messages.addGlobalError(CertificateWords.text("verify.file.tooBig"), MAX_CREDENTIAL_BYTES / 1024);
            return;
        }
        String text;
        try (InputStream in = credential.getInputStream()) {
            text = new String(in.readNBytes(MAX_CREDENTIAL_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            verdict = null;
            Messages.addGlobalError(CertificateWords.text("verify.file.unreadable"));
            return;
        }
        verify(false, () -> verification.byCredential(text));
    }

    private void verify(boolean withCode, Supplier<Verdict> call) {
        // The client's own address, not X-Forwarded-For: a header anyone can set would lift the limit.
        if (!throttle.tryAcquire(Faces.getRequest().getRemoteAddr())) {
            verdict = null;
            Messages.addGlobalError(CertificateWords.text("verify.throttled"));
            return;
        }
        byCode = withCode;
        verdict = call.get();
    }

    /** The plain reason a certificate is not authentic. */
    public String getReason() {
        return verdict == null || verdict.reason() == null ? "" : CertificateWords.text("reason." + verdict.reason());
    }

    /** The holder's name is shown when the code was given (it is printed next to it), not for a bare file. */
    public boolean isHolderShown() {
        return byCode && verdict != null && verdict.certificate() != null;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Part getCredential() {
        return credential;
    }

    public void setCredential(Part credential) {
        this.credential = credential;
    }

    public int getMaxKilobytes() {
        return MAX_CREDENTIAL_BYTES / 1024;
    }
}
