package org.partnerbot.core.render;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
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

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;"
            + "line-height:1.5;color:#111}table{border-collapse:collapse;width:100%;margin:0 0 1rem}"
            + "th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}"
            + ".classification{font-weight:bold;text-align:center;border:2px solid #111;padding:.25rem}"
            + ".note{color:#333;font-style:italic}";

    private HtmlRenderer() {
    }

    /** @param classification the marking at the head and foot of the document; null for none */
    public static String render(Reply reply, String title, String classification) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element html = doc.createElement("html");
            html.setAttribute("lang", "en");
            doc.appendChild(html);
            Element head = child(doc, html, "head", null);
            child(doc, head, "meta", null).setAttribute("charset", "utf-8");
            child(doc, head, "title", title);
            child(doc, head, "style", STYLE);
            Element body = child(doc, html, "body", null);
            if (classification != null) {
                child(doc, child(doc, body, "header", null), "p", classification).setAttribute("class", "classification");
            }
            Element main = child(doc, body, "main", null);
            boolean first = true;
            for (Block block : reply.blocks()) {
                if (block instanceof Block.Heading h) {
                    child(doc, main, first ? "h1" : "h2", h.text());
                    first = false;
                } else if (block instanceof Block.Paragraph p) {
                    line(doc, child(doc, main, "p", null), p.line());
                } else if (block instanceof Block.Note n) {
                    Element note = child(doc, main, "p", null);
                    note.setAttribute("class", "note");
                    line(doc, note, n.line());
                } else if (block instanceof Block.ListBlock l) {
                    table(doc, main, l);
                } else if (block instanceof Block.Attachment a) {
                    child(doc, main, "pre", a.content());
                }
            }
            if (classification != null) {
                child(doc, child(doc, body, "footer", null), "p", classification).setAttribute("class", "classification");
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return "<!DOCTYPE html>\n" + out;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK could not build an HTML document", e);
        }
    }

    private static void table(Document doc, Element parent, Block.ListBlock l) {
        Element table = child(doc, parent, "table", null);
        String title = l.title() == null ? "Items" : l.title();
        child(doc, table, "caption", title);
        Element headRow = child(doc, child(doc, table, "thead", null), "tr", null);
        child(doc, headRow, "th", "No.").setAttribute("scope", "col");
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
