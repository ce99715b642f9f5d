/**
 * <b>API.</b> rehabkg's supported Java API: the facade {@link org.rehabkg.api.RehabGraph} (over the
 * embedded graph, a TDB2 store or a SPARQL endpoint) and what it takes and returns. These types are
 * supported: {@link org.rehabkg.api.RehabGraph}, {@link org.rehabkg.api.QueryResult},
 * {@link org.rehabkg.api.Value}, {@link org.rehabkg.api.NameMatch},
 * {@link org.rehabkg.api.Comparison}, {@link org.rehabkg.api.Recommendation},
 * {@link org.rehabkg.api.LookupResult}, {@link org.rehabkg.api.EntityCard},
 * {@link org.rehabkg.api.Term}, {@link org.rehabkg.api.Statement},
 * {@link org.rehabkg.api.Provenance}, {@link org.rehabkg.api.Share},
 * {@link org.rehabkg.api.GraphStats}, {@link org.rehabkg.api.GuidelineRecommendation},
 * {@link org.rehabkg.api.GuidelineCoverage}, {@link org.rehabkg.api.EntityResolver},
 * {@link org.rehabkg.query.QueryCatalog}, {@link org.rehabkg.query.NamedQuery},
 * {@link org.rehabkg.query.QueryParam}, {@link org.rehabkg.query.UnknownNameException},
 * {@link org.rehabkg.api.AmbiguousNameException}, {@link org.rehabkg.api.QueryTimeoutException},
 * {@link org.rehabkg.api.RemoteGraphException}, {@link org.rehabkg.api.Team},
 * {@link org.rehabkg.api.WorldEntry}, {@link org.rehabkg.api.SearchIndex},
 * {@link org.rehabkg.api.SearchRequest}, {@link org.rehabkg.api.SearchResult},
 * {@link org.rehabkg.api.SearchHit}.
 *
 * <p>The other public types of this package ({@code IdentifierResolver}, {@code Names},
 * {@code Labels}) are public for rehabkg's command line and server only: internal, and may change. A {@code RehabGraph} may be shared between
 * threads; every answer is an immutable record. See docs/library.md.
 */
package org.rehabkg.api;
