package org.rehabkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.sys.FusekiModule;

/**
 * A Fuseki module of rehabkg's server that states what it guarantees. The start-up safety profile
 * is these statements joined, module by module, so it says what the installed code does and cannot
 * drift from it; docs/endpoint.md's table is checked against it.
 */
interface ProfiledModule extends FusekiModule {
    /** One entry per guarantee, in the words of the safety profile (no trailing punctuation). */
    List<String> safetyProfile();
}
