package be.epn.campus.curriculum.documents;

import be.epn.campus.curriculum.documents.DocumentRefusedException.Reason;
import be.epn.campus.platform.zip.BoundedZipReader;
import be.epn.campus.platform.zip.ZipLimitException;
import be.epn.campus.platform.zip.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * DOCX, PPTX, ODT and ODP files are zips. Before any parser opens one, every entry is inflated once as a
 * stream and thrown away, counting: a "DOCX bomb" (megabytes of XML squeezed into a few kilobytes) is
 * refused after about one megabyte of inflation, whatever the parser would have done with it. The
 * parser's own guards (Tika's SecureContentHandler, POI's inflate ratio) stay as a second line.
 */
final class ContainerCheck {

    private static final long MB = 1024L * 1024L;
    private static final int MAX_ENTRIES = 10_000;

    private ContainerCheck() {
    }

    /** True when the bytes start like a zip (a local file header). */
    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static void check(byte[] content, DocumentInspector.Limits limits) throws DocumentRefusedException {
        ZipLimits zipLimits = new ZipLimits(content.length + 1L, limits.maxUnpackedBytes(), limits.maxUnpackedBytes(),
                MAX_ENTRIES, limits.maxCompressionRatio(), MB);
        try (BoundedZipReader zip = new BoundedZipReader(new ByteArrayInputStream(content), zipLimits)) {
            while (zip.next() != null) {
                zip.skip();
            }
        } catch (ZipLimitException e) {
            throw new DocumentRefusedException(Reason.BOMB, switch (e.limit()) {
                case RATIO -> "this file is compressed far more than real documents are (more than "
                        + limits.maxCompressionRatio() + " to 1): refused as a zip bomb";
                case ENTRIES -> "this file holds more than " + MAX_ENTRIES + " parts: refused as a zip bomb";
                default -> "this file unpacks to more than " + limits.maxUnpackedBytes() / MB + " MB: refused as a zip bomb";
            }, e);
        } catch (IOException | IllegalArgumentException e) {
            // left to the type check and the parser, which say what is wrong in terms of the expected kind
        }
    }
}
