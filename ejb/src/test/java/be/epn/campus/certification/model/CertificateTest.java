package be.epn.campus.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Test
    void competenceLevelsKeepTheirFrameworkOrderThroughTheColumn() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("1.2", 3);
        levels.put("1.1", 2);
        levels.put("1.10", 4);
        Certificate certificate = certificate(levels, null);
        assertEquals("1.2=3;1.1=2;1.10=4", Certificate.encode(levels));
        assertEquals(List.of("1.2", "1.1", "1.10"), List.copyOf(certificate.competenceLevels().keySet()));
        assertEquals(levels, certificate.competenceLevels());
    }

    @Test
    void revokingKeepsTheFirstReasonAndFreesTheUniqueKey() {
        Certificate certificate = certificate(Map.of("1.1", 2), null);
        assertFalse(certificate.isRevoked());
        assertTrue(certificate.revoke(null, "issued by mistake", ISSUED.plusDays(1)));
        assertFalse(certificate.revoke(null, "second reason", ISSUED.plusDays(2)));
        assertTrue(certificate.isRevoked());
        assertEquals("issued by mistake", certificate.getRevocationReason());
        assertEquals(ISSUED.plusDays(1), certificate.getRevokedAt());
    }

    @Test
    void expiresExactlyAtItsEndAndNeverWithoutOne() {
        Certificate lasting = certificate(Map.of("1.1", 2), null);
        assertFalse(lasting.isExpired(ISSUED.plusYears(80)));
        Certificate limited = certificate(Map.of("1.1", 2), ISSUED.plusYears(3));
        assertFalse(limited.isExpired(ISSUED.plusYears(3).minusNanos(1000)));
        assertTrue(limited.isExpired(ISSUED.plusYears(3)));
    }

    @Test
    void aNewStatusListHasTheSpecificationsMinimumAndOpensAnotherWhenHalfFull() {
        StatusList list = new StatusList(ISSUED);
        assertEquals(131_072, list.getBitCount());
        for (int i = 0; i < 65_535; i++) {
            list.assignOne(ISSUED);
        }
        assertTrue(list.hasRoom());
        list.assignOne(ISSUED);
        assertFalse(list.hasRoom());
        list.set(4711, ISSUED.plusHours(1));
        assertTrue(list.bitstring().get(4711));
        assertFalse(list.bitstring().get(4710));
        assertEquals(ISSUED.plusHours(1), list.getUpdatedAt());
    }

    private static Certificate certificate(Map<String, Integer> levels, LocalDateTime until) {
        Certificate.Issue issue = new Certificate.Issue(UUID.randomUUID(), null, "digcomp-2.2-area-1-level-2", null, 2,
                levels, Language.FR, "00112233445566778899aabbccddeeff", "ab".repeat(32), null, null, ISSUED, until);
        return new Certificate(issue, new StatusList(ISSUED), 17, "kid", "a.b.c");
    }
}
