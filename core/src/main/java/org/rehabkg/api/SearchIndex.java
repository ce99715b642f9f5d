package org.rehabkg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.rehabkg.graph.Vocab;

/**
 * Finds rehabkg's entities by what a person or a tool types: a label in any language, an alternative
 * label, a notation, rehabkg's own identifier (slug, {@code rkg:slug}, IRI) or any mapped external
 * identifier in any usual form ({@code MESH:D009788}, {@code mesh:D009788}, {@code D009788}, its IRI),
 * forgiving typos. A Lucene index in memory, one document per name or identifier of an entity, read
 * once from the graph (so it is built the same over the embedded graph, TDB2 or a remote endpoint);
 * a new version of the data needs a new index. Thread-safe. See docs/search.md.
 *
 * <p>Ranking is by tiers, each a constant score, an entity taking its best name's tier: an exact
 * label, an exact identifier or notation, an exact synonym (a whole name of the thing, so before a
 * longer label that merely starts with it), the start of a label, of a synonym, of an identifier, all
 * the words of a label, of a synonym. Only when none of these matches are typos forgiven: a whole
 * label or synonym, then every word of one, within one typo per word. Within a tier the shorter label
 * comes first, then the alphabet.
 */
public final class SearchIndex {
    // Tier scores; the max over the matching tiers is a name's score (DisjunctionMaxQuery).
    private static final float EXACT_LABEL = 100, EXACT_ID = 90, EXACT_SYNONYM = 80, PREFIX_LABEL = 50,
            PREFIX_SYNONYM = 30, PREFIX_ID = 25, WORDS_LABEL = 20, WORDS_SYNONYM = 15, NEAR_NAME = 8, FUZZY_WORDS = 5;

    /**
     * Typos forgiven per word (of three letters or more) and per whole name: one edit, a transposition
     * counting as one. Two would catch more, but Lucene's two-edit automata cost several times more
     * to build per search (docs/search.md, "Speed").
     */
    private static final int TYPOS = 1;

    private static final String ENTITY = "entity", FIELD = "field", TEXT = "text", KEY = "key", WORD = "word",
            ID = "idkey", TYPE = "type", CLASS = "class";

