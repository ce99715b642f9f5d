package org.rehabkg.api;

/**
 * How much of rehabkg's clinical practice guideline evidence addresses a profession: the recommendations
 * addressed to it, the guidelines they come from and the conditions they are about. Zero means rehabkg
 * holds no guideline recommendation addressed to it, not that none exists.
 *
 * @param profession      the profession
 * @param recommendations the recommendations addressed to it
 * @param guidelines      the guidelines they come from
 * @param conditions      the conditions they are about
 */
public record GuidelineCoverage(Term profession, int recommendations, int guidelines, int conditions) {}
