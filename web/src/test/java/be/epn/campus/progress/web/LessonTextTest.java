package be.epn.campus.progress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lessons render as plain, safe HTML whatever an uploaded module puts in its Markdown. */
class LessonTextTest {

    private static final String FILES = "/api/modules/m/file?path=";

    @Test
    void markdownBecomesHeadingsListsAndEmphasis() {
        String html = LessonText.html("## Titre\n\nUn **mot** et *un autre*.\n\n- un\n- deux\n", FILES);
        assertTrue(html.contains("<h2>Titre</h2>"), html);
        assertTrue(html.contains("<strong>mot</strong>") && html.contains("<em>un autre</em>"), html);
        assertTrue(html.contains("<li>un</li>"), html);
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = LessonText.html("Bonjour <script>alert(1)</script> <img src=x onerror=alert(1)>", FILES);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void onlyWebAndMailLinksAreLinks() {
        assertFalse(LessonText.html("[clic](javascript:alert(1))", FILES).contains("javascript:"));
        String web = LessonText.html("[STIB](https://www.stib-mivb.be)", FILES);
        assertTrue(web.contains("href=\"https://www.stib-mivb.be\"") && web.contains("noopener"), web);
    }

    @Test
    void picturesPointAtTheModulesFiles() {
        String html = LessonText.html("![La boîte de réception](../images/inbox.svg)", FILES);
        assertTrue(html.contains("src=\"" + FILES + "images/inbox.svg\""), html);
        assertTrue(html.contains("alt=\"La boîte de réception\""), html);
        assertEquals("images/x.svg", LessonText.pathInModule("../images/x.svg"));
        assertEquals("etc/passwd", LessonText.pathInModule("../../etc/passwd"), "never a way out of the module");
    }
}
