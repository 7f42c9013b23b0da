package be.epn.campus.certification.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A bitstring of revocation bits (W3C Bitstring Status List v1.0). Index 0 is the leftmost bit, the most
 * significant bit of the first byte, as the specification says. Not thread-safe: the server changes a list
 * under a lock or in a transaction.
 */
public final class BitstringStatusList {

    /**
     * The specification's minimum (16 KB): with fewer bits, fetching the list would tell the issuer which
     * credential a verifier looks at, since the list would hold few credentials.
     */
    public static final int MIN_BITS = 131_072;
    /** Multibase prefix of base64url without padding, which {@code encodedList} carries. */
    private static final char MULTIBASE_BASE64URL = 'u';
    /** Bounds the decompressed size of a list read from outside (a GZIP bomb would be refused). */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    /** A list of {@link #MIN_BITS} bits, all clear. */
    public BitstringStatusList() {
        this(MIN_BITS);
    }

    /** A list of {@code size} bits, all clear; at least {@link #MIN_BITS} and a whole number of bytes. */
    public BitstringStatusList(int size) {
        if (size < MIN_BITS || size % 8 != 0) {
            throw new IllegalArgumentException("a status list has at least " + MIN_BITS + " bits, whole bytes");
        }
        this.bits = new byte[size / 8];
    }

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** The number of bits, i.e. of credentials this list can hold. */
    public int size() {
        return bits.length * 8;
    }

    /** Whether the bit at {@code index} is set (for revocation: the credential is revoked). */
    public boolean get(int index) {
        check(index);
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** Sets or clears the bit at {@code index}. */
    public void set(int index, boolean value) {
        check(index);
        if (value) {
            bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        } else {
            bits[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        }
    }

    /** The {@code encodedList}: multibase ('u') base64url without padding of the GZIP of the bitstring. */
    public String encodedList() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads an {@code encodedList} back; the multibase prefix is optional (drafts of the spec omitted it). */
    public static BitstringStatusList decode(String encodedList) {
        String text = encodedList.startsWith(String.valueOf(MULTIBASE_BASE64URL))
                ? encodedList.substring(1) : encodedList;
        byte[] compressed = Base64.getUrlDecoder().decode(text);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES || bits.length * 8 < MIN_BITS) {
                throw new IllegalArgumentException("status list of " + bits.length + " bytes refused");
            }
            return new BitstringStatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP bitstring", e);
        }
    }

    /** A copy of the raw bitstring, for storage. */
    public byte[] toBytes() {
        return Arrays.copyOf(bits, bits.length);
    }

    /** A list from stored raw bytes (see {@link #toBytes()}). */
    public static BitstringStatusList fromBytes(byte[] stored) {
        if (stored.length * 8 < MIN_BITS) {
            throw new IllegalArgumentException("status list too short");
        }
        return new BitstringStatusList(Arrays.copyOf(stored, stored.length));
    }

    private void check(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("status index " + index + " outside 0.." + (size() - 1));
        }
    }
}
