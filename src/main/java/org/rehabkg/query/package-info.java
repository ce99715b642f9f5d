/**
 * <b>API.</b> rehabkg's supported Java API: the facade {@link org.rehabkg.query.RehabGraph} (over the
 * embedded graph, a TDB2 store or a SPARQL endpoint) and what it takes and returns. These types are
 * supported: {@link org.rehabkg.query.RehabGraph}, {@link org.rehabkg.query.QueryResult},
 * {@link org.rehabkg.query.Value}, {@link org.rehabkg.query.NameMatch},
 * {@link org.rehabkg.query.Comparison}, {@link org.rehabkg.query.Recommendation},
 * {@link org.rehabkg.query.LookupResult}, {@link org.rehabkg.query.EntityCard},
 * {@link org.rehabkg.query.Term}, {@link org.rehabkg.query.Statement},
 * {@link org.rehabkg.query.SourceRef}, {@link org.rehabkg.query.Share},
 * {@link org.rehabkg.query.GraphStats}, {@link org.rehabkg.query.GuidelineRecommendation},
 * {@link org.rehabkg.query.GuidelineCoverage}, {@link org.rehabkg.query.EntityResolver},
 * {@link org.rehabkg.query.QueryCatalog}, {@link org.rehabkg.query.NamedQuery},
 * {@link org.rehabkg.query.QueryParam}, {@link org.rehabkg.query.UnknownNameException},
 * {@link org.rehabkg.query.AmbiguousNameException}, {@link org.rehabkg.query.QueryTimeoutException},
 * {@link org.rehabkg.query.RemoteGraphException}, {@link org.rehabkg.query.Team},
 * {@link org.rehabkg.query.WorldEntry}, {@link org.rehabkg.query.SearchIndex},
 * {@link org.rehabkg.query.SearchRequest}, {@link org.rehabkg.query.SearchResult},
 * {@link org.rehabkg.query.SearchHit}.
 *
 * <p>The other public types of this package ({@code IdentifierResolver}, {@code NearestName},
 * {@code Names}, {@code Labels}, {@code ParamBinder}, {@code SparqlExamples}) are public for rehabkg's
 * command line and server only: internal, and may change. A {@code RehabGraph} may be shared between
 * threads; every answer is an immutable record. See docs/library.md.
 */
package org.rehabkg.query;
