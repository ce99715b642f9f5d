package org.rehabkg.api;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The forgiving form of a name, so that "Physiotherapy", "physiotherapy", "PHYSIOTHÉRAPY",
 * "occupational-therapy" and "Strokes" meet their entry: accents dropped, lower case, every run of
 * other characters a single space, and each word made singular by a crude English rule. The same
 * rule is applied to the typed text and to the names in the graph, so it only has to be consistent,
 * not correct English.
 */
public final class Names {
    private Names() {}

    /**
     * The form in which names are compared (see the class comment).
     *
     * @param text a name as typed or as stored
     * @return its normalised form
     */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (n.isEmpty())
            return n;
        return Arrays.stream(n.split(" ")).map(Names::singular).collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies"))
            return word.substring(0, n - 3) + "y";
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
            return word.substring(0, n - 1);
        return word;
    }
}
