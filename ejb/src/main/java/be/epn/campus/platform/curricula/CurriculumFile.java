package be.epn.campus.platform.curricula;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of the curricula, read whole: its name relative to the curricula root (for messages and
 * change detection) and its bytes. Curriculum files are small, so holding one in memory is fine.
 */
public record CurriculumFile(String name, byte[] content) {

    public CurriculumFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static CurriculumFile ofText(String name, String text) {
        return new CurriculumFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the content, in hex: what a loader compares to know whether a file changed. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The last path element, e.g. {@code framework.json}. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** The directory holding the file, relative to the curricula root, or "" at the root. */
    public String directoryName() {
        String parent = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
        int slash = parent.lastIndexOf('/');
        return slash < 0 ? parent : parent.substring(slash + 1);
    }
}