    static final String DEFINITIONS_QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?entity ?definition WHERE { ?entity skos:definition ?definition FILTER(isIRI(?entity)) }
            """;

    private static final Set<String> CLASS_TYPES = Set.of(
            "http://www.w3.org/2002/07/owl#Class", "http://www.w3.org/2000/01/rdf-schema#Class");
    private static final Set<String> PROPERTY_TYPES = Set.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property", "http://www.w3.org/2002/07/owl#ObjectProperty",
            "http://www.w3.org/2002/07/owl#DatatypeProperty", "http://www.w3.org/2002/07/owl#AnnotationProperty");

    /** What is shown of an entity, whatever name found it. */
    private static final class Entity {
        final String iri;
        final List<Node> labels = new ArrayList<>();
        final List<Node> definitions = new ArrayList<>();
        final Set<String> synonyms = new TreeSet<>();
        final Set<String> types = new TreeSet<>();

        Entity(String iri) {
            this.iri = iri;
        }

        String kind() {
            if (types.stream().anyMatch(CLASS_TYPES::contains))
                return "class";
            if (types.stream().anyMatch(PROPERTY_TYPES::contains))
                return "property";
            return "individual";
        }
    }

    private final Map<String, Entity> entities;
    private final Set<String> classes;
    private final IndexSearcher searcher;
    /** The entity of each document, so that grouping the hits reads no stored fields (the index never changes). */
    private final Entity[] entityOfDoc;

    private SearchIndex(Map<String, Entity> entities, Set<String> classes, IndexSearcher searcher) {
        this.entities = entities;
        this.classes = classes;
        this.searcher = searcher;
        try {
            StoredFields stored = searcher.storedFields();
            this.entityOfDoc = new Entity[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < entityOfDoc.length; doc++)
                entityOfDoc[doc] = entities.get(stored.document(doc, Set.of(ENTITY)).get(ENTITY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every name, type, definition and mapping of rehabkg's entities in {@code graph} and indexes them.
     *
     * @param graph the graph to read
     * @return the index of what {@code graph} holds now
     */
    public static SearchIndex of(RehabGraph graph) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<String[]> names = new ArrayList<>();
        rows(graph, InternalQuery.load("names").query(), row -> {
            Entity e = entity(entities, row.getResource("entity").getURI());
            if (e == null)
                return;
            Node name = row.get("name").asNode();
            String kind = row.getLiteral("kind").getString();
            switch (kind) {
                case "label", "prefLabel" -> e.labels.add(name);
                default -> e.synonyms.add(name.getLiteralLexicalForm());
            }
            names.add(new String[] { e.iri, name.getLiteralLexicalForm(), kind.equals("prefLabel") ? "label" : kind.equals("altLabel") ? "synonym" : kind });
        });
        rows(graph, InternalQuery.load("types").query(), row -> {
            Entity e = entity(entities, row.getResource("entity").getURI());
            if (e != null)
                e.types.add(row.getResource("type").getURI());
        });
        rows(graph, QueryFactory.create(DEFINITIONS_QUERY), row -> {
            Entity e = entities.get(row.getResource("entity").getURI());
            if (e != null)
                e.definitions.add(row.get("definition").asNode());
        });
        List<String[]> mappings = new ArrayList<>();
        rows(graph, QueryFactory.create(IdentifierResolver.MAPPINGS_QUERY), row -> {
            String iri = row.getResource("entity").getURI();
            String code = row.getResource("code").getURI();
            if (entities.containsKey(iri))
                mappings.add(new String[] { iri, row.getLiteral("prefix").getString(), code.substring(row.getLiteral("ns").getString().length()), code });
        });
        return new SearchIndex(entities, classesOf(entities), write(entities, names, mappings));
    }

    private static void rows(RehabGraph graph, Query query, java.util.function.Consumer<QuerySolution> each) {
        ResultSet rows = graph.query(query, null).toResultSet();
        rows.forEachRemaining(each);
    }

    /** rehabkg's own entities only; the evidence graphs are where statements come from, not things to find. */
    private static Entity entity(Map<String, Entity> entities, String iri) {
        if (!iri.startsWith(Vocab.NS) || iri.startsWith(Vocab.GRAPH_NS) || iri.length() == Vocab.NS.length())
            return null;
        return entities.computeIfAbsent(iri, Entity::new);
    }

    private static Set<String> classesOf(Map<String, Entity> entities) {
        Set<String> all = new TreeSet<>();
        entities.values().forEach(e -> all.addAll(e.types));
        return all;
    }

    private static IndexSearcher write(Map<String, Entity> entities, List<String[]> names, List<String[]> mappings) {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            // Labels first: where two names of one entity score the same, the first found is shown as matched.
            for (String[] n : names) {
                Entity e = entities.get(n[0]);
                Document doc = doc(e, n[2], n[1]);
                String key = Names.normalise(n[1]);
                doc.add(new StringField(KEY, key, Field.Store.YES));
                for (String w : key.split(" "))
                    doc.add(new StringField(WORD, w, Field.Store.NO));
                if (n[2].equals("notation"))
                    doc.add(new StringField(ID, idForm(n[1]), Field.Store.YES));
                writer.addDocument(doc);
            }
            for (Entity e : entities.values()) {
                String slug = e.iri.substring(Vocab.NS.length());
                writer.addDocument(ids(doc(e, "identifier", "rkg:" + slug), slug, "rkg:" + slug, e.iri));
            }
            for (String[] m : mappings) {
                String curie = m[1] + ":" + m[2];
                writer.addDocument(ids(doc(entities.get(m[0]), "identifier", curie), curie, m[2], m[3]));
            }
            writer.forceMerge(1);   // one segment: each search walks one term dictionary
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index in memory", e);
        }
    }

    private static Document doc(Entity e, String field, String text) {
        Document doc = new Document();
        doc.add(new StringField(ENTITY, e.iri, Field.Store.YES));
        doc.add(new StringField(FIELD, field, Field.Store.YES));
        doc.add(new StoredField(TEXT, text));
        doc.add(new StringField(TYPE, e.kind(), Field.Store.NO));
        for (String t : e.types)
            doc.add(new StringField(CLASS, t, Field.Store.NO));
        return doc;
    }

    private static Document ids(Document doc, String... forms) {
        for (String f : new TreeSet<>(Arrays.stream(forms).map(SearchIndex::idForm).toList()))
            doc.add(new StringField(ID, f, Field.Store.YES));
        return doc;
    }

    /**
     * The form identifiers are compared in: without angle brackets, lower case, an IRI without its
     * scheme (http and https name the same code here).
     */
    static String idForm(String text) {
        String id = text.strip();
        if (id.startsWith("<") && id.endsWith(">"))
            id = id.substring(1, id.length() - 1).strip();
        id = id.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] { "https://", "http://" })
            if (id.startsWith(scheme))
                return id.substring(scheme.length());
        return id;
    }

    /**
     * The rehabkg classes that have instances or subclasses here: the values {@code instanceOf} accepts.
     *
     * @return the classes' IRIs
     */
    public Set<String> classes() {
        return classes;
    }

    /**
     * The page of entities that {@code request} finds, best first.
     *
     * @param request what to search for, and which page
     * @return the page, with the number of entities found in all
     * @throws IllegalArgumentException when {@code instanceOf} names a class the graph does not have
     */
    public SearchResult search(SearchRequest request) {
        for (String c : request.instanceOf())
            if (!classes.contains(c))
                throw new IllegalArgumentException("instanceOf: " + c + " is not a class of the graph");
        Typed typed = new Typed(request);
        try {
            int all = Math.max(1, entityOfDoc.length);
            ScoreDoc[] docs = searcher.search(typed.query(false), all).scoreDocs;
            if (docs.length == 0 && typed.typosAllowed())
                docs = searcher.search(typed.query(true), all).scoreDocs;
            Map<Entity, Found> best = new LinkedHashMap<>();
            for (ScoreDoc sd : docs)
                best.putIfAbsent(entityOfDoc[sd.doc], new Found(entityOfDoc[sd.doc], sd.score, sd.doc));
            List<Found> ranked = new ArrayList<>();
            best.values().forEach(f -> ranked.add(f.shown(request.language())));
            ranked.sort(Comparator.comparingDouble((Found f) -> -f.score)
                                  .thenComparingInt(f -> f.label.length())
                                  .thenComparing(f -> f.label.toLowerCase(Locale.ROOT))
                                  .thenComparing(f -> f.entity.iri));
            StoredFields stored = searcher.storedFields();
            List<SearchHit> page = new ArrayList<>();
            for (Found f : ranked.stream().skip(request.start()).limit(request.rows()).toList())
                page.add(f.hit(stored.document(f.doc), typed, request.language()));
            return new SearchResult(ranked.size(), request.start(), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity, the score of its best name, that name's document, and the label to show. */
    private static final class Found {
        final Entity entity;
        final float score;
        final int doc;
        String label;

        Found(Entity entity, float score, int doc) {
            this.entity = entity;
            this.score = score;
            this.doc = doc;
        }

        Found shown(String language) {
            label = Labels.pick(entity.labels, language).map(Node::getLiteralLexicalForm)
                          .orElse(entity.iri.substring(Vocab.NS.length()));
            return this;
        }

        SearchHit hit(Document name, Typed typed, String language) {
            List<String> description = Labels.pick(entity.definitions, language).map(n -> List.of(n.getLiteralLexicalForm())).orElse(List.of());
            String field = name.get(FIELD);
            return new SearchHit(entity.iri, label, "rkg:" + entity.iri.substring(Vocab.NS.length()), entity.kind(),
                    description, List.copyOf(entity.synonyms), field, name.get(TEXT), typed.how(name));
        }
    }

    /** The typed text in the forms it is compared in, and the Lucene query built from it. */
    private static final class Typed {
        final SearchRequest request;
        final String key;
        final String[] words;
        final String id;

        Typed(SearchRequest request) {
            this.request = request;
            this.key = Names.normalise(request.q());
            this.words = key.isEmpty() ? new String[0] : key.split(" ");
            this.id = idForm(request.q());
        }

        /**
         * Typos are forgiven only when nothing matches without them, and never in what looks like an
         * identifier (a colon, a slash or a digit): Lucene's typo automata cost milliseconds per
         * word, the other tiers microseconds (docs/search.md, "Speed").
         */
        boolean typosAllowed() {
            return !request.exact() && !key.isEmpty() && request.q().chars().noneMatch(c -> c == ':' || c == '/' || Character.isDigit(c));
        }

        /** The tiers without typos, or ({@code typos}) the tiers with them. */
        org.apache.lucene.search.Query query(boolean typos) {
            List<org.apache.lucene.search.Query> tiers = new ArrayList<>();
            if (typos) {
                tier(tiers, new FuzzyQuery(new Term(KEY, key), TYPOS, 0), NEAR_NAME, "label", "synonym");
                tier(tiers, words(true), FUZZY_WORDS, "label", "synonym");
            } else {
                if (!key.isEmpty()) {
                    tier(tiers, new TermQuery(new Term(KEY, key)), EXACT_LABEL, "label");
                    tier(tiers, new TermQuery(new Term(KEY, key)), EXACT_SYNONYM, "synonym");
                    tier(tiers, new TermQuery(new Term(KEY, key)), EXACT_ID, "notation");
                }
                tier(tiers, new TermQuery(new Term(ID, id)), EXACT_ID, "identifier", "notation");
                if (!request.exact()) {
                    if (!key.isEmpty()) {
                        tier(tiers, new PrefixQuery(new Term(KEY, key)), PREFIX_LABEL, "label");
                        tier(tiers, new PrefixQuery(new Term(KEY, key)), PREFIX_SYNONYM, "synonym");
                        tier(tiers, words(false), WORDS_LABEL, "label");
                        tier(tiers, words(false), WORDS_SYNONYM, "synonym");
                    }
                    if (id.length() >= 2)
                        tier(tiers, new PrefixQuery(new Term(ID, id)), PREFIX_ID, "identifier");
                }
            }
            if (tiers.isEmpty())
                return new org.apache.lucene.search.MatchNoDocsQuery("no field left to search");
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(new DisjunctionMaxQuery(tiers, 0), Occur.MUST);
            if (!request.types().isEmpty())
                q.add(anyOf(TYPE, request.types()), Occur.FILTER);
            if (!request.instanceOf().isEmpty())
                q.add(anyOf(CLASS, request.instanceOf()), Occur.FILTER);
            return q.build();
        }

        /** Adds a tier for names of these kinds, less those the request leaves out. */
        private void tier(List<org.apache.lucene.search.Query> tiers, org.apache.lucene.search.Query match, float score, String... fields) {
            Set<String> kept = new TreeSet<>(Arrays.asList(fields));
            if (!request.fields().isEmpty())
                kept.retainAll(request.fields());
            if (kept.isEmpty())
                return;
            BooleanQuery both = new BooleanQuery.Builder()
                    .add(anyOf(FIELD, kept), Occur.FILTER)
                    .add(match, Occur.FILTER).build();
            tiers.add(new BoostQuery(new ConstantScoreQuery(both), score));
        }

        /**
         * Every typed word among the name's words; in autocomplete each may be the start of a word;
         * with typos, each word of three letters or more within {@link #TYPOS} edit.
         */
        private org.apache.lucene.search.Query words(boolean fuzzy) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : words) {
                Term t = new Term(WORD, w);
                org.apache.lucene.search.Query q;
                if (fuzzy && w.length() > 2)
                    q = new FuzzyQuery(t, TYPOS, 0);
                else if (request.autocomplete())
                    q = new PrefixQuery(t);
                else
                    q = new TermQuery(t);
                all.add(q, Occur.FILTER);
            }
            return all.build();
        }

        private static org.apache.lucene.search.Query anyOf(String field, Set<String> values) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : values)
                any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
            return any.setMinimumNumberShouldMatch(1).build();
        }

        /** How a found name matched, for the reader: exact, prefix, words or fuzzy. */
        String how(Document name) {
            List<String> ids = Arrays.asList(name.getValues(ID));
            String nameKey = name.get(KEY);
            if (ids.contains(id) || key.equals(nameKey))
                return "exact";
            if (!request.exact() && (nameKey != null && !key.isEmpty() && nameKey.startsWith(key)
                                     || id.length() >= 2 && ids.stream().anyMatch(i -> i.startsWith(id))))
                return "prefix";
            if (nameKey != null) {
                List<String> nameWords = Arrays.asList(nameKey.split(" "));
                if (Arrays.stream(words).allMatch(w -> nameWords.contains(w)
                        || request.autocomplete() && nameWords.stream().anyMatch(n -> n.startsWith(w))))
                    return "words";
            }
            return "fuzzy";
        }
    }
}
