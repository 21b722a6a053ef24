package io.github.lakefsspring.embedded.gateway;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The little XML the gateway speaks: escaping for answers, and safe parsing (no DTDs, no external entities) of
 * the request bodies S3 clients send.
 */
final class Xml {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    /** The namespace attribute of S3's XML answers. */
    static final String S3_NAMESPACE = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    private Xml() {
    }

    static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    /** @return the instant as S3 writes dates: UTC with milliseconds, e.g. {@code 2026-01-02T03:04:05.678Z} */
    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** @return a time in whole seconds as S3 writes dates */
    static String iso(long epochSeconds) {
        return iso(Instant.ofEpochSecond(epochSeconds));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        }
        catch (Exception ex) {
            throw S3Error.malformedXml();
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

}
