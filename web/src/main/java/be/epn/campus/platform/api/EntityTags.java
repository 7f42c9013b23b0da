package be.epn.campus.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Entity tag values: a digest of whatever the representation is made from. */
public final class EntityTags {

    /** Changes whenever the shape of the API's JSON changes, so that caches drop old representations. */
    static final String REPRESENTATION_VERSION = "api-1";

    private EntityTags() {
    }

    /**
     * The same parts in the same order always give the same tag; a change in any part changes it. Parts
     * are length-prefixed, so ("ab", "c") and ("a", "bc") differ.
     */
    public static String of(List<String> parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(REPRESENTATION_VERSION.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
