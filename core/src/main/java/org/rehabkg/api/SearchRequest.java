package org.rehabkg.api;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question to the {@link SearchIndex}, in the terms of EBI OLS4's search API (docs/search.md).
 * The constructor checks every value, so that a bad one is refused with a message before any
 * searching ({@link IllegalArgumentException}).
 *
 * @param q            what was typed: a name, a part of one, or an identifier in any usual form
 * @param autocomplete {@code /api/select}: every word may be the start of a word of the name
 * @param types        kinds of entity to keep ({@code class}, {@code property}, {@code individual}); none: all
 * @param instanceOf   rehabkg classes to keep instances of (IRIs); none: all
 * @param exact        only whole names and identifiers, no prefixes, words or typos
 * @param fields       which names to search ({@code label}, {@code synonym}, {@code notation}, {@code identifier}); none: all
 * @param start        how many hits to skip
 * @param rows         how many hits to return, at most {@link #MAX_ROWS}
 * @param language     the language labels and descriptions are shown in (a BCP 47 tag)
 */
public record SearchRequest(String q, boolean autocomplete, Set<String> types, Set<String> instanceOf, boolean exact,
                            Set<String> fields, int start, int rows, String language) {
    /** A page larger than this is refused: a client pages through more with {@code start}. */
    public static final int MAX_ROWS = 100;
    /** Hits beyond this are not served (no name is that long a list). */
    public static final int MAX_START = 10_000;
    /** Longer text is not a name or an identifier; refusing it keeps every search cheap. */
    public static final int MAX_Q = 200;
    /** The kinds of entity, the values {@code types} accepts. */
    public static final List<String> TYPES = List.of("class", "property", "individual");
    /** The kinds of name, the values {@code fields} accepts. */
    public static final List<String> FIELDS = List.of("label", "synonym", "notation", "identifier");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /**
     * Checks every value, strips {@code q} and copies the sets.
     *
     * @throws IllegalArgumentException for a missing, too long or control-character {@code q}, an unknown
     *                                  type or field, {@code start} or {@code rows} out of range, or a
     *                                  {@code language} that is no language tag
     */
    public SearchRequest {
        if (q == null || q.isBlank())
            throw new IllegalArgumentException("q is missing: give the text to search for");
        if (q.length() > MAX_Q)
            throw new IllegalArgumentException("q is " + q.length() + " characters long; at most " + MAX_Q + " are searched");
        if (q.chars().anyMatch(Character::isISOControl))
            throw new IllegalArgumentException("q holds a control character");
        q = q.strip();
        types = Set.copyOf(types);
        for (String t : types)
            if (!TYPES.contains(t))
                throw new IllegalArgumentException("type " + t + " is not one of " + String.join(", ", TYPES));
        instanceOf = Set.copyOf(instanceOf);
        fields = Set.copyOf(fields);
        for (String f : fields)
            if (!FIELDS.contains(f))
                throw new IllegalArgumentException("queryFields: " + f + " is not one of " + String.join(", ", FIELDS));
        if (start < 0 || start > MAX_START)
            throw new IllegalArgumentException("start must be between 0 and " + MAX_START + ", not " + start);
        if (rows < 0 || rows > MAX_ROWS)
            throw new IllegalArgumentException("rows must be between 0 and " + MAX_ROWS + ", not " + rows);
        if (language == null || !LANGUAGE.matcher(language).matches())
            throw new IllegalArgumentException("lang must be a language tag such as en or de-CH, not " + language);
    }

    /**
     * A search for {@code q} with OLS's defaults: any type, 10 rows from the first, in English.
     *
     * @param q what was typed
     * @return the request
     * @throws IllegalArgumentException for a missing, too long or control-character {@code q}
     */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, false, Set.of(), Set.of(), false, Set.of(), 0, 10, Labels.DEFAULT_LANGUAGE);
    }
}
