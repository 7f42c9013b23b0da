package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rights of access and erasure, checked against what the database itself holds. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @ArquillianResource
    URL base;

    @Test
    void theExportHoldsEveryTableAboutThePersonAndErasureLeavesNoNameButTheCounts() throws Exception {
        URI root = base.toURI();
        Seed seed = new Seed(root);
        String u = Seed.unique();
        UUID epnA = seed.epn("EPN Privé " + u);
        UUID epnB = seed.epn("EPN Public " + u);
        String family = "Quxwell" + u;
        UUID learner = seed.person("zora" + u, "Zorabelle", family, 1977, "7391", "LEARNER", null, epnA);
        UUID other = seed.person("yves" + u, "Yves", "Other" + u, 1960, "73915", "LEARNER", null, epnB);
        seed.person("coord" + u, "Coline", "Coord", null, "coordination-secret", "COORDINATOR", null, null);
        Http coordinator = Http.signedIn(root, "coord" + u, "coordination-secret");
        assertEquals(200, coordinator.get("api/people/" + learner).statusCode(), "an access, written to the audit log");

        HttpResponse<String> export = coordinator.get("api/people/" + learner + "/export");
        assertEquals(200, export.statusCode());
        JsonObject data = Http.json(export).asJsonObject();
        List<String> tables = seed.tablesReferringToPeople();
        assertTrue(tables.size() >= 8, "tables that refer to people: " + tables);
        for (String table : tables) {
            assertTrue(data.containsKey(table), "the export lacks the table " + table + " (" + data.keySet() + ")");
        }
        assertEquals(family, data.getJsonObject("person").getString("familyName"));
        assertTrue(data.getJsonArray("audit_event").size() >= 1);

        String memberships = "SELECT COUNT(m) FROM Membership m WHERE m.epn.name = 'EPN Privé " + u + "'";
        long before = seed.count(memberships);
        assertTrue(seed.whereTextIs(family).contains("person.family_name"));

        assertEquals(204, coordinator.delete("api/people/" + learner).statusCode());

        for (String trace : new String[] {family, "Zorabelle", "zora" + u}) {
            assertEquals(List.of(), seed.whereTextIs(trace), "no table holds " + trace + " after erasure");
        }
        assertEquals(before, seed.count(memberships), "the EPN still counts the (now anonymous) learner");
        assertTrue(seed.whereTextIs("Other" + u).contains("person.family_name"), "other people are untouched");
        assertEquals(200, coordinator.get("api/people/" + other).statusCode());
    }
}
