/**
 * <b>Internal.</b> The {@code rehabkg} command line: one class per verb, a thin layer over
 * {@link org.rehabkg.api.RehabGraph}. Public only because picocli and the launcher need it; not an API.
 */
package org.rehabkg.cli;
