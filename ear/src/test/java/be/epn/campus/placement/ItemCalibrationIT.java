package be.epn.campus.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5, item 8: a coordinator recalibrates the placement items from real answers. The check changes nothing
 * and reports an item that strong learners fail and weak ones pass; saving stores new parameters for the items
 * with enough answers, writes the audit log, and the next check starts from them.
 */
@ExtendWith(ArquillianExtension.class)
class ItemCalibrationIT {

    private static final String SECRET = "calibration-2026";
    private static final String PAGE = "admin/placement-items.xhtml";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void aCoordinatorChecksThenSavesNewItemParameters() throws Exception {
        URI root = base.toURI();
        Seed seed = new Seed(root);
        String u = Seed.unique();
        seed.person("coord.cal" + u, "Cali", "Brage" + u, null, SECRET, "COORDINATOR", null, null);
        UUID epn = seed.epn("EPN Calibrage " + u);
        seed.person("anim.cal" + u, "Ani", "Mateur" + u, null, SECRET, "ANIMATEUR", epn, null);
        List<String> items = seed.finishedPlacements(60, 7);
        String reversed = items.get(7);
        long before = seed.count("SELECT COUNT(c) FROM CalibratedItem c");

        Http coordinator = Http.signedIn(root, "coord.cal" + u, SECRET);
        HttpResponse<String> review = coordinator.submit(PAGE, "calibration", Map.of("calibration:review", "review"));
        assertEquals(200, review.statusCode());
        assertTrue(row(review.body(), reversed).contains("NEGATIVE_OR_LOW_DISCRIMINATION"),
                "the reversed item is reported: " + row(review.body(), reversed));
        assertFalse(row(review.body(), items.get(0)).contains("NEGATIVE_OR_LOW_DISCRIMINATION"),
                "an item answered by the model is not: " + row(review.body(), items.get(0)));
        assertEquals(before, seed.count("SELECT COUNT(c) FROM CalibratedItem c"), "a check saves nothing");

        HttpResponse<String> saved = coordinator.submit(PAGE, "calibration", Map.of("calibration:apply", "apply"));
        assertEquals(200, saved.statusCode());
        for (String item : items) {
            assertEquals(1, seed.count("SELECT COUNT(c) FROM CalibratedItem c WHERE c.itemKey = '" + item
                    + "' AND c.answers >= 60"), item + " has 60 answers and gets new parameters");
        }
        List<String> reversedRow = seed.rows("SELECT c.discrimination, c.previousDiscrimination, c.difficulty, "
                + "c.previousDifficulty FROM CalibratedItem c WHERE c.itemKey = '" + reversed + "'");
        String[] values = reversedRow.get(0).split(" \\| ");
        assertEquals(Double.parseDouble(values[1]), Double.parseDouble(values[0]), 1e-9,
                "with fewer than 200 answers the discrimination is kept: " + reversedRow);
        assertTrue(Math.abs(Double.parseDouble(values[2]) - Double.parseDouble(values[3])) > 1e-6,
                "the difficulty is re-estimated: " + reversedRow);
        assertTrue(seed.count("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = be.epn.campus.platform.audit.AuditAction.CALIBRATE_ITEMS") >= 1,
                "the audit log says who calibrated");

        assertEquals(403, Http.signedIn(root, "anim.cal" + u, SECRET).get(PAGE).statusCode(), "coordinators only");
    }

    private static String row(String page, String item) {
        Matcher row = Pattern.compile("<tr data-item=\"" + Pattern.quote(item) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        return row.find() ? row.group(1) : "";
    }
}
