package org.rehabkg.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.SourceTree;
import org.rehabkg.graph.Vocab;

/**
 * The Java entry point: the rehabkg graph (embedded, a TDB2 folder, or any SPARQL 1.1 endpoint),
 * its named queries, and the questions the graph answers directly: {@link #compare}, {@link #lookup},
 * {@link #recommend}, {@link #guidelineRecommendations}, {@link #stats}. Names are forgiving everywhere (label, alternative label,
 * abbreviation or id; case, accents, plurals and small typos).
 *
 * <pre>{@code
 * try (RehabGraph g = RehabGraph.embedded()) {
 *     Comparison c = g.compare("OT", "physiotherapy");
 *     Recommendation r = g.recommend("autism", null, "children");
 *     LookupResult l = g.lookup("NPTE");
 * }
 * }</pre>
 *
 * The names, types and sources it shows are read once, on first need, and kept.
 */
public final class RehabGraph implements AutoCloseable {
    private final RDFLink link;
    private final QueryCatalog catalog;
    private final Dataset dataset;
    private final List<EntityResolver> resolvers;
    private final EntityResolver mappedIdentifiers = new MappedIdentifiers(this);
    /** For a view in another language ({@link #inLanguage}): the graph it reads through, else null. */
    private final RehabGraph base;
    private final String language;
    private GraphIndex index;

    private RehabGraph(RDFLink link, QueryCatalog catalog, Dataset dataset) {
        this(link, catalog, dataset, new ArrayList<>(), null, Labels.DEFAULT_LANGUAGE);
    }

    private RehabGraph(RDFLink link, QueryCatalog catalog, Dataset dataset, List<EntityResolver> resolvers,
                       RehabGraph base, String language) {
        this.link = link;
        this.catalog = catalog;
        this.dataset = dataset;
        this.resolvers = resolvers;
        this.base = base;
        this.language = language;
    }

    /**
     * The same graph showing labels and definitions in {@code language} (a BCP 47 tag such as
     * {@code de}) where the data has them, else in English, else in any language ({@link Labels}).
     * It shares this graph's connection, resolvers and index; closing it closes nothing.
     */
    public RehabGraph inLanguage(String language) {
        RehabGraph root = base != null ? base : this;
        return new RehabGraph(link, catalog, dataset, resolvers, root, language);
    }

    /** The graph packaged with rehabkg, loaded and materialised in memory. */
    public static RehabGraph embedded() {
        return of(KnowledgeGraph.embedded());
    }

    public static RehabGraph of(KnowledgeGraph kg) {
        return over(kg.dataset(), QueryCatalog.load(kg.sourceTree()));
    }

    /** Any dataset (for example a TDB2 store), with the packaged named queries. */
    public static RehabGraph over(Dataset dataset, QueryCatalog catalog) {
        return new RehabGraph(RDFLink.connect(dataset.asDatasetGraph()), catalog, dataset);
    }

    /** A TDB2 database folder made by {@code rehabkg load}. */
    public static RehabGraph tdb(Path directory) {
        return over(TDB2Factory.connectDataset(directory.toString()), QueryCatalog.load(SourceTree.embedded()));
    }

    /** A remote SPARQL 1.1 query endpoint (rehabkg serve, Fuseki, any store holding the rehabkg data). */
    public static RehabGraph remote(String endpointUrl) {
        return new RehabGraph(RDFLink.queryConnect(endpointUrl), QueryCatalog.load(SourceTree.embedded()), null);
    }

    public QueryCatalog queries() {
        return catalog;
    }

    /** The local dataset, or null for a remote endpoint. */
    public Dataset dataset() {
        return dataset;
    }

    /** Runs a named query with its parameters bound; no timeout. */
    public SPARQLResult run(String queryId, Map<String, String> params) {
        return run(catalog.get(queryId), params, null);
    }

