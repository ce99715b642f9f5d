package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rehabkg.graph.Vocab;

import org.rehabkg.query.NearestName;
import org.rehabkg.query.UnknownNameException;
/**
 * Finds entities by what a person types, in this order: an IRI, {@code rkg:slug} or a slug; a
 * label, name in another language, alternative label or notation compared in
 * {@link Names#normalise normalised} form; an external identifier known to an
 * {@link EntityResolver}; the nearest name within a few typos ({@link NearestName}).
 */
final class NameFinder {
    /** Which entities matched, through which of their names, and how. */
    record Match(String typed, List<String> iris, String matchedName, NameMatch.How how) {
        boolean exact() {
            return how != NameMatch.How.FUZZY;
        }
    }

    // Order among entities that share a name: an entity whose label it is comes first, then one
    // whose name it is in another language (skos:prefLabel).
    private static final List<String> KIND_ORDER = List.of("label", "id", "prefLabel", "altLabel", "notation");

    private final GraphIndex index;
    private final List<EntityResolver> resolvers;

    NameFinder(GraphIndex index, List<EntityResolver> resolvers) {
        this.index = index;
        this.resolvers = resolvers;
    }

    /**
     * @param kind what is being looked for, for the error message ("profession", "condition" …)
     * @param typeIris accept only entities of one of these types (none: any entity)
     * @throws UnknownNameException when nothing is close enough; it names the nearest candidate if any
     */
    Match find(String text, String kind, List<String> typeIris) {
        String typed = text.strip();
        if (typed.length() > NearestName.MAX_TYPED)
            throw UnknownNameException.tooLong(kind, typed, NearestName.MAX_TYPED);
        if (typed.isEmpty())
            throw new UnknownNameException(kind, text, Optional.empty());
        List<String> candidates = index.entities(typeIris);
        Set<String> allowed = new LinkedHashSet<>(candidates);

        // A slug names its entity exactly, even where a label elsewhere reads the same.
        String asIri = allowed.contains(Vocab.NS + typed) ? Vocab.NS + typed : iriOf(typed);
        if (asIri != null && allowed.contains(asIri))
            return new Match(typed, List.of(asIri), typed, NameMatch.How.EXACT);

        Map<String, List<GraphIndex.Name>> byKey = keys(candidates);
        String key = Names.normalise(typed);
        if (key.isEmpty())
            throw new UnknownNameException(kind, text, Optional.empty());
        List<GraphIndex.Name> exact = byKey.get(key);
        if (exact != null)
            return match(typed, exact, true);
        // Identifiers after exact names (cheap, and a name is never a code) but before near misses,
        // so that a code is not "corrected" into a name.
        for (EntityResolver r : resolvers) {
            Optional<String> iri = r.resolve(typed).filter(allowed::contains);
            if (iri.isPresent())
                return new Match(typed, List.of(iri.get()), typed, NameMatch.How.IDENTIFIER);
        }
        List<String> near = NearestName.allNearest(key, byKey.keySet(), tolerance(key));
        if (!near.isEmpty())
            return fuzzy(typed, kind, near, byKey);
        Optional<String> loose = NearestName.among(key, byKey.keySet(), key.length() / 2 + 1)
                                             .map(k -> byKey.get(k).get(0).text());
        throw new UnknownNameException(kind, typed, loose, candidates.stream().map(index::label).sorted().toList());
    }

    /** Typos allowed: one in a short name, about one in four letters in a longer one. */
    private static int tolerance(String key) {
        return key.length() <= 4 ? 1 : Math.max(2, key.length() / 4);
    }

    private Match match(String typed, List<GraphIndex.Name> names, boolean exact) {
        List<GraphIndex.Name> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(n -> KIND_ORDER.indexOf(n.kind())));
        List<String> iris = sorted.stream().map(GraphIndex.Name::iri).distinct().toList();
        return new Match(typed, iris, sorted.get(0).text(), exact ? how(sorted.get(0).kind()) : NameMatch.How.FUZZY);
    }

    private static NameMatch.How how(String nameKind) {
        return switch (nameKind) {
            case "notation" -> NameMatch.How.ABBREVIATION;
            case "altLabel" -> NameMatch.How.ALTERNATIVE_LABEL;
            default -> NameMatch.How.EXACT;
        };
    }

    /**
     * The entity of the nearest names, when they all name one entity; names equally near to several
     * entities are refused rather than guessed ("physio": physical therapy or its assistant?).
     */
    private Match fuzzy(String typed, String kind, List<String> nearestKeys, Map<String, List<GraphIndex.Name>> byKey) {
        List<GraphIndex.Name> names = nearestKeys.stream().flatMap(k -> byKey.get(k).stream()).toList();
        List<String> entities = names.stream().map(GraphIndex.Name::iri).distinct().toList();
        if (entities.size() > 1)
            throw new AmbiguousNameException(kind, typed, entities.stream().map(index::term)
                    .sorted(Comparator.comparing(Term::label)).toList());
        return match(typed, names, false);
    }

    private Map<String, List<GraphIndex.Name>> keys(List<String> candidates) {
        Map<String, List<GraphIndex.Name>> byKey = new LinkedHashMap<>();
        for (String iri : candidates) {
            for (GraphIndex.Name n : index.names(iri))
                byKey.computeIfAbsent(Names.normalise(n.text()), k -> new ArrayList<>()).add(n);
            String slug = GraphIndex.slug(iri);
            if (slug != null)
                byKey.computeIfAbsent(Names.normalise(slug), k -> new ArrayList<>()).add(new GraphIndex.Name(iri, slug, "id"));
        }
        return byKey;
    }

    /** {@code <iri>}, an http(s) IRI, or {@code rkg:slug}; null for anything else. */
    private static String iriOf(String text) {
        if (text.startsWith("<") && text.endsWith(">"))
            return text.substring(1, text.length() - 1);
        if (text.startsWith("http://") || text.startsWith("https://"))
            return text;
        if (text.startsWith("rkg:"))
            return Vocab.NS + text.substring(4);
        return null;
    }
}
