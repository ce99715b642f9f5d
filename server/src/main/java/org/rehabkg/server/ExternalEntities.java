package org.rehabkg.server;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses RDF/XML that names an external DTD or an external entity (general or parameter). Jena's
 * RDF/XML parser does not fetch them either, but it reads such an entity as empty text and stores
 * the rest, so a document that depends on one would be stored wrong without a word. Internal
 * entities (the usual {@code <!ENTITY owl "...">} abbreviations) are accepted. The document is read
 * once here with a resolver that refuses every external reference; entity expansion is bounded by
 * the JDK's limits.
 */
final class ExternalEntities {
    private ExternalEntities() {}

    /** Why the document is refused, or null when it names nothing external. */
    static String refusal(byte[] xml) {
        // The JDK's own StAX parser, not whichever is on the class path (Woodstox, there, has no entity
        // expansion limit by default): it stops an expansion bomb at jdk.xml.entityExpansionLimit.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external DTD or entity refused: " + systemId);
        });
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext())
                    reader.next();
            } finally {
                reader.close();
            }
            return null;
        } catch (XMLStreamException e) {
            String message = e.getMessage();
            int cut = message.indexOf("Message: ");
            if (cut >= 0)
                message = message.substring(cut + "Message: ".length());
            return e.getLocation() == null ? "RDF/XML: " + message
                    : "RDF/XML line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + message;
        }
    }
}
