package be.epn.campus.curriculum.source;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A fake upload of {@code totalBytes} that exists only as it is read: STORED zip entries of
 * {@code entryBytes} zeros each, one local header after another. Nothing is held in memory, so a "2 GB
 * upload" costs nothing until someone reads it; {@link #served()} says how much was.
 */
final class LazyZipUpload extends InputStream {

    private final long totalBytes;
    private final long entryBytes;
    private final long crc;
    private long served;
    private byte[] header = new byte[0];
    private int headerLeft;
    private long dataLeft;
    private int entries;

    LazyZipUpload(long totalBytes, long entryBytes) {
        this.totalBytes = totalBytes;
        this.entryBytes = entryBytes;
        this.crc = crcOfZeros(entryBytes);
    }

    long served() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (served >= totalBytes) {
            return -1;
        }
        if (headerLeft == 0 && dataLeft == 0) {
            header = header("big-upload/part-" + entries++ + ".bin");
            headerLeft = header.length;
            dataLeft = entryBytes;
        }
        int n;
        if (headerLeft > 0) {
            n = Math.min(length, headerLeft);
            System.arraycopy(header, header.length - headerLeft, buffer, offset, n);
            headerLeft -= n;
        } else {
            n = (int) Math.min(length, dataLeft);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            dataLeft -= n;
        }
        n = (int) Math.min(n, totalBytes - served);
        served += n;
        return n;
    }

    private byte[] header(String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(30 + nameBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0) // STORED
                .putShort((short) 0).putShort((short) 0x21) // time, date
                .putInt((int) crc).putInt((int) entryBytes).putInt((int) entryBytes)
                .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
        return b.array();
    }

    private static long crcOfZeros(long bytes) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 20];
        for (long left = bytes; left > 0; left -= zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, left));
        }
        return crc.getValue();
    }
}
