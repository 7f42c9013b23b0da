package be.epn.campus.platform.zip;

import java.io.IOException;

/** A zip that went past one of its {@link ZipLimits}; reading stopped there. */
public class ZipLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Which limit was passed: callers word their own message from it. */
    public enum Limit { COMPRESSED_TOTAL, UNCOMPRESSED_TOTAL, ENTRY_SIZE, ENTRIES, RATIO }

    private final Limit limit;

    public ZipLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
