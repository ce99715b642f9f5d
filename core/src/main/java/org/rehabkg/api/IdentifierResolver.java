package org.rehabkg.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

import org.rehabkg.query.NearestName;
import org.rehabkg.query.UnknownNameException;
/**
 * Finds the rehabkg concepts that an external identifier is mapped to. Any usual form of a code
 * is accepted, case-insensitively:
 * <ul>
 * <li>a CURIE with the canonical prefix or its upper-case form: {@code mesh:D009788},
 * {@code MESH:D009788}, {@code onet:29-1122.00};</li>
 * <li>the bare code: {@code D009788}, {@code 29-1122.00}, {@code F84.0} (this may match codes of
 * several schemes);</li>
 * <li>the full IRI, with or without angle brackets, in http or https:
 * {@code http://id.nlm.nih.gov/mesh/D009788}, {@code <http://www.wikidata.org/entity/Q42>}.</li>
 * </ul>
 * The mappings, the schemes' prefixes and namespaces are read from the graph (rkg:CodeScheme with
 * rkg:curiePrefix and rkg:iriNamespace), so this works over the embedded graph, a TDB2 store or a
 * remote endpoint alike. The SPARQL counterpart is the named query {@code resolve}.
 */
public final class IdentifierResolver {

    /**
     * One mapping that the identifier hits: the rehabkg concept, how it is mapped, and to which code.
     *
     * @param entity    the rehabkg concept's IRI
     * @param label     its label, or null
     * @param predicate the SKOS mapping property's IRI
     * @param scheme    the code's canonical prefix
     * @param code      the code
     * @param codeIri   the code's IRI
     */
    public record Resolution(String entity, String label, String predicate, String scheme, String code, String codeIri) {
        /**
         * The mapping predicate's local name.
         *
         * @return exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch
         */
        public String match() {
            return predicate.substring(predicate.indexOf('#') + 1);
        }

        /**
         * The code as a CURIE with the canonical prefix.
         *
         * @return e.g. {@code mesh:D009788}
         */
        public String curie() {
            return scheme + ":" + code;
        }
    }

    static final String MAPPINGS_QUERY = """
            PREFIX rkg:  <https://w3id.org/rehabkg/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?entity ?label ?predicate ?prefix ?ns ?code WHERE {
              VALUES ?predicate { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
              ?entity ?predicate ?code .
              ?scheme a rkg:CodeScheme ; rkg:curiePrefix ?prefix ; rkg:iriNamespace ?ns .
              FILTER(isIRI(?code) && STRSTARTS(STR(?code), ?ns))
              FILTER(STRSTARTS(STR(?entity), STR(rkg:)))
              OPTIONAL { ?entity rdfs:label ?label }
            }
            """;

    private final Map<String, List<Resolution>> byIri = new LinkedHashMap<>();
    private final Map<String, List<Resolution>> byCurie = new LinkedHashMap<>();
    private final Map<String, List<Resolution>> byCode = new LinkedHashMap<>();
    private final Set<String> prefixes = new LinkedHashSet<>();
    private final Set<String> knownForms = new LinkedHashSet<>();

    private IdentifierResolver(List<Resolution> all) {
        for (Resolution r : all) {
            add(byIri, normaliseIri(r.codeIri()), r);
            add(byCurie, r.curie().toLowerCase(Locale.ROOT), r);
            add(byCode, r.code().toLowerCase(Locale.ROOT), r);
            prefixes.add(r.scheme().toLowerCase(Locale.ROOT));
            knownForms.add(r.curie());
            knownForms.add(r.code());
        }
    }

    /**
     * Reads every mapping of the graph behind {@code graph}.
     *
     * @param graph the graph
     * @return the resolver
     */
    public static IdentifierResolver of(RehabGraph graph) {
        ResultSet rows = graph.query(MAPPINGS_QUERY, null).toResultSet();
        List<Resolution> all = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String ns = row.getLiteral("ns").getString();
            String codeIri = row.getResource("code").getURI();
            all.add(new Resolution(
                    row.getResource("entity").getURI(),
                    row.contains("label") ? row.getLiteral("label").getString() : null,
                    row.getResource("predicate").getURI(),
                    row.getLiteral("prefix").getString(),
                    codeIri.substring(ns.length()),
                    codeIri));
        }
        return new IdentifierResolver(all);
    }

    /**
     * The mappings that {@code identifier} hits, sorted by concept, predicate and code.
     *
     * @param identifier a code, CURIE or IRI
     * @return the mappings it hits
     * @throws UnknownNameException when no mapping has that code, with the nearest known code
     */
    public List<Resolution> resolve(String identifier) {
        String id = identifier == null ? "" : identifier.strip();
        if (id.startsWith("<") && id.endsWith(">"))
            id = id.substring(1, id.length() - 1).strip();
        List<Resolution> hits = lookup(id);
        if (hits.isEmpty())
            throw new UnknownNameException("identifier", identifier, NearestName.among(id, knownForms));
        List<Resolution> sorted = new ArrayList<>(new LinkedHashSet<>(hits));
        sorted.sort(Comparator.comparing(Resolution::entity)
                              .thenComparing(Resolution::predicate)
                              .thenComparing(Resolution::codeIri));
        return sorted;
    }

    private List<Resolution> lookup(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return byIri.getOrDefault(normaliseIri(id), List.of());
        int colon = id.indexOf(':');
        if (colon > 0 && prefixes.contains(lower.substring(0, colon)))
            return byCurie.getOrDefault(lower, List.of());
        return byCode.getOrDefault(lower, List.of());
    }

    /**
     * The canonical prefixes that have at least one mapping.
     *
     * @return the prefixes
     */
    public Collection<String> prefixes() {
        return List.copyOf(prefixes);
    }

    /** IRIs compare without their scheme (http and https name the same code here) and case. */
    private static String normaliseIri(String iri) {
        String l = iri.toLowerCase(Locale.ROOT);
        return l.startsWith("https://") ? l.substring("https://".length()) : l.startsWith("http://") ? l.substring("http://".length()) : l;
    }

    private static void add(Map<String, List<Resolution>> index, String key, Resolution r) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
}
