package be.epn.campus.progress.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lesson's Markdown as HTML. Raw HTML in a lesson is escaped (shown as text), links go only to http(s)
 * addresses and open without handing over our page, and a picture path ("../images/x.svg") becomes the
 * address where the module's files are served. Uploaded modules are therefore no way to put script on a page.
 */
public final class LessonText {

    private static final Parser PARSER = Parser.builder().build();
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private LessonText() {
    }

    /** @param filesBase the address of the module's files, ending with "/" */
    public static String html(String markdown, String filesBase) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> attributes(filesBase)).build();
        return renderer.render(document);
    }

    private static AttributeProvider attributes(String filesBase) {
        return (node, tagName, attributes) -> {
            if (node instanceof Image) {
                attributes.put("src", filesBase + pathInModule(attributes.getOrDefault("src", "")));
                attributes.put("loading", "lazy");
                attributes.put("class", "lesson-picture");
            } else if (node instanceof Link) {
                String href = attributes.getOrDefault("href", "");
                if (!isSafe(href)) {
                    attributes.remove("href");
                } else {
                    attributes.put("rel", "noopener noreferrer external");
                }
            }
        };
    }

    /** "../images/x.svg" (relative to lessons/) → "images/x.svg"; the reader already refused paths leaving the module. */
    static String pathInModule(String src) {
        String path = src.startsWith("../") ? src.substring(3) : src;
        return List.of(path.split("/")).stream().filter(p -> !p.isEmpty() && !p.equals("..") && !p.equals("."))
                .reduce((a, b) -> a + "/" + b).orElse("");
    }

    private static boolean isSafe(String href) {
        int colon = href.indexOf(':');
        return colon > 0 && SAFE_SCHEMES.contains(href.substring(0, colon).toLowerCase(Locale.ROOT));
    }

}
