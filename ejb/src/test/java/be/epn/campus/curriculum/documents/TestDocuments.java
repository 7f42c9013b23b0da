package be.epn.campus.curriculum.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Test files made in code, hostile ones included: nothing big or dangerous is kept in git. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** A real PDF: one page per text, a title and a language in its catalog. */
    static byte[] pdf(String title, String language, List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentCatalog().setLanguage(language);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            return save(document, null);
        }
    }

    /** A PDF bomb: one page whose (compressed) content stream shows {@code characters} times the letter a. */
    static byte[] pdfBomb(int characters) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            String line = "a".repeat(10_000);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                content.newLineAtOffset(10, 700);
                for (int i = 0; i < characters / line.length(); i++) {
                    content.showText(line);
                    content.newLineAtOffset(0, -0.001f);
                }
                content.endText();
            }
            return save(document, null);
        }
    }

    /** The same PDF behind a user password (AES-256): nobody reads it without the password. */
    static byte[] encryptedPdf(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            return save(document, policy);
        }
    }

    private static byte[] save(PDDocument document, StandardProtectionPolicy policy) throws IOException {
        if (policy != null) {
            document.protect(policy);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
              <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>
            """;

    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
              <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>
            """;

    private static final String CORE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:language>%s</dc:language></cp:coreProperties>
            """;

    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    private static final String DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

    /** A small real DOCX, written by hand: the parts Word needs and nothing else. */
    static byte[] docx(String title, String language, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", RELATIONSHIPS);
            put(zip, "docProps/core.xml", CORE.formatted(title, language));
            put(zip, "word/document.xml", DOCUMENT_START + text + DOCUMENT_END);
        }
        return bytes.toByteArray();
    }

    /** A small real OpenDocument file (text or presentation), written by hand: mimetype first and stored. */
    static byte[] odf(String mimetype, String title, String language, String text) throws IOException {
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String body = mimetype.endsWith(".text")
                ? "<office:text><text:p>" + text + "</text:p></office:text>"
                : "<office:presentation><draw:page draw:name=\"1\"><draw:frame><draw:text-box><text:p>" + text
                        + "</text:p></draw:text-box></draw:frame></draw:page></office:presentation>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                    + "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            put(zip, "meta.xml", "<office:document-meta xmlns:office=\"" + office + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    + "office:version=\"1.2\"><office:meta><dc:title>" + title + "</dc:title><dc:language>" + language
                    + "</dc:language></office:meta></office:document-meta>");
            put(zip, "content.xml", "<office:document-content xmlns:office=\"" + office + "\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" office:version=\"1.2\">"
                    + "<office:body>" + body + "</office:body></office:document-content>");
        }
        return bytes.toByteArray();
    }

    /** A small DOCX declared as a Word document with macros: what a .docm renamed .docx looks like. */
    static byte[] docm(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.replace(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.ms-word.document.macroEnabled.main+xml"));
            put(zip, "_rels/.rels", RELATIONSHIPS);
            put(zip, "docProps/core.xml", CORE.formatted("Macros", "en"));
            put(zip, "word/document.xml", DOCUMENT_START + text + DOCUMENT_END);
        }
        return bytes.toByteArray();
    }

    /**
     * A DOCX bomb: a valid-looking DOCX whose word/document.xml is {@code megabytes} MB of one repeated word,
     * streamed through the compressor (never held whole): a few tens of kilobytes on the wire.
     */
    static byte[] docxBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", RELATIONSHIPS);
            put(zip, "docProps/core.xml", CORE.formatted("Bomb", "en"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "boom ".repeat(1024 * 1024 / 5 + 1).substring(0, 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** An OOXML file encrypted with a password the way Office does it (agile encryption in an OLE2 box). */
    static byte[] passwordProtected(byte[] ooxml) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(ooxml);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
