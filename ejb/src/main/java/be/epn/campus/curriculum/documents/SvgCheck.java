package be.epn.campus.curriculum.documents;

import be.epn.campus.curriculum.documents.DocumentRefusedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * An SVG picture is XML that a browser runs: it is refused when it holds a script, an event attribute
 * (onload=...), embedded HTML (foreignObject), or anything fetched from elsewhere (a link, a stylesheet, a
 * CSS url()); only references inside the picture ("#shape") are kept. Read with a streaming parser that
 * never loads a DTD and refuses entity declarations, so neither XXE nor "billion laughs" can happen here.
 */
final class SvgCheck {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");
    /** a CSS url(...) or @import that does not point inside the picture */
    private static final Set<String> PREDEFINED_ENTITIES = Set.of("lt", "gt", "amp", "quot", "apos");

    private static final Pattern EXTERNAL_CSS = Pattern.compile("(?i)@import|url\\(\\s*+['\"]?+\\s*+(?!#)");

    private SvgCheck() {
    }

    static void check(byte[] content) throws DocumentRefusedException {
        Scanner scanner = new Scanner();
        try {
            XMLReader reader = newReader();
            reader.setContentHandler(scanner);
            reader.setErrorHandler(scanner);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", scanner);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", scanner);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (Refusal refusal) {
            throw new DocumentRefusedException(Reason.ACTIVE_CONTENT, "this SVG picture " + refusal.getMessage()
                    + ": pictures may not run scripts or fetch anything from elsewhere");
        } catch (SAXException | IOException e) {
            throw new DocumentRefusedException(Reason.BROKEN, "this SVG picture is damaged or is not valid XML", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform's XML parser cannot be secured", e);
        }
    }

    private static XMLReader newReader() throws ParserConfigurationException, SAXException {
        // the JDK's own parser, whatever else is on the class path, with every outside access closed
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return reader;
    }

    /** Thrown from the SAX callbacks to stop at the first active thing found. */
    private static final class Refusal extends SAXException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private static final class Scanner extends DefaultHandler2 implements DeclHandler {

        /** the text of the style element being read: checked whole, as it may arrive in pieces */
        private StringBuilder style;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String element = localName.toLowerCase(Locale.ROOT);
            if (element.equals("script")) {
                throw new Refusal("contains a script");
            }
            if (element.equals("foreignobject") || XHTML.equals(uri)) {
                throw new Refusal("contains embedded HTML (" + localName + ")");
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i).trim();
                if (name.startsWith("on")) {
                    throw new Refusal("has an event attribute (" + attributes.getQName(i) + ") that runs a script");
                }
                if (name.equals("href") && !value.startsWith("#")) {
                    throw new Refusal("refers to something outside the picture (" + attributes.getQName(i) + "=\"" + shorten(value) + "\")");
                }
                if (EXTERNAL_CSS.matcher(value).find()) {
                    // style="...", fill="url(...)", filter=...: CSS may fetch, only "url(#id)" stays inside
                    throw new Refusal("has a style that loads something from elsewhere (" + attributes.getQName(i) + ")");
                }
                if (ANIMATIONS.contains(element) && name.equals("attributename")) {
                    String animated = value.toLowerCase(Locale.ROOT);
                    if (animated.endsWith("href") || animated.startsWith("on")) {
                        throw new Refusal("changes a link or an event attribute while it plays (" + value + ")");
                    }
                }
            }
            if (element.equals("style")) {
                style = new StringBuilder();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (style != null && EXTERNAL_CSS.matcher(style).find()) {
                throw new Refusal("has a stylesheet that loads something from elsewhere");
            }
            style = null;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (style != null) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                throw new Refusal("links an outside stylesheet");
            }
        }

        // entities: a plain DOCTYPE (as drawing programs write) is fine, declaring entities is not

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new Refusal("declares XML entities");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Refusal("declares XML entities");
        }

        @Override
        public void startEntity(String name) throws SAXException {
            // &lt; &gt; &amp; &quot; &apos; are part of XML itself (any redeclaration is refused above): a "<" in a
            // picture's text can only be written that way
            if (!name.equals("[dtd]") && !PREDEFINED_ENTITIES.contains(name)) {
                throw new Refusal("uses XML entities");
            }
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        private static String shorten(String value) {
            return value.length() <= 60 ? value : value.substring(0, 57) + "...";
        }
    }
}
