package be.epn.campus.certification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import be.epn.campus.certification.code.VerificationCode;
import org.junit.jupiter.api.Test;

class CodePartTest {

    @Test
    void aScannedAddressAndATypedCodeGiveTheSameCode() {
        VerificationCode code = VerificationCode.generate();
        String scanned = "https://epn-campus.brussels" + Issuing.VERIFY_PATH + code.formatted();
        assertEquals(code, VerificationCode.parse(CertificateVerification.codePart(scanned)).orElseThrow());
        assertEquals(code, VerificationCode.parse(CertificateVerification.codePart("  " + code.formatted().toLowerCase() + " ")).orElseThrow());
        assertNull(CertificateVerification.codePart(null));
    }

    @Test
    void theKeyIdComesFromTheTokensOwnHeader() {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"ES256\",\"kid\":\"k-42\",\"typ\":\"vc+jwt\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("k-42", Issuing.keyId(header + ".e30.c2ln"));
    }
}
