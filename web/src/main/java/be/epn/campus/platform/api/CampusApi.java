package be.epn.campus.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, at {@code /api}. Resources and providers are discovered by their annotations. The CASE
 * service lives under it too ({@code /api/ims/case/v1p1/...}): CASE lets a provider choose its base URL,
 * and one application keeps one set of error mappers.
 */
@ApplicationPath("api")
public class CampusApi extends Application {

    /** What every JSON response declares, so that no client guesses the encoding. */
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // An error with a body must keep it: sendError would swap it for the server's HTML page,
                // which names the server and its version.
                "jersey.config.server.response.setStatusOverSendError", true,
                // The generated WADL describes the implementation, not our API.
                "jersey.config.server.wadl.disableWadl", true);
    }
}
