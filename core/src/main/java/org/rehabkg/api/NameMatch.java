package org.rehabkg.api;

/**
 * How a name given to {@link RehabGraph#compare} or {@link RehabGraph#recommend} was understood: which
 * entity it was taken for, through which of its names, and how closely. Anything but an exact match is
 * worth showing to the person who typed the name.
 *
 * @param typed       the name as given
 * @param entity      the entity it was taken for
 * @param how         how it matched
 * @param matchedName the entity's name that matched (the label, abbreviation, alternative label or
 *                    identifier; for a fuzzy match the nearest name)
 */
public record NameMatch(String typed, Term entity, How how, String matchedName) {
    /** How a typed name matched an entity, from the most to the least certain. */
    public enum How {
        /** The entity's IRI, id, label, or its name in another language. */
        EXACT,
        /** The entity's abbreviation ({@code skos:notation}), such as {@code OT}. */
        ABBREVIATION,
        /** One of the entity's alternative labels ({@code skos:altLabel}), such as a synonym. */
        ALTERNATIVE_LABEL,
        /** An external identifier mapped to the entity (a code of another scheme). */
        IDENTIFIER,
        /** The nearest name within a few typos: the entity is a guess. */
        FUZZY
    }

    /**
     * Whether the name was a guess (a fuzzy match).
     *
     * @return true for {@link How#FUZZY}
     */
    public boolean fuzzy() {
        return how == How.FUZZY;
    }

    /** For a message: {@code 'physio therapy' (fuzzy match of 'physiotherapy': physical therapy)}. */
    @Override
    public String toString() {
        return "'" + typed + "' (" + how.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " match of '"
                + matchedName + "': " + entity.label() + ")";
    }
}
