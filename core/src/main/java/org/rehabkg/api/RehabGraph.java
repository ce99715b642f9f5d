package org.rehabkg.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbLoad;
import org.rehabkg.graph.tdb.TdbStore;
import org.rehabkg.graph.Vocab;

import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.ParamBinder;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.QueryParam;
import org.rehabkg.query.UnknownNameException;
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
    /** What to say about the graph in messages: the endpoint URL, the TDB2 folder, or "embedded". */
    private final String origin;
    /** The TDB2 store this graph opened and releases on close, else null. */
    private final Dataset ownedStore;
    private final AtomicBoolean closed;
    private final QueryCatalog catalog;
    private final Dataset dataset;
    private final List<EntityResolver> resolvers;
    private final EntityResolver mappedIdentifiers = new MappedIdentifiers(this);
    /** For a view in another language ({@link #inLanguage}): the graph it reads through, else null. */
    private final RehabGraph base;
    private final String language;
    private GraphIndex index;

    private RehabGraph(RDFLink link, QueryCatalog catalog, Dataset dataset, String origin, Dataset ownedStore) {
        this(link, catalog, dataset, origin, ownedStore, new AtomicBoolean(), new ArrayList<>(), null, Labels.DEFAULT_LANGUAGE);
    }

    private RehabGraph(RDFLink link, QueryCatalog catalog, Dataset dataset, String origin, Dataset ownedStore,
                       AtomicBoolean closed, List<EntityResolver> resolvers, RehabGraph base, String language) {
        this.link = link;
        this.origin = origin;
        this.ownedStore = ownedStore;
        this.closed = closed;
        this.catalog = catalog;
        this.dataset = dataset;
        this.resolvers = resolvers;
        this.base = base;
        this.language = language;
    }

    /**
     * The same graph showing labels and definitions in {@code language} (a BCP 47 tag such as
     * {@code de}) where the data has them, else in English, else in any language ({@link Labels}).
     * It shares this graph's connection, resolvers and index; closing it closes nothing, and it is
     * closed when this graph is.
     *
     * @param language a BCP 47 language tag
     * @return a view of this graph in that language
     */
    public RehabGraph inLanguage(String language) {
        required(language, "language");
        ensureOpen();
        RehabGraph root = base != null ? base : this;
        return new RehabGraph(link, catalog, dataset, origin, null, closed, resolvers, root, language);
    }

    /**
     * The graph packaged with rehabkg, loaded and materialised in memory.
     *
     * @return the graph
     */
    public static RehabGraph embedded() {
        return of(ServedDataset.embedded());
    }

    /**
     * A knowledge graph loaded by the caller (for example from a folder, {@link ServedDataset#load}),
     * with the named queries of the same source tree.
     *
     * @param kg the graph
     * @return the graph
     */
    public static RehabGraph of(ServedDataset kg) {
        required(kg, "kg");
        return over(kg.dataset(), QueryCatalog.load(kg.dataFolder()));
    }

    /**
     * Any dataset, with the given named queries. Closing the graph leaves the dataset open: it is the
     * caller's.
     *
     * @param dataset the dataset (in memory, TDB2 …)
     * @param catalog the named queries
     * @return the graph
     */
    public static RehabGraph over(Dataset dataset, QueryCatalog catalog) {
        required(dataset, "dataset");
        required(catalog, "catalog");
        return new RehabGraph(RDFLink.connect(dataset.asDatasetGraph()), catalog, dataset, "the dataset", null);
    }

    /**
     * A TDB2 store made by {@link TdbLoad#graph} (or restored from a backup), with the packaged named
     * queries. The store is locked against other processes until {@link #close()}.
     *
     * @param directory the store's folder
     * @return the graph
     * @throws IllegalArgumentException when the folder is missing or holds no rehabkg TDB2 store
     *         (nothing is created)
     */
    public static RehabGraph tdb(Path directory) {
        required(directory, "directory");
        if (!TdbStore.isStore(directory))
            throw new BadInputException("no rehabkg TDB2 store in " + directory + (Files.exists(directory) ? "" : " (no such folder)")
                    + "; make one with TdbLoad.graph(folder, ServedDataset.embedded(), progress)");
        // A store this JVM already has open (a server's) is left open on close; one opened here is released.
        boolean openBefore = TdbStore.isOpen(directory);
        Dataset ds = TDB2Factory.connectDataset(directory.toString());
        return new RehabGraph(RDFLink.connect(ds.asDatasetGraph()), QueryCatalog.load(DataFolder.embedded()), ds,
                "the TDB2 store " + directory, openBefore ? null : ds);
    }

    /**
     * A remote SPARQL 1.1 query endpoint (rehabkg serve, Fuseki, any store holding the rehabkg data),
     * with the packaged named queries. Nothing is asked of it until the first call.
     *
     * @param endpointUrl the query endpoint's URL
     * @return the graph
     */
    public static RehabGraph remote(String endpointUrl) {
        required(endpointUrl, "endpointUrl");
        return new RehabGraph(RDFLink.queryConnect(endpointUrl), QueryCatalog.load(DataFolder.embedded()), null,
                endpointUrl, null);
    }

    /**
     * The named queries.
     *
     * @return the catalogue
     */
    public QueryCatalog queries() {
        ensureOpen();
        return catalog;
    }

    /**
     * The local dataset, or null for a remote endpoint.
     *
     * @return the dataset, or null
     */
    public Dataset dataset() {
        ensureOpen();
        return dataset;
    }

    /**
     * Runs a named query by id with its parameters bound; no timeout.
     *
     * @param queryId the query's id ({@link #queries()})
     * @param params  parameter name to value (an IRI parameter may be given by name)
     * @return the whole answer
     * @throws UnknownNameException for an unknown query id or entity name
     */
    public QueryResult runNamed(String queryId, Map<String, String> params) {
        required(queryId, "queryId");
        return runNamed(catalog.get(queryId), params, null);
    }

    /**
     * Runs a named query with its parameters bound. An IRI parameter may also be given by name, as
     * everywhere else ({@code profession=OT}); IRIs and prefixed names are taken as they are.
     *
     * @param query   the query
     * @param params  parameter name to value
     * @param timeout overall limit, or null for none
     * @return the whole answer
     * @throws QueryTimeoutException when the query runs past {@code timeout}
     */
    public QueryResult runNamed(NamedQuery query, Map<String, String> params, Duration timeout) {
        required(query, "query");
        required(params, "params");
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, byName(query, name, value) ? resolveAny(value, "value of " + name) : value));
        return query(ParamBinder.bind(query, values), timeout);
    }

    private static boolean byName(NamedQuery query, String param, String value) {
        return query.param(param).filter(p -> p.type() == QueryParam.Type.IRI).isPresent()
                && !value.contains(":") && !value.startsWith("<");
    }

    private String resolveAny(String text, String kind) {
        return finder().find(text, kind, List.of()).iris().get(0);
    }

    /**
     * Runs SPARQL text (not a named query); no timeout.
     *
     * @param sparql a SELECT, ASK, CONSTRUCT or DESCRIBE query
     * @return the whole answer
     * @throws org.apache.jena.query.QueryParseException for malformed SPARQL
     */
    public QueryResult query(String sparql) {
        return query(sparql, null);
    }

    /**
     * Runs SPARQL text (not a named query).
     *
     * @param sparql  a SELECT, ASK, CONSTRUCT or DESCRIBE query
     * @param timeout overall limit, or null for none
     * @return the whole answer
     * @throws org.apache.jena.query.QueryParseException for malformed SPARQL
     * @throws QueryTimeoutException when the query runs past {@code timeout}
     */
    public QueryResult query(String sparql, Duration timeout) {
        required(sparql, "sparql");
        return query(QueryFactory.create(sparql), timeout);
    }

    /**
     * Runs a query and reads its whole answer, so the result outlives the execution.
     *
     * @param query   a parsed query
     * @param timeout overall limit, or null for none
     * @return the whole answer
     * @throws QueryTimeoutException when the query runs past {@code timeout}
     */
    public QueryResult query(Query query, Duration timeout) {
        required(query, "query");
        ensureOpen();
        QueryExecBuilder builder = link.newQuery().query(query);
        if (timeout != null)
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        QueryExecBuilder b = builder;
        return inRead(timeout, () -> {
            try (QueryExec exec = b.build()) {
                return Answers.read(exec, query);
            }
        });
    }

    /**
     * A local dataset (TDB2 above all) is read inside a read transaction; a remote one needs none.
     * Jena's failures become rehabkg's: a timeout, an endpoint that failed.
     */
    private <T> T inRead(Duration timeout, Supplier<T> action) {
        ensureOpen();
        try {
            if (dataset == null || dataset.isInTransaction())
                return action.get();
            return Txn.calculateRead(dataset, action);
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(timeout, e);
        } catch (QueryExceptionHTTP e) {
            throw RemoteFailure.of(origin, e.getStatusCode(), e.getStatusLine(), e);
        } catch (HttpException e) {
            throw RemoteFailure.of(origin, e.getStatusCode(), e.getStatusLine(), e);
        }
    }

    private void ensureOpen() {
        if (closed.get())
            throw new IllegalStateException("this RehabGraph (" + origin + ") is closed");
    }

    /** A null argument, named, instead of a NullPointerException from deep inside. */
    private static <T> T required(T value, String parameter) {
        return Objects.requireNonNull(value, () -> parameter + " must not be null");
    }

    /**
     * Plugs in a resolver of identifiers beyond the graph's own mappings (which are always asked);
     * resolvers are asked in the order added, after exact names and before near misses.
     *
     * @param resolver the resolver
     * @return this graph
     */
    public RehabGraph addResolver(EntityResolver resolver) {
        ensureOpen();
        resolvers.add(required(resolver, "resolver"));
        return this;
    }

    /**
     * The entities a name, abbreviation, id or identifier stands for, each as a card (label, types,
     * definition, sourced relations). A near miss ("autisim") gives the nearest entity with
     * {@link LookupResult#exact()} false.
     *
     * @param text a name, abbreviation, id or identifier
     * @return the matching entities' cards
     * @throws UnknownNameException when no name is close enough (with the nearest name, if any)
     * @throws AmbiguousNameException when a mistyped name is equally near to several entities
     */
    public LookupResult lookup(String text) {
        NameFinder.Match m = finder().find(required(text, "text"), "entity", List.of());
        Cards cards = new Cards(index(), this::select);
        return new LookupResult(m.typed(), m.matchedName(), m.exact(), m.iris().stream().map(cards::card).toList());
    }

    /**
     * The card of one entity by its IRI, as the entity pages show it; an IRI the graph does not know
     * gets a card with only what the data holds about it (possibly nothing).
     *
     * @param iri the entity's IRI
     * @return its card
     */
    public EntityCard card(String iri) {
        return new Cards(index(), this::select).card(required(iri, "iri"));
    }

    /**
     * Every profession in the graph, by label.
     *
     * @return the professions
     */
    public List<Term> professions() {
        return index().entities(List.of(Vocab.NS + "Profession")).stream().map(index()::term)
                      .sorted(java.util.Comparator.comparing(Term::label)).toList();
    }

    /**
     * The profession a name stands for: {@code OT}, {@code physiotherapy}, {@code occupational-therapy} …
     *
     * @param text the name
     * @return the profession
     * @throws UnknownNameException for a name that is no profession
     */
    public Term profession(String text) {
        return resolve(required(text, "text"), "profession", "Profession").entity();
    }

    /**
     * The side-by-side comparison of two professions over the five dimensions, with how each name was
     * understood ({@link Comparison#names()}).
     *
     * @param professionA the first profession's name
     * @param professionB the second profession's name
     * @return the comparison
     * @throws UnknownNameException for a name that is no profession
     * @throws AmbiguousNameException for a mistyped name equally near to several professions
     */
    public Comparison compare(String professionA, String professionB) {
        required(professionA, "professionA");
        required(professionB, "professionB");
        NameMatch a = resolve(professionA, "profession", "Profession"), b = resolve(professionB, "profession", "Profession");
        return new Comparer(index(), this::select).compare(a.entity().iri(), b.entity().iri()).withNames(a, b);
    }

    /**
     * Ranks the professions for a condition, and optionally a treatment goal (or a functional area)
     * and a life stage; see docs/cli.md for the scoring.
     *
     * How each name was understood is in {@link Recommendation#names()}.
     *
     * @param condition the condition's name
     * @param goal      a treatment goal's or functional area's name, or null
     * @param lifeStage a life stage's name, or null
     * @return the ranking
     * @throws UnknownNameException for a name that matches no entity of the expected kind
     * @throws AmbiguousNameException for a mistyped name equally near to several entities
     */
    public Recommendation recommend(String condition, String goal, String lifeStage) {
        required(condition, "condition");
        NameMatch c = resolve(condition, "condition", "Condition");
        NameMatch g = goal == null ? null : resolve(goal, "goal or functional area", "TreatmentGoal", "FunctionalArea");
        NameMatch l = lifeStage == null ? null : resolve(lifeStage, "life stage", "LifeStage");
        List<String> professions = index().entities(List.of(Vocab.NS + "Profession"));
        String conditionIri = c.entity().iri();
        Recommendation r = new Recommender(index(), this::select).recommend(professions, conditionIri,
                g == null ? null : g.entity().iri(), l == null ? null : l.entity().iri(), guidelineRecommendations(conditionIri));
        return r.withNames(java.util.stream.Stream.of(c, g, l).filter(Objects::nonNull).toList());
    }

    /**
     * The graded recommendations of clinical practice guidelines about a condition, strongest first (by
     * normalised level, then guideline): empty when no guideline in rehabkg covers it.
     *
     * @param conditionIri the condition's IRI
     * @return the recommendations
     */
    public List<GuidelineRecommendation> guidelineRecommendations(String conditionIri) {
        required(conditionIri, "conditionIri");
        return GuidelineReader.all(index(), this::select).stream()
                              .filter(r -> r.condition().iri().equals(conditionIri)).toList();
    }

    /**
     * How many guideline recommendations, from how many guidelines, about how many conditions, address a profession.
     *
     * @param professionIri the profession's IRI
     * @return the counts
     */
    public GuidelineCoverage guidelineCoverage(String professionIri) {
        required(professionIri, "professionIri");
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
     * @param condition the condition's name
     * @return the team
     * @throws UnknownNameException for a name that is no condition
     * @throws AmbiguousNameException for a mistyped name equally near to several conditions
     */
    public Team team(String condition) {
        Term c = resolve(condition, "condition", "Condition").entity();
        return new TeamReader(index(), this::select).read(c, professions(), guidelineRecommendations(c.iri()));
    }

    /**
     * The dimensions for which the sources were searched for a profession and none was found that
     * states them ({@code rkg:noSourceFoundFor}, ontology/gaps.ttl), by label: a checked gap.
     *
     * @param professionIri the profession's IRI
     * @return the dimensions, empty when none is marked
     */
    public List<Term> noSourceFound(String professionIri) {
        return new TeamReader(index(), this::select).noSourceFound(professionIri);
    }

    /**
     * Every condition in the graph, by label: what a team can be asked for.
     *
     * @return the conditions
     */
    public List<Term> conditions() {
        return index().entities(List.of(Vocab.NS + "Condition")).stream().map(index()::term)
                      .sorted(java.util.Comparator.comparing(Term::label)).toList();
    }

    /**
     * Per jurisdiction and profession, the entry-level education, entry exam and licence the sources
     * state: one entry for each pair a source gives a credential for, by jurisdiction, then profession.
     *
     * @return the entries
     */
    public List<WorldEntry> world() {
        return new WorldReader(index(), this::select).read();
    }

    // --- end of team and world views ---

    /**
     * The abbreviation of an entity ({@code OT} for occupational therapy), if it has one.
     *
     * @param iri the entity's IRI
     * @return the abbreviation, if any
     */
    public Optional<String> abbreviation(String iri) {
        return Optional.ofNullable(index().notation(required(iri, "iri")));
    }

    /**
     * Entities per class, statements with provenance, mappings per scheme.
     *
     * @return the statistics
     */
    public GraphStats stats() {
        return StatsReader.read(index(), this::select);
    }

    private NameMatch resolve(String text, String kind, String... classes) {
        List<String> types = Arrays.stream(classes).map(c -> Vocab.NS + c).toList();
        NameFinder.Match m = finder().find(text, kind, types);
        return new NameMatch(m.typed(), index().term(m.iris().get(0)), m.how(), m.matchedName());
    }

    private NameFinder finder() {
        List<EntityResolver> all = new ArrayList<>(resolvers);
        all.add(mappedIdentifiers);
        return new NameFinder(index(), all);
    }

    // Synchronized: a server may share one RehabGraph between request threads.
    private synchronized GraphIndex index() {
        ensureOpen();
        if (index == null)
            index = base != null ? base.index().inLanguage(language) : GraphIndex.read(this::select);
        return index;
    }

    /** A SELECT query's rows, read in full so that they outlive the execution. */
    private RowSet select(Query query) {
        return inRead(null, () -> {
            try (QueryExec exec = link.newQuery().query(query).build()) {
                return Answers.select(exec);
            }
        });
    }

    /**
     * Closes the connection; a TDB2 store opened by {@link #tdb} is released for other processes. Every
     * later call on this graph (and its {@link #inLanguage} views) throws an
     * {@link IllegalStateException} saying it is closed. Closing twice does nothing; closing a view
     * does nothing.
     */
    @Override
    public void close() {
        if (base != null || !closed.compareAndSet(false, true))
            return;
        link.close();
        if (ownedStore != null)
            TdbStore.release(ownedStore);
    }
}
