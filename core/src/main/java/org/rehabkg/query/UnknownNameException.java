package org.rehabkg.query;

import java.util.List;
import java.util.Optional;

/** A name (query id, profession, condition …) that matches nothing; carries the nearest known name. */
public class UnknownNameException extends IllegalArgumentException {
    private final String name;
    private final String suggestion;

    /**
     * A name that matches nothing.
     *
     * @param kind       what was looked for ("profession", "query" …)
     * @param name       the name as typed
     * @param suggestion the nearest known name, if any is near
     */
    public UnknownNameException(String kind, String name, Optional<String> suggestion) {
        this(kind, name, suggestion, List.of());
    }

    /**
     * With the known names listed when there is no suggestion and they are few enough to read.
     *
     * @param kind       what was looked for ("profession", "query" …)
     * @param name       the name as typed
     * @param suggestion the nearest known name, if any is near
     * @param known      every known name of that kind
     */
    public UnknownNameException(String kind, String name, Optional<String> suggestion, List<String> known) {
        super("unknown " + kind + " '" + name + "'" + suggestion.map(s -> "; did you mean '" + s + "'?")
                .orElse(known.isEmpty() || known.size() > MAX_LISTED ? "" : "; known: " + String.join(", ", known)));
        this.name = name;
        this.suggestion = suggestion.orElse(null);
    }

    /**
     * With a message of its own (for subclasses).
     *
     * @param message the whole message
     * @param name    the name as typed
     */
    protected UnknownNameException(String message, String name) {
        super(message);
        this.name = name;
        this.suggestion = null;
    }

    /**
     * A typed name longer than any name could be: refused before it is compared with anything, and
     * not repeated in the message (it may be half a megabyte).
     *
     * @param kind what was looked for
     * @param name the name as typed
     * @param max  the longest name compared
     * @return the exception
     */
    public static UnknownNameException tooLong(String kind, String name, int max) {
        return new UnknownNameException(kind + " name too long (" + name.length() + " characters; at most " + max + ")", name);
    }

    private static final int MAX_LISTED = 12;

    /**
     * The name as typed.
     *
     * @return the name
     */
    public String name() { return name; }

    /**
     * The nearest known name, if one is near enough to be a typo.
     *
     * @return the suggestion, or empty
     */
    public Optional<String> suggestion() { return Optional.ofNullable(suggestion); }
}
