package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, item 3: the issuer profile and the public keys are published at stable addresses, to anybody, without
 * ever a private part; the key is made once and stays the same from one request to the next.
 */
@ExtendWith(ArquillianExtension.class)
class IssuerKeysIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.ear();
    }

    @Test
    void theIssuerAndItsPublicKeysArePublicAndStable() throws Exception {
        Http visitor = new Http(base.toURI());
        HttpResponse<String> keys = visitor.get("api/certification/keys");
        assertEquals(200, keys.statusCode());
        JsonArray set = Http.json(keys).asJsonObject().getJsonArray("keys");
        // One key on a fresh database; more once a test (CertificationIT, AuthorizationIT) rotated it: every key stays.
        assertFalse(set.isEmpty(), keys.body());
        for (JsonObject key : set.getValuesAs(JsonObject.class)) {
            assertEquals("EC", key.getString("kty"));
            assertEquals("P-256", key.getString("crv"));
            assertFalse(key.getString("kid").isBlank());
            assertFalse(key.containsKey("d"), "never the private part");
        }
        assertEquals(keys.body(), visitor.get("api/certification/keys").body(), "the same key at the next request");

        HttpResponse<String> issuer = visitor.get("api/certification/issuer");
        assertEquals(200, issuer.statusCode());
        JsonObject profile = Http.json(issuer).asJsonObject();
        assertTrue(profile.getString("id").endsWith("/api/certification/issuer"), issuer.body());
        assertEquals("Profile", profile.getJsonArray("type").getString(0));
    }
}
