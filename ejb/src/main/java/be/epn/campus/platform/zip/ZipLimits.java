package be.epn.campus.platform.zip;

/**
 * How much a zip may cost us to read. Every figure is counted on the bytes really read and inflated, never
 * taken from the sizes that the zip declares about itself (an attacker writes those).
 *
 * @param maxCompressedBytes   bytes read from the zip itself, headers included
 * @param maxUncompressedBytes bytes inflated, all entries together (skipped entries count too: inflating
 *                             them costs the same)
 * @param maxEntryBytes        bytes inflated from one entry
 * @param maxEntries           entries, directories included
 * @param maxRatio             inflated bytes per compressed byte of one entry...
 * @param ratioFromBytes       ...checked once the entry has inflated this much (small files compress well)
 */
public record ZipLimits(long maxCompressedBytes, long maxUncompressedBytes, long maxEntryBytes, int maxEntries,
                        long maxRatio, long ratioFromBytes) {

    public ZipLimits {
        if (maxCompressedBytes < 1 || maxUncompressedBytes < 1 || maxEntryBytes < 1 || maxEntries < 1 || maxRatio < 1
                || ratioFromBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
