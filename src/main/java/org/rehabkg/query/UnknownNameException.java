package org.rehabkg.query;

import java.util.Optional;

/** A name (query id, profession, condition …) that matches nothing; carries the nearest known name. */
public final class UnknownNameException extends IllegalArgumentException {
    private final String name;
    private final String suggestion;

    public UnknownNameException(String kind, String name, Optional<String> suggestion) {
        super("unknown " + kind + " '" + name + "'" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""));
        this.name = name;
        this.suggestion = suggestion.orElse(null);
    }

    public String name() { return name; }

    public Optional<String> suggestion() { return Optional.ofNullable(suggestion); }
}
