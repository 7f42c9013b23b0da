package be.epn.campus.platform.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BoundedZipReaderTest {

    static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static ZipLimits compressedCap(long cap) {
        return new ZipLimits(cap, 1 << 20, 1 << 20, 10, 100, 1 << 20);
    }

    @Test
    void aZipOfExactlyTheCapIsRead() throws IOException {
        byte[] zip = zipOf("a.txt", "hello".getBytes());
        try (BoundedZipReader reader = new BoundedZipReader(new ByteArrayInputStream(zip), compressedCap(zip.length))) {
            assertEquals("a.txt", reader.next().getName());
            assertArrayEquals("hello".getBytes(), reader.read());
            assertNull(reader.next());
        }
    }

    @Test
    void readingStopsAtTheCap() throws IOException {
        byte[] noise = new byte[5000];
        new java.util.Random(7).nextBytes(noise); // incompressible: the zip is larger than 5000 bytes
        byte[] zip = zipOf("noise.bin", noise);
        CountingInput in = new CountingInput(zip);

        ZipLimitException e = assertThrows(ZipLimitException.class, () -> {
            try (BoundedZipReader reader = new BoundedZipReader(in, compressedCap(1000))) {
                while (reader.next() != null) {
                    reader.skip();
                }
            }
        });

        assertEquals(ZipLimitException.Limit.COMPRESSED_TOTAL, e.limit());
        assertEquals(1001, in.count, "the cap, and one byte to know there is more");
    }

    static final class CountingInput extends ByteArrayInputStream {
        long count;

        CountingInput(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }
    }

    @Test
    void skippedEntriesCountTowardsTheInflatedTotal() throws IOException {
        byte[] zip = zipOf("zeros.bin", new byte[5000]);
        ZipLimits limits = new ZipLimits(1 << 20, 4096, 1 << 20, 10, 1_000_000, 0);
        try (BoundedZipReader reader = new BoundedZipReader(new ByteArrayInputStream(zip), limits)) {
            reader.next();
            assertEquals(ZipLimitException.Limit.UNCOMPRESSED_TOTAL, assertThrows(ZipLimitException.class, reader::skip).limit());
        }
    }
}
