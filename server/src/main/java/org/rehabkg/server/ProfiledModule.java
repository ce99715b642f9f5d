package org.rehabkg.server;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * A Fuseki module of rehabkg's server that states what it guarantees. The start-up safety profile
 * is these statements joined, module by module, so it says what the installed code does and cannot
 * drift from it; docs/endpoint.md's table is checked against it.
 */
interface ProfiledModule extends FusekiModule {
    /** Fuseki's name for the module, from its class: EndpointModule is "endpoint", SafetyGuards "safety-guards". */
    @Override
    default String name() {
        String words = getClass().getSimpleName().replaceFirst("Module$", "");
        return words.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Our modules are configured by their constructor, not by Fuseki's dataset names or configuration model. */
    @Override
    default void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        install(builder);
    }

    /**
     * Adds the module's endpoints, servlets and filters to the server being built. Empty by default,
     * as Fuseki's own steps are, so a module may still override {@link #prepare} instead.
     */
    default void install(FusekiServer.Builder builder) {}

    /** One entry per guarantee, in the words of the safety profile (no trailing punctuation). */
    List<String> safetyProfile();
}
