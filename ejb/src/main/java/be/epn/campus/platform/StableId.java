package be.epn.campus.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same UUID, on every
 * machine and every load. Exported identifiers (CASE items, later credentials) must not change when a
 * database is rebuilt from the same curriculum files.
 */
public final class StableId {

    /** The namespace of every EPN Campus name-based identifier. Never change it. */
    public static final UUID CAMPUS_NAMESPACE = UUID.fromString("3f0b8f1e-5a6c-4d1e-9b7a-2c8e4f6a1d90");

    private StableId() {
    }

    public static UUID of(String name) {
        return nameBased(CAMPUS_NAMESPACE, name);
    }

    public static UUID nameBased(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (8 * (7 - i)));
            bytes[i + 8] = (byte) (lsb >>> (8 * (7 - i)));
        }
        return bytes;
    }
}
