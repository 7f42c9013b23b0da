package be.epn.campus.certification.service;

/**
 * What a verification found.
 *
 * @param state       the answer a verifier reads first
 * @param reason      why it is not authentic (a message key suffix: {@code unknownCode}, {@code malformed},
 *                    {@code badSignature}, ...), null otherwise
 * @param certificate what was certified, when the certificate is ours (even revoked or expired: the verifier
 *                    sees what it was); null when not authentic
 */
public record Verdict(State state, String reason, CertificateView certificate) {

    public enum State { VALID, REVOKED, EXPIRED, NOT_AUTHENTIC }

    public static Verdict notAuthentic(String reason) {
        return new Verdict(State.NOT_AUTHENTIC, reason, null);
    }
}
