package org.rehabkg.api;

import java.util.List;

/**
 * One page of a search: how many entities match in all, from which one this page starts, and its hits.
 *
 * @param numFound how many entities match in all
 * @param start    how many were skipped before this page
 * @param hits     this page's entities, best first
 */
public record SearchResult(int numFound, int start, List<SearchHit> hits) {}
