package be.epn.campus.curriculum.documents;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse once its worker has been interrupted (its time is up). Most parsers never look at the
 * interrupt flag, but every parser writes its text through here, so it stops at its next element or text.
 */
final class InterruptibleHandler extends ContentHandlerDecorator {

    InterruptibleHandler(ContentHandler handler) {
        super(handler);
    }

    static final class Interrupted extends SAXException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super("document reading interrupted: time is up");
        }
    }

    private static void stopIfInterrupted() throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        stopIfInterrupted();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        stopIfInterrupted();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        stopIfInterrupted();
        super.ignorableWhitespace(ch, start, length);
    }
}
