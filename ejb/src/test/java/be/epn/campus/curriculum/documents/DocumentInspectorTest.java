package be.epn.campus.curriculum.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.documents.DocumentRefusedException.Reason;
import be.epn.campus.curriculum.model.DocumentFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

class DocumentInspectorTest {

    static final DocumentInspector INSPECTOR = new DocumentInspector();
    static byte[] samplePdf;

    @BeforeAll
    static void makeSample() throws IOException {
        samplePdf = TestDocuments.pdf("Envoyer un e-mail", "fr-BE",
                List.of("Bonjour, voici la première page.", "Deuxième page: le bouton Envoyer."));
    }

    static DocumentRefusedException refused(DocumentInspector inspector, String path, byte[] content) {
        return assertThrows(DocumentRefusedException.class, () -> inspector.inspect(path, content));
    }

    static DocumentRefusedException refused(String path, byte[] content) {
        return refused(INSPECTOR, path, content);
    }

    // -- documents that are what they say

    @Test
    void aRealPdfGivesItsTypeTitleLanguagePagesAndText() throws Exception {
        INSPECTOR.inspect("warm-up.pdf", samplePdf); // loads Tika's parsers once, not timed below
        long start = System.nanoTime();
        DocumentFacts facts = INSPECTOR.inspect("resources/sheet.fr.pdf", samplePdf);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("application/pdf", facts.mediaType());
        assertEquals("Envoyer un e-mail", facts.title());
        assertEquals("fr", facts.language());
        assertEquals(2, facts.pages());
        assertTrue(facts.text().contains("voici la première page"), facts.text());
        assertTrue(facts.text().contains("le bouton Envoyer"), facts.text());
        System.out.println("[measure] sample PDF (" + samplePdf.length + " bytes, 2 pages) inspected in " + millis + " ms");
    }

    @Test
    void aSmallHandMadeDocxGivesItsText() throws Exception {
        byte[] docx = TestDocuments.docx("Les pièces jointes", "nl-BE", "Een bijlage toevoegen aan een e-mail.");

        DocumentFacts facts = INSPECTOR.inspect("resources/attachments.docx", docx);

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", facts.mediaType());
        assertEquals("Les pièces jointes", facts.title());
        assertEquals("nl", facts.language());
        assertTrue(facts.text().contains("Een bijlage toevoegen aan een e-mail."), facts.text());
    }

    @Test
    void openDocumentTextsAndPresentationsGiveTheirText() throws Exception {
        DocumentFacts odt = INSPECTOR.inspect("resources/a.odt",
                TestDocuments.odf("application/vnd.oasis.opendocument.text", "Titel", "nl-BE", "Hallo iedereen"));
        DocumentFacts odp = INSPECTOR.inspect("resources/a.odp",
                TestDocuments.odf("application/vnd.oasis.opendocument.presentation", "Diapos", "fr", "Première diapositive"));

        assertEquals("application/vnd.oasis.opendocument.text", odt.mediaType());
        assertEquals("Titel", odt.title());
        assertEquals("nl", odt.language());
        assertTrue(odt.text().contains("Hallo iedereen"), odt.text());
        assertEquals("application/vnd.oasis.opendocument.presentation", odp.mediaType());
        assertTrue(odp.text().contains("Première diapositive"), odp.text());
        // an OpenDocument text is not a presentation
        assertEquals(Reason.TYPE_MISMATCH, refused("resources/a.odp",
                TestDocuments.odf("application/vnd.oasis.opendocument.text", "t", "en", "x")).reason());
    }

    @Test
    void picturesAreTypedButNotRead() throws Exception {
        DocumentFacts png = INSPECTOR.inspect("images/inbox.png", TestDocuments.png(40, 30));
        DocumentFacts jpeg = INSPECTOR.inspect("images/photo.JPG", TestDocuments.jpeg(40, 30));
        DocumentFacts svg = INSPECTOR.inspect("images/inbox.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\"><defs><linearGradient id=\"g\"/>"
                + "<rect id=\"r\" width=\"5\" height=\"5\"/></defs><use xlink:href=\"#r\"/><use href=\"#r\"/>"
                + "<rect width=\"5\" height=\"5\" style=\"fill: url(#g)\" fill=\"url('#g')\"/></svg>").getBytes(StandardCharsets.UTF_8));

