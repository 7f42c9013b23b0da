package be.epn.campus.framework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.platform.api.ApiError;
import be.epn.campus.platform.api.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FrameworkLookupTest {

    private final Framework tiny = TinyFramework.load();
    private final List<String> asked = new ArrayList<>();
    private final FrameworkLookup lookup = new FrameworkLookup();

    {
        lookup.catalog = new FrameworkCatalog() {
            @Override
            public List<Framework> frameworks() {
                return List.of(tiny);
            }

            @Override
            public Optional<Framework> framework(String key) {
                asked.add(key);
                return Optional.of(tiny).filter(f -> f.getKey().equals(key));
            }

            @Override
            public Optional<Framework> framework(UUID uuid) {
                asked.add(uuid.toString());
                return Optional.of(tiny).filter(f -> f.getUuid().equals(uuid));
            }

            @Override
            public long frameworkCount() {
                return 1;
            }

            @Override
            public List<FrameworkMapping> mappingsInvolving(String key) {
                return List.of();
            }
        };
    }

    private ApiError refusal(Runnable call) {
        return assertThrows(ApiException.class, call::run).error();
    }

    @Test
    void findsAFrameworkByItsId() {
        assertSame(tiny, lookup.byKey("tiny-1.0"));
    }

    @Test
    void answersNotFoundNamingTheUnknownId() {
        assertEquals(new ApiError(404, "not_found", "No framework with id 'digcomp-9.9'"), refusal(() -> lookup.byKey("digcomp-9.9")));
    }

    @Test
    void answersNotFoundForAnythingThatIsNotAnIdWithoutAskingTheCatalog() {
        String tooLong = "a".repeat(65);
        for (String id : new String[] {"Tiny-1.0", "tiny 1.0", "tiny_1.0", "tiny/1.0", "", tooLong, "%2e%2e", "tiny-1.0'--", null}) {
            ApiError error = refusal(() -> lookup.byKey(id));
            assertEquals(404, error.status(), "id " + id);
            assertEquals("No framework with that id", error.message(), "a malformed id is not echoed back");
        }
        assertTrue(asked.isEmpty(), "the catalog was asked " + asked);
        assertTrue(FrameworkLookup.isKey("a".repeat(64)));
    }

    @Test
    void findsTheFrameworkOfACaseDocumentIdentifierInCanonicalFormOnly() {
        assertSame(tiny, lookup.byCaseId(tiny.getUuid().toString()));
        assertEquals(404, refusal(() -> lookup.byCaseId(UUID.randomUUID().toString())).status());
        for (String id : new String[] {"1-2-3-4-5", "not-a-uuid", tiny.getUuid() + "0", "", null}) {
            assertEquals(404, refusal(() -> lookup.byCaseId(id)).status(), "identifier " + id);
        }
        assertEquals(2, asked.size(), "only the two well-formed identifiers reach the catalog: " + asked);
    }
}
