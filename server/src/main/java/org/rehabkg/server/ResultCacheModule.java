package org.rehabkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Repeated SPARQL GETs answered from memory ({@link ResultCache}). Installed only on a read-only
 * server, where the same request always has the same answer.
 */
record ResultCacheModule(long maxBytes) implements ProfiledModule {
    @Override
    public void install(FusekiServer.Builder b) {
        for (String path : EndpointModule.QUERY_PATHS)
            b.addFilter(path, new ResultCache(maxBytes));
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("result cache " + maxBytes / (1024 * 1024) + " MiB, answers up to "
                       + ResultCache.MAX_ENTRY_BYTES / 1024 + " KiB (--result-cache)");
    }
}
