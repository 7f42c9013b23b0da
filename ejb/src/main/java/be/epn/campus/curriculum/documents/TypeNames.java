package be.epn.campus.curriculum.documents;

import java.util.Arrays;
import java.util.Map;

/** Plain words for a detected media type, so that an author understands what the file really is. */
final class TypeNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("text/html", "an HTML page"),
            Map.entry("application/xhtml+xml", "an HTML page"),
            Map.entry("text/plain", "a plain text file"),
            Map.entry("application/xml", "an XML file"),
            Map.entry("application/zip", "a zip archive"),
            Map.entry("application/x-rar-compressed", "a RAR archive"),
            Map.entry("application/x-7z-compressed", "a 7-Zip archive"),
            Map.entry("application/gzip", "a gzip archive"),
            Map.entry("application/x-msdownload", "a Windows program"),
            Map.entry("application/x-dosexec", "a Windows program"),
            Map.entry("application/x-executable", "a program"),
            Map.entry("application/x-sh", "a shell script"),
            Map.entry("text/javascript", "a script"),
            Map.entry("application/javascript", "a script"),
            Map.entry("application/msword", "an old Word document (.doc)"),
            Map.entry("application/vnd.ms-powerpoint", "an old PowerPoint presentation (.ppt)"),
            Map.entry("application/vnd.ms-excel", "an old Excel workbook (.xls)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook (.xlsx)"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "a Word document with macros (.docm)"),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", "a PowerPoint presentation with macros (.pptm)"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
            Map.entry("application/rtf", "an RTF document"),
            Map.entry("image/gif", "a GIF picture"),
            Map.entry("image/webp", "a WebP picture"),
            Map.entry("image/bmp", "a BMP picture"),
            Map.entry("image/tiff", "a TIFF picture"),
            Map.entry("application/octet-stream", "a file of unknown type"));

    private TypeNames() {
    }

    /** "an HTML page", or what the kinds we accept call themselves, or "a file of another type". */
    static String describe(String mediaType) {
        String known = NAMES.get(mediaType);
        if (known != null) {
            return known;
        }
        return Arrays.stream(FileKind.values()).filter(k -> k.mediaType().equals(mediaType)).findFirst()
                .map(FileKind::description).orElse("a file of another type");
    }
}
