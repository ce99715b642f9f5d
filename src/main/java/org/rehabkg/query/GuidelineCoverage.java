package org.rehabkg.query;

/**
 * How much of rehabkg's clinical practice guideline evidence addresses a profession: the recommendations
 * addressed to it, the guidelines they come from and the conditions they are about. Zero means rehabkg
 * holds no guideline recommendation addressed to it, not that none exists.
 */
public record GuidelineCoverage(Term profession, int recommendations, int guidelines, int conditions) {}