    /**
     * Runs a named query with its parameters bound. An IRI parameter may also be given by name, as
     * everywhere else ({@code profession=OT}); IRIs and prefixed names are taken as they are.
     */
    public SPARQLResult run(NamedQuery query, Map<String, String> params, Duration timeout) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, byName(query, name, value) ? resolveAny(value, "value of " + name) : value));
        return run(ParamBinder.bind(query, values), timeout);
    }

    private static boolean byName(NamedQuery query, String param, String value) {
        return query.param(param).filter(p -> p.type() == QueryParam.Type.IRI).isPresent()
                && !value.contains(":") && !value.startsWith("<");
    }

    private String resolveAny(String text, String kind) {
        return finder().find(text, kind, List.of()).iris().get(0);
    }

    /** Runs SPARQL text (not a named query); no timeout. */
    public SPARQLResult query(String sparql) {
        return run(sparql, (Duration) null);
    }

    /** Runs SPARQL text (not a named query). */
    public SPARQLResult run(String sparql, Duration timeout) {
        return run(QueryFactory.create(sparql), timeout);
    }

    /**
     * Runs a query and reads its whole answer, so the result outlives the execution.
     *
     * @param timeout overall limit, or null for none
     */
    public SPARQLResult run(Query query, Duration timeout) {
        QueryExecBuilder builder = link.newQuery().query(query);
        if (timeout != null)
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        QueryExecBuilder b = builder;
        return inRead(() -> {
            try (QueryExec exec = b.build()) {
                return Answers.read(exec, query);
            }
        });
    }

    /** A local dataset (TDB2 above all) is read inside a read transaction; a remote one needs none. */
    private <T> T inRead(Supplier<T> action) {
        if (dataset == null || dataset.isInTransaction())
            return action.get();
        return Txn.calculateRead(dataset, action);
    }

    /**
     * Plugs in a resolver of identifiers beyond the graph's own mappings (which are always asked);
     * resolvers are asked in the order added, after exact names and before near misses.
     */
    public RehabGraph addResolver(EntityResolver resolver) {
        resolvers.add(resolver);
        return this;
    }

    /**
     * The entities a name, abbreviation, id or identifier stands for, each as a card (label, types,
     * definition, sourced relations). A near miss ("autisim") gives the nearest entity with
     * {@link LookupResult#exact()} false.
     *
     * @throws UnknownNameException when no name is close enough (with the nearest name, if any)
     */
    public LookupResult lookup(String text) {
        NameFinder.Match m = finder().find(text, "entity", List.of());
        Cards cards = new Cards(index(), this::select);
        return new LookupResult(m.typed(), m.matchedName(), m.exact(), m.iris().stream().map(cards::card).toList());
    }

    /**
     * The card of one entity by its IRI, as the entity pages show it; an IRI the graph does not know
     * gets a card with only what the data holds about it (possibly nothing).
     */
    public EntityCard card(String iri) {
        return new Cards(index(), this::select).card(iri);
    }

    /** Every profession in the graph, by label. */
    public List<Term> professions() {
        return index().entities(List.of(Vocab.NS + "Profession")).stream().map(index()::term)
                      .sorted(java.util.Comparator.comparing(Term::label)).toList();
    }

    /** The profession a name stands for: {@code OT}, {@code physiotherapy}, {@code occupational-therapy} … */
    public Term profession(String text) {
        return resolve(text, "profession", "Profession");
    }

    /**
     * The side-by-side comparison of two professions over the five dimensions.
     *
     * @throws UnknownNameException for a name that is no profession
     */
    public Comparison compare(String professionA, String professionB) {
        Term a = profession(professionA), b = profession(professionB);
        return new Comparer(index(), this::select).compare(a.iri(), b.iri());
    }

    /**
     * Ranks the professions for a condition, and optionally a treatment goal (or a functional area)
     * and a life stage; see {@link RecommendRule} for the scoring.
     *
     * @param goal may be null
     * @param lifeStage may be null
     * @throws UnknownNameException for a name that matches no entity of the expected kind
     */
    public Recommendation recommend(String condition, String goal, String lifeStage) {
        Term c = resolve(condition, "condition", "Condition");
        Term g = goal == null ? null : resolve(goal, "goal or functional area", "TreatmentGoal", "FunctionalArea");
        Term l = lifeStage == null ? null : resolve(lifeStage, "life stage", "LifeStage");
        List<String> professions = index().entities(List.of(Vocab.NS + "Profession"));
        return new Recommender(index(), this::select).recommend(professions, c.iri(), g == null ? null : g.iri(),
                l == null ? null : l.iri(), guidelineRecommendations(c.iri()));
    }

    /**
     * The graded recommendations of clinical practice guidelines about a condition, strongest first (by
     * normalised level, then guideline): empty when no guideline in rehabkg covers it.
     */
    public List<GuidelineRecommendation> guidelineRecommendations(String conditionIri) {
        return GuidelineReader.all(index(), this::select).stream()
                              .filter(r -> r.condition().iri().equals(conditionIri)).toList();
    }

    /** How many guideline recommendations, from how many guidelines, about how many conditions, address a profession. */
    public GuidelineCoverage guidelineCoverage(String professionIri) {
        List<GuidelineRecommendation> addressed = GuidelineReader.all(index(), this::select).stream()
                                                                 .filter(r -> r.addresses(professionIri)).toList();
        return new GuidelineCoverage(index().term(professionIri), addressed.size(),
                (int) addressed.stream().map(r -> r.guideline().iri()).distinct().count(),
                (int) addressed.stream().map(r -> r.condition().iri()).distinct().count());
    }

    // --- team and world views (issues 14 and 15): the records the team and world pages and `rehabkg team` show ---

    /**
     * The rehabilitation team for a condition: the professions a source says address it (they treat it,
     * or serve a population that has it, or a guideline recommendation about it is addressed to them),
     * with their sourced interventions and the guideline recommendations, strongest first; the other
     * professions are listed as not stated (open world).
     *
     * @throws UnknownNameException for a name that is no condition
     */
    public Team team(String condition) {
        Term c = resolve(condition, "condition", "Condition");
        return new TeamReader(index(), this::select).read(c, professions(), guidelineRecommendations(c.iri()));
    }

    /**
     * The dimensions for which the sources were searched for a profession and none was found that
     * states them ({@code rkg:noSourceFoundFor}, ontology/gaps.ttl), by label: a checked gap.
     */
    public List<Term> noSourceFound(String professionIri) {
        return new TeamReader(index(), this::select).noSourceFound(professionIri);
    }

    /** Every condition in the graph, by label: what a team can be asked for. */
    public List<Term> conditions() {
        return index().entities(List.of(Vocab.NS + "Condition")).stream().map(index()::term)
                      .sorted(java.util.Comparator.comparing(Term::label)).toList();
    }

    /** Per jurisdiction and profession, the entry-level education, entry exam and licence the sources state. */
    public List<WorldEntry> world() {
        return new WorldReader(index(), this::select).read();
    }

    // --- end of team and world views ---

    /** The abbreviation of an entity ({@code OT} for occupational therapy), if it has one. */
    public Optional<String> abbreviation(String iri) {
        return Optional.ofNullable(index().notation(iri));
    }

    /** Entities per class, statements with provenance, mappings per scheme. */
    public GraphStats stats() {
        return StatsReader.read(index(), this::select);
    }

    private Term resolve(String text, String kind, String... classes) {
        List<String> types = Arrays.stream(classes).map(c -> Vocab.NS + c).toList();
        NameFinder.Match m = finder().find(text, kind, types);
        return index().term(m.iris().get(0));
    }

    private NameFinder finder() {
        List<EntityResolver> all = new ArrayList<>(resolvers);
        all.add(mappedIdentifiers);
        return new NameFinder(index(), all);
    }

    // Synchronized: a server may share one RehabGraph between request threads.
    private synchronized GraphIndex index() {
        if (index == null)
            index = base != null ? base.index().inLanguage(language) : GraphIndex.read(this::select);
        return index;
    }

    /** A SELECT query's rows, read in full so that they outlive the execution. */
    private RowSet select(Query query) {
        return inRead(() -> {
            try (QueryExec exec = link.newQuery().query(query).build()) {
                return Answers.select(exec);
            }
        });
    }

    @Override
    public void close() {
        if (base == null)
            link.close();
    }
}
