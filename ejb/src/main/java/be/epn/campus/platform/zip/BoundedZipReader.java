package be.epn.campus.platform.zip;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip as a stream, entry after entry, within {@link ZipLimits}. Streamed on purpose: the central
 * directory (and the sizes it declares) is never consulted, nothing is written to disk, and reading stops
 * the moment a limit is passed, so a bomb is refused after inflating about one limit's worth of bytes.
 */
public final class BoundedZipReader implements Closeable {

    private static final int CHUNK = 64 * 1024;

    private final ZipLimits limits;
    private final CappedInputStream counted;
    private final ZipInputStream zip;
    private ZipEntry entry;
    private int entries;
    private long inflatedTotal;
    private long entryStartCompressed;

    public BoundedZipReader(InputStream in, ZipLimits limits) {
        this.limits = limits;
        this.counted = new CappedInputStream(in, limits.maxCompressedBytes());
        this.zip = new ZipInputStream(counted);
    }

    /** The next entry, or null at the end. Its name is as written in the zip: check it before use. */
    public ZipEntry next() throws IOException {
        entry = zip.getNextEntry();
        if (entry != null && ++entries > limits.maxEntries()) {
            throw new ZipLimitException(ZipLimitException.Limit.ENTRIES, "more than " + limits.maxEntries() + " entries");
        }
        entryStartCompressed = counted.count();
        return entry;
    }

    /** The current entry's bytes, inflated within the limits. */
    public byte[] read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(out);
        return out.toByteArray();
    }

    /** Inflates the current entry and throws it away: skipped entries cost the same and are bounded alike. */
    public void skip() throws IOException {
        copy(OutputStream.nullOutputStream());
    }

    /** Bytes taken from the underlying stream so far. */
    public long compressedBytesRead() {
        return counted.count();
    }

    public long uncompressedBytesRead() {
        return inflatedTotal;
    }

    private void copy(OutputStream out) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long inflated = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            inflated += n;
            inflatedTotal += n;
            if (inflated > limits.maxEntryBytes()) {
                throw new ZipLimitException(ZipLimitException.Limit.ENTRY_SIZE,
                        "entry larger than " + limits.maxEntryBytes() + " bytes");
            }
            if (inflatedTotal > limits.maxUncompressedBytes()) {
                throw new ZipLimitException(ZipLimitException.Limit.UNCOMPRESSED_TOTAL,
                        "more than " + limits.maxUncompressedBytes() + " bytes once uncompressed");
            }
            // compressed bytes of this entry so far: what was taken from the stream since its header (the
            // header and a little read-ahead included, which only makes the ratio look smaller)
            long compressed = Math.max(1, counted.count() - entryStartCompressed);
            if (inflated > limits.ratioFromBytes() && inflated / compressed > limits.maxRatio()) {
                throw new ZipLimitException(ZipLimitException.Limit.RATIO,
                        "entry compressed more than " + limits.maxRatio() + " to 1");
            }
            out.write(buffer, 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
