package org.rehabkg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.rehabkg.graph.Vocab;

/**
 * The few pieces every page shares: escaping, links to entity pages and the page frame. Every value
 * that comes from the data or the request goes through {@link #esc}.
 */
final class Html {
    /** Where entity pages live: {@code https://w3id.org/rehabkg/X} is served at {@code /rehabkg/X}. */
    static final String ENTITY_PATH = "/rehabkg/";

    private Html() {}

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The local page of a rehabkg IRI, or the IRI itself for an external web IRI, or null. */
    static String href(String contextPath, Node node) {
        if (GraphView.inNamespace(node))
            return contextPath + ENTITY_PATH + node.getURI().substring(Vocab.NS.length());
        if (node.isURI() && (node.getURI().startsWith("http://") || node.getURI().startsWith("https://")))
            return node.getURI();
        return null;
    }

    /** A link to a term labelled with {@code text}; plain text when the term has no page. */
    static String link(String contextPath, Node node, String text) {
        String href = href(contextPath, node);
        if (href == null)
            return esc(text);
        String external = GraphView.inNamespace(node) ? "" : " class=\"external\" rel=\"external\"";
        return "<a href=\"" + esc(href) + "\"" + external + " title=\"" + esc(node.getURI()) + "\">" + esc(text) + "</a>";
    }

    static String link(String contextPath, GraphView view, Node node) {
        return link(contextPath, node, view.label(node));
    }

    /** The frame of every page: head with our stylesheet, the navigation bar, the main content. */
    static String page(String contextPath, String title, String head, String main) {
        String cp = esc(contextPath);
        return """
               <!DOCTYPE html>
               <html lang="en">
               <head>
               <meta charset="utf-8">
               <meta name="viewport" content="width=device-width, initial-scale=1">
               <title>%s · rehabkg</title>
               <link rel="stylesheet" href="%s/static/rehabkg.css">
               %s
               </head>
               <body>
               <header class="site">
                 <a class="brand" href="%s/">rehabkg</a>
                 <nav>
                   <a href="%s/">Query</a>
                   <a href="%s/compare">Compare OT and PT</a>
                   <a href="%s/rehabkg/occupational-therapy">Occupational therapy</a>
                   <a href="%s/rehabkg/physical-therapy">Physical therapy</a>
                 </nav>
               </header>
               <main>
               %s
               </main>
               <footer class="site">rehabkg: an open knowledge graph of occupational and physical therapy.
                 Data CC-BY-4.0. SPARQL endpoint: <code>%s/rehab/sparql</code></footer>
               </body>
               </html>
               """.formatted(esc(title), cp, head, cp, cp, cp, cp, cp, main, cp);
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Vary", "Accept");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
