package be.epn.campus.platform.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from an upload and refuses to read past a cap: a 2 GB upload costs us the cap, not
 * 2 GB. At most cap + 1 bytes are ever taken from the stream below (the one extra byte tells a stream of
 * exactly the cap from a longer one).
 */
final class CappedInputStream extends FilterInputStream {

    private final long cap;
    private long count;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        if (count >= cap) {
            return probeBeyondCap();
        }
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (count >= cap) {
            return probeBeyondCap(); // -1 at the end of the stream; otherwise it throws
        }
        int n = in.read(buffer, offset, (int) Math.min(length, cap - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read(), so that skipped bytes are counted and capped too
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private int probeBeyondCap() throws IOException {
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        count++;
        throw new ZipLimitException(ZipLimitException.Limit.COMPRESSED_TOTAL, "more than " + cap + " bytes");
    }
}
