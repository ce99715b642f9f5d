package org.rehabkg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;
import org.rehabkg.graph.Vocab;
import org.rehabkg.api.Term;

/**
 * The few pieces every page shares: escaping, links to entity pages and the page frame. Every value
 * that comes from the data or the request goes through {@link #esc}.
 */
final class Html {
    /** Where entity pages live: {@code https://w3id.org/rehabkg/X} is served at {@code /rehabkg/X}. */
    static final String ENTITY_PATH = "/rehabkg/";

    /** {@code & < > " '} as entities; everything else as it is (the pages are UTF-8). */
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(EntityArrays.BASIC_ESCAPE), new LookupTranslator(Map.of("'", "&#39;")));

    private Html() {}

    static String esc(String s) {
        return ESCAPE.translate(s);
    }

    /** The local page of a rehabkg IRI, or the IRI itself for an external web IRI, or null. */
    static String href(String contextPath, String iri) {
        if (GraphView.inNamespace(iri))
            return contextPath + ENTITY_PATH + iri.substring(Vocab.NS.length());
        if (iri != null && (iri.startsWith("http://") || iri.startsWith("https://")))
            return iri;
        return null;
    }

    /** A link to an IRI labelled with {@code text}; plain text when it has no page. */
    static String link(String contextPath, String iri, String text) {
        String href = href(contextPath, iri);
        if (href == null)
            return esc(text);
        String external = GraphView.inNamespace(iri) ? "" : " class=\"external\" rel=\"external\"";
        return "<a href=\"" + esc(href) + "\"" + external + " title=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    /** A link to a term, labelled with its label. */
    static String link(String contextPath, Term term) {
        return link(contextPath, term.iri(), term.label());
    }

    /** The frame of a page that lists no professions in its navigation (it has no graph to read them from). */
    static String page(String contextPath, String title, String head, String main) {
        return page(contextPath, title, head, main, List.of());
    }

    /**
     * The frame of every page: head with our stylesheet, the navigation bar (with a menu of every
     * profession, read from the graph by the caller), the main content.
     */
    static String page(String contextPath, String title, String head, String main, List<Term> professions) {
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
                   <a href="%s/team">Team for a condition</a>
                   <a href="%s/compare">Compare professions</a>
                   <a href="%s/world">Around the world</a>
               %s  </nav>
               </header>
               <main>
               %s
               </main>
               <footer class="site">rehabkg: an open knowledge graph of the rehabilitation professions.
                 Data CC-BY-4.0. SPARQL endpoint: <code>%s/rehab/sparql</code></footer>
               </body>
               </html>
               """.formatted(esc(title), cp, head, cp, cp, cp, cp, cp, professionMenu(contextPath, professions), main, cp);
    }

    /** Every profession, each linked to its page, in a menu that opens without script. */
    private static String professionMenu(String contextPath, List<Term> professions) {
        if (professions.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("    <details class=\"professions\"><summary>Professions</summary><ul>");
        for (Term p : professions)
            b.append("<li>").append(link(contextPath, p)).append("</li>");
        return b.append("</ul></details>\n").toString();
    }

    /** The request's path below the servlet's own, without the leading slash; empty at the servlet's own path. */
    static String subPath(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        // The entity and compare pages depend on Accept and on the language asked for.
        response.setHeader("Vary", "Accept, Accept-Language");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
