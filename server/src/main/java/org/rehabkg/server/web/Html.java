package org.rehabkg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.rehabkg.graph.Vocab;
import org.rehabkg.api.Term;

/**
 * What the pages share besides their templates (src/main/jte, compiled with the classes at build time):
 * rendering a template, sending a page, links to entity pages. The templates escape every value they
 * print (jte's HTML content type), so no page builds HTML from strings.
 */
final class Html {
    /** Where entity pages live: {@code https://w3id.org/rehabkg/X} is served at {@code /rehabkg/X}. */
    static final String ENTITY_PATH = "/rehabkg/";

    /** The precompiled templates, generated into this package by jte-maven-plugin. */
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Html.class.getClassLoader(), Html.class.getPackageName());

    private Html() {}

    /** A template ({@code "team.jte"}) rendered with its parameters by name. */
    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }

    /** A template as a part of another ({@code notFound.jte}'s {@code more}), rendered where it is placed. */
    static Content content(String template, Map<String, Object> params) {
        return out -> TEMPLATES.render(template, params, out);
    }

    /** The local page of a rehabkg IRI, or the IRI itself for an external web IRI, or null. */
    static String href(String contextPath, String iri) {
        if (GraphView.inNamespace(iri))
            return contextPath + ENTITY_PATH + iri.substring(Vocab.NS.length());
        if (iri != null && (iri.startsWith("http://") || iri.startsWith("https://")))
            return iri;
        return null;
    }

    /** The local name of a rehabkg IRI ({@code stroke}), or the whole IRI for another. */
    static String slug(Term t) {
        return t.iri().startsWith(Vocab.NS) ? t.iri().substring(Vocab.NS.length()) : t.iri();
    }

    /** The last segment of an IRI, as a CSS class ({@code level-strong}, {@code direction-against}). */
    static String lastSegment(Term t) {
        return t.iri().substring(t.iri().lastIndexOf('/') + 1);
    }

    /** Labels joined by commas, as text. */
    static String labels(List<Term> terms) {
        return String.join(", ", terms.stream().map(Term::label).toList());
    }

    /** "1 source", "2 sources". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A page template rendered and sent. */
    static void send(HttpServletResponse response, int status, String template, Map<String, Object> params) throws IOException {
        send(response, status, render(template, params));
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
