/**
 * <b>API.</b> The named queries: {@link org.rehabkg.query.QueryCatalog} (the catalogue of
 * {@code queries/}), {@link org.rehabkg.query.NamedQuery} (one query with its header),
 * {@link org.rehabkg.query.QueryParam} (a declared parameter) and
 * {@link org.rehabkg.query.UnknownNameException} (a name that is not in the catalogue or the graph).
 * Below {@link org.rehabkg.api.RehabGraph}: nothing here uses the {@code api} package.
 *
 * <p>The other public types ({@code NearestName}, {@code ParamBinder}, {@code SparqlExamples}) are
 * public for rehabkg's own packages, command line and server only: internal, and may change.
 */
package org.rehabkg.query;