        assertEquals(new DocumentFacts("image/png", null, null, null, null), png);
        assertEquals(new DocumentFacts("image/jpeg", null, null, null, null), jpeg);
        assertEquals(new DocumentFacts("image/svg+xml", null, null, null, null), svg);
    }

    @Test
    void aLanguageTagThatIsNoLanguageIsDropped() {
        assertEquals("fr", Languages.code("fr-BE"));
        assertEquals("nl", Languages.code("nl_NL"));
        assertNull(Languages.code("x-none"));
        assertNull(Languages.code("English"));
        // no Tika language detector ships in tika-core or the standard parsers package: no guess from text
        assertNull(Languages.of(null, "Ceci est un texte en français, assez long pour deviner sa langue sans peine."));
    }

    // -- type from content, not from name

    @Test
    void anHtmlPageNamedPdfIsRefusedForWhatItReallyIs() {
        byte[] html = "<!DOCTYPE html><html><head><title>Login</title></head><body><form>Password</form></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        DocumentRefusedException e = refused("resources/form.pdf", html);

        assertEquals(Reason.TYPE_MISMATCH, e.reason());
        assertEquals("this .pdf file is really an HTML page (text/html), not a PDF document", e.getMessage());
    }

    @Test
    void aPdfNamedDocxOrPngIsRefused() throws Exception {
        assertEquals(Reason.TYPE_MISMATCH, refused("resources/form.docx", samplePdf).reason());
        assertEquals(Reason.TYPE_MISMATCH, refused("images/x.png", samplePdf).reason());
        assertEquals(Reason.TYPE_MISMATCH, refused("images/x.svg", TestDocuments.png(4, 4)).reason());
        DocumentRefusedException macros = refused("resources/a.docx", TestDocuments.docm("Sub AutoOpen()"));
        assertEquals(Reason.TYPE_MISMATCH, macros.reason());
        assertTrue(macros.getMessage().startsWith("this .docx file is really a Word document with macros (.docm)"), macros.getMessage());
        // a DOCX is a zip, but not an OpenDocument text
        assertEquals(Reason.TYPE_MISMATCH, refused("resources/a.odt", TestDocuments.docx("t", "en", "x")).reason());
    }

    @Test
    void unknownExtensionsAreRefusedUnread() {
        DocumentRefusedException e = refused("resources/setup.exe", new byte[] {'M', 'Z'});

        assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
        assertTrue(e.getMessage().startsWith("files ending in .exe are not accepted: use PDF, DOCX"), e.getMessage());
        assertEquals(Reason.UNSUPPORTED_TYPE, refused("resources/README", new byte[1]).reason());
    }

    // -- size

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeAnythingIsRead() {
        DocumentInspector small = new DocumentInspector(DocumentInspector.Limits.DEFAULTS.withMaxFileBytes(1000));

        DocumentRefusedException e = refused(small, "resources/big.pdf", new byte[1001]);

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("this file is 1001 bytes: files may be at most 1000 bytes", e.getMessage());
        assertEquals(Reason.TOO_LARGE, refused("resources/huge.pdf", new byte[20 * 1024 * 1024 + 1]).reason());
    }

    // -- encrypted, broken

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        DocumentRefusedException e = refused("resources/secret.pdf", TestDocuments.encryptedPdf(samplePdf));

        assertEquals(Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("protected by a password"), e.getMessage());
    }

    @Test
    void aPasswordProtectedDocxIsRefused() throws Exception {
        byte[] protectedDocx = TestDocuments.passwordProtected(TestDocuments.docx("t", "en", "secret text"));

        assertEquals(Reason.ENCRYPTED, refused("resources/secret.docx", protectedDocx).reason());
    }

    @Test
    void aTruncatedPdfIsRefusedAsBroken() {
        byte[] truncated = Arrays.copyOf(samplePdf, samplePdf.length / 2);

        DocumentRefusedException e = refused("resources/cut.pdf", truncated);

        assertEquals(Reason.BROKEN, e.reason());
        assertTrue(e.getMessage().startsWith("this file is damaged or is not a real PDF document"), e.getMessage());
    }

    @Test
    void aPdfWhoseInsidesAreGarbageIsRefusedByTheParser() {
        // header and end marker in place, so only the parser can tell: it fails, and says nothing to the user
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        DocumentRefusedException e = refused("resources/garbage.pdf", garbage);

        assertEquals(Reason.BROKEN, e.reason());
        assertEquals("this file is damaged or is not a real PDF document", e.getMessage());
    }

    @Test
    void aPdfCutJustBeforeItsEndIsRefusedThoughPdfBoxCouldRepairIt() {
        byte[] cut = Arrays.copyOf(samplePdf, samplePdf.length - 8);

        DocumentRefusedException e = refused("resources/cut.pdf", cut);

        assertEquals(Reason.BROKEN, e.reason());
        assertTrue(e.getMessage().startsWith("this file is damaged or is not a real PDF document"), e.getMessage());
    }

    @Test
    void aPdfHeaderAloneIsNotAPdf() {
        byte[] fake = "%PDF-1.4 fixture\n".getBytes(StandardCharsets.US_ASCII);

        assertEquals(Reason.BROKEN, refused("resources/sheet.pdf", fake).reason());
    }

    @Test
    void messagesNeverCarryAStackTraceOrAParserMessage() throws Exception {
        for (DocumentRefusedException e : List.of(refused("a.pdf", Arrays.copyOf(samplePdf, 700)),
                refused("a.pdf", TestDocuments.encryptedPdf(samplePdf)), refused("a.docx", TestDocuments.docxBomb(8)))) {
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            assertFalse(e.getMessage().contains("\tat "), e.getMessage());
            assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
        }
    }

    // -- bombs

    @Test
    void aDocxBombIsRefusedQuicklyWithoutInflatingIt() throws Exception {
        byte[] bomb = TestDocuments.docxBomb(48);
        long start = System.nanoTime();

        DocumentRefusedException e = refused("resources/report.docx", bomb);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Reason.BOMB, e.reason());
        assertTrue(millis < 2_000, millis + " ms");
        System.out.println("[measure] DOCX bomb (" + bomb.length + " bytes, 48 MB of XML) refused in " + millis + " ms");
    }

    @Test
    void aPdfBombIsStoppedByTikasSecureContentHandler() throws Exception {
        // not a zip, so no container check: 1.2 M characters of text squeezed into a few kilobytes of PDF;
        // SecureContentHandler refuses once the text passes 1 M characters and 100 characters per byte of file
        byte[] bomb = TestDocuments.pdfBomb(1_200_000);
        long start = System.nanoTime();

        DocumentRefusedException e = refused("resources/report.pdf", bomb);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Reason.BOMB, e.reason(), e.getMessage());
        System.out.println("[measure] PDF bomb (" + bomb.length + " bytes, 1.2 M characters) refused in " + millis + " ms");
    }

    // -- time

    @Test
    void aParserThatNeverEndsIsInterruptedAndTheFileRefused() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Parser endless = new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws SAXException {
                // busy, never sleeping, never looking at the interrupt flag: only writing text
                try {
                    char[] word = "again ".toCharArray();
                    while (true) {
                        handler.characters(word, 0, word.length);
                    }
                } finally {
                    stopped.countDown();
                }
            }
        };
        DocumentInspector inspector = new DocumentInspector(DocumentInspector.Limits.DEFAULTS
                .withTimeout(Duration.ofMillis(300)), endless);
        long start = System.nanoTime();

        DocumentRefusedException e = refused(inspector, "resources/slow.pdf", samplePdf);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("this file took too long to read (more than 300 ms): it may be damaged or far too complex", e.getMessage());
        assertTrue(millis < 2_000, millis + " ms");
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the worker was interrupted and stopped");
    }

    @Test
    void aRealDocumentOverAOneMillisecondLimitIsRefused() throws Exception {
        byte[] manyPages = TestDocuments.pdf("Long", "en", IntStream.range(0, 200).mapToObj(i -> "Page " + i + " of a long text").toList());
        DocumentInspector hurried = new DocumentInspector(DocumentInspector.Limits.DEFAULTS.withTimeout(Duration.ofMillis(1)));

        assertEquals(Reason.TIMEOUT, refused(hurried, "resources/long.pdf", manyPages).reason());
    }

    @Test
    void whenEveryReaderIsBusyAFileIsRefusedAtOnceInsteadOfPilingUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Parser stuck = new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws TikaException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new TikaException("interrupted");
                }
            }
        };
        DocumentInspector inspector = new DocumentInspector(DocumentInspector.Limits.DEFAULTS
                .withTimeout(Duration.ofSeconds(10)), stuck);
        int callers = ReadingPool.THREADS + ReadingPool.QUEUE + 4;
        // The callers the pool cannot take are refused at once: the test waits for four of those refusals.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(4);
        ExecutorService uploads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<DocumentRefusedException>> outcomes = IntStream.range(0, callers)
                    .mapToObj(i -> uploads.submit(() -> {
                        try {
                            inspector.inspect("resources/" + i + ".pdf", samplePdf);
                            return (DocumentRefusedException) null;
                        } catch (DocumentRefusedException e) {
                            if (e.getMessage().contains("busy")) {
                                busy.countDown();
                            }
                            return e;
                        }
                    })).toList();
            assertTrue(busy.await(5, TimeUnit.SECONDS), (4 - busy.getCount()) + " of 4 refused as busy");
            release.countDown();
            for (Future<DocumentRefusedException> outcome : outcomes) {
                DocumentRefusedException e = outcome.get(10, TimeUnit.SECONDS);
                assertTrue(e == null || e.reason() == Reason.TIMEOUT, String.valueOf(e));
            }
        } finally {
            release.countDown();
            uploads.shutdownNow();
        }
    }

    // -- SVG

    @Test
    void svgPicturesThatRunScriptsOrFetchThingsAreRefused() {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        for (String inside : List.of(
                "<script>alert(1)</script>",
                "<SCRIPT xlink:href=\"#x\"/>",
                "<rect onclick=\"alert(1)\"/>",
                "<g><circle r=\"1\" ONLOAD=\"alert(1)\"/></g>",
                "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>",
                "<image href=\"https://tracker.example/pixel.png\"/>",
                "<image xlink:href=\"http://tracker.example/pixel.png\"/>",
                "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/>",
                "<a xlink:href=\"javascript:alert(1)\"><rect/></a>",
                "<use href=\"other.svg#icon\"/>",
                "<rect style=\"fill: url(https://example.org/x.svg#g)\"/>",
                "<rect fill=\"url( 'http://example.org/x.svg#g')\"/>",
                "<style>@import url(https://example.org/x.css);</style>",
                "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
                "<animate attributeName=\"onbegin\" to=\"alert(1)\"/>")) {
            DocumentRefusedException e = refused("images/x.svg", (open + inside + "</svg>").getBytes(StandardCharsets.UTF_8));
            assertEquals(Reason.ACTIVE_CONTENT, e.reason(), inside + " -> " + e.getMessage());
        }
        DocumentRefusedException e = refused("images/x.svg", (open + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        assertEquals("this SVG picture contains a script: pictures may not run scripts or fetch anything from elsewhere", e.getMessage());
    }

    @Test
    void svgEntitiesAreRefusedAndNoDtdIsEverFetched() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
        // the DOCTYPE drawing programs write: its DTD is on the internet and must not be fetched
        String illustrator = "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://127.0.0.1:9/never/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>";

        assertEquals(Reason.ACTIVE_CONTENT, refused("images/x.svg", xxe.getBytes(StandardCharsets.UTF_8)).reason());
        assertEquals(Reason.ACTIVE_CONTENT, refused("images/x.svg", laughs.getBytes(StandardCharsets.UTF_8)).reason());
        assertEquals("image/svg+xml", INSPECTOR.inspect("images/x.svg", illustrator.getBytes(StandardCharsets.UTF_8)).mediaType());
        // XML's own five entities are text, not entities anyone declared
        String predefined = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Finances &lt;a@b.example&gt; &amp; &quot;co&apos;</text></svg>";
        assertEquals("image/svg+xml", INSPECTOR.inspect("images/x.svg", predefined.getBytes(StandardCharsets.UTF_8)).mediaType());
    }

    @Test
    void aBrokenSvgIsRefused() {
        byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>".getBytes(StandardCharsets.UTF_8);

        assertEquals(Reason.BROKEN, refused("images/x.svg", broken).reason());
    }
}
