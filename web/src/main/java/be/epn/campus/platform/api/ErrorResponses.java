package be.epn.campus.platform.api;

import jakarta.ws.rs.core.Response;

/** Error responses: an {@link ApiError} as UTF-8 JSON, never cached. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ApiError error) {
        return of(Response.status(error.status()), error);
    }

    /** Completes a builder that may already carry headers the client needs (Allow, WWW-Authenticate...). */
    public static Response of(Response.ResponseBuilder builder, ApiError error) {
        return builder.status(error.status())
                .entity(error)
                .type(CampusApi.JSON_UTF8)
                .header("Cache-Control", "no-store")
                .build();
    }
}
