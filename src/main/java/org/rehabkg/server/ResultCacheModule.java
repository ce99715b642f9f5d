package org.rehabkg.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;

/**
 * Repeated SPARQL GETs answered from memory ({@link ResultCache}). Installed only on a read-only
 * server, where the same request always has the same answer.
 */
final class ResultCacheModule implements ProfiledModule {
    private final long maxBytes;

    ResultCacheModule(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return "result-cache";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        for (String path : EndpointModule.QUERY_PATHS)
            b.addFilter(path, new ResultCache(maxBytes));
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("result cache " + maxBytes / (1024 * 1024) + " MiB, answers up to "
                       + ResultCache.MAX_ENTRY_BYTES / 1024 + " KiB (--result-cache)");
    }
}
