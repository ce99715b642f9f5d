package org.rehabkg.server.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.rehabkg.api.Labels;

/**
 * The language a page shows labels in: {@code ?lang=de} if given, else the first language of the
 * request's {@code Accept-Language}, else English. Labels missing in that language fall back to
 * English, then to any ({@link Labels}).
 */
final class PageLanguage {
    /** A BCP 47 tag as far as matching needs it: {@code de}, {@code pt-BR}, {@code zh-Hans-CN}. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private PageLanguage() {}

    static String of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && TAG.matcher(asked.strip()).matches())
            return asked.strip();
        if (request.getHeader("Accept-Language") != null) {
            String preferred = request.getLocale().toLanguageTag();
            if (TAG.matcher(preferred).matches() && !preferred.equals("und"))
                return preferred;
        }
        return Labels.DEFAULT_LANGUAGE;
    }
}
