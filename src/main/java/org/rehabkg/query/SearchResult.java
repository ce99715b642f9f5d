package org.rehabkg.query;

import java.util.List;

/** One page of a search: how many entities match in all, from which one this page starts, and its hits. */
public record SearchResult(int numFound, int start, List<SearchHit> hits) {}
