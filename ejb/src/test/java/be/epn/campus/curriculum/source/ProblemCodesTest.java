package be.epn.campus.curriculum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.documents.DocumentRefusedException;
import be.epn.campus.platform.zip.ZipLimitException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The machine codes of refusals: one per zip limit and per document reason, distinct, stable in form. */
class ProblemCodesTest {

    @Test
    void everyZipLimitAndDocumentReasonHasItsOwnCode() {
        Set<String> codes = new HashSet<>();
        for (ZipLimitException.Limit limit : ZipLimitException.Limit.values()) {
            assertTrue(codes.add(ProblemCodes.of(limit)), limit.name());
        }
        for (DocumentRefusedException.Reason reason : DocumentRefusedException.Reason.values()) {
            String code = ProblemCodes.of(reason);
            assertTrue(code.matches("document\\.[a-z]+([A-Z][a-z]+)*"), code);
            assertTrue(codes.add(code), reason.name());
        }
        assertEquals("package.bomb", ProblemCodes.of(ZipLimitException.Limit.RATIO));
        assertEquals("document.typeMismatch", ProblemCodes.of(DocumentRefusedException.Reason.TYPE_MISMATCH));
        assertEquals("document.activeContent", ProblemCodes.of(DocumentRefusedException.Reason.ACTIVE_CONTENT));
    }
}
