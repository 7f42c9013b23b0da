package be.epn.campus.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiErrorTest {

    @Test
    void derivesAShortCodeFromTheStatus() {
        assertEquals(new ApiError(404, "not_found", "No framework with id 'x'"), ApiError.of(404, "No framework with id 'x'"));
        assertEquals("bad_request", ApiError.codeFor(400));
        assertEquals("method_not_allowed", ApiError.codeFor(405));
        assertEquals("payload_too_large", ApiError.codeFor(413), "as the module upload already answers");
        assertEquals("internal_error", ApiError.codeFor(500));
        assertEquals("client_error", ApiError.codeFor(418));
        assertEquals("server_error", ApiError.codeFor(502));
    }

    @Test
    void writesAGenericSentenceForErrorsRaisedOutsideOurCode() {
        assertEquals("Not found.", ApiError.sentenceFor(404));
        assertEquals("Unsupported media type.", ApiError.sentenceFor(415));
    }

    @Test
    void anApiExceptionCarriesItsErrorButNoStackTraceOrCause() {
        ApiException exception = ApiException.badRequest("lang must be one of fr, nl, en");

        assertEquals(400, exception.error().status());
        assertEquals("lang must be one of fr, nl, en", exception.getMessage());
        assertEquals(0, exception.getStackTrace().length);
        assertNull(exception.getCause());
    }

    @Test
    void theIncidentBodyQuotesTheIncidentAndNothingElse() {
        ApiError error = UnexpectedErrorMapper.describe("0f1e2d3c");

        assertEquals(500, error.status());
        assertEquals("internal_error", error.error());
        assertTrue(error.message().contains("0f1e2d3c"));
        assertFalse(error.message().contains("Exception"));
    }
}
