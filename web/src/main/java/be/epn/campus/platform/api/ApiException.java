package be.epn.campus.platform.api;

/**
 * An error our own code raises on purpose, with a message meant for the client. Plain Java (no JAX-RS
 * runtime needed to create one), and without a stack trace: it is an answer, not a fault.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    public ApiException(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ApiError.of(404, message));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ApiError.of(400, message));
    }

    public ApiError error() {
        return error;
    }
}
