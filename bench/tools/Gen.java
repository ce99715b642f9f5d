import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * bench: a large synthetic linked vocabulary attached to rehabkg's entities, as N-Triples.
 * Each code is a skos:Concept in one of 16 schemes with a notation, an English and a German label, a
 * broader code, and a mapping (exact/close/related/broad/narrow match) to one rehabkg individual;
 * every 8th code is also mapped back from the entity (skos:relatedMatch). Deterministic (seed 42).
 * Usage: Gen TRIPLES EXPORT.nq OUT.nt  (stops at the first code that would exceed TRIPLES)
 */
public final class Gen {
    static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SYN = "https://example.org/synthvoc/";
    static final String[] MATCH = { "exactMatch", "closeMatch", "relatedMatch", "broadMatch", "narrowMatch" };

    public static void main(String[] args) throws Exception {
        long target = Long.parseLong(args[0]);
        List<String> entities = entities(Path.of(args[1]));
        SplittableRandom rnd = new SplittableRandom(42);
        long triples = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), 1 << 20)) {
            for (int s = 0; s < 16; s++) {
                w.write("<" + SYN + "scheme/" + s + "> " + RDF_TYPE + " <" + SKOS + "ConceptScheme> .\n");
                triples++;
            }
            for (long i = 0; ; i++) {
                int per = (i % 8 == 0) ? 8 : 7;
                if (triples + per > target)
                    break;
                String code = "<" + SYN + "code/" + Long.toString(i, 36).toUpperCase() + ">";
                String entity = entities.get(rnd.nextInt(entities.size()));
                w.write(code + " " + RDF_TYPE + " <" + SKOS + "Concept> .\n");
                w.write(code + " <" + SKOS + "inScheme> <" + SYN + "scheme/" + (i % 16) + "> .\n");
                w.write(code + " <" + SKOS + "notation> \"SV-" + i + "\" .\n");
                w.write(code + " <" + SKOS + "prefLabel> \"synthetic code " + i + "\"@en .\n");
                w.write(code + " <" + SKOS + "prefLabel> \"synthetischer Code " + i + "\"@de .\n");
                w.write(code + " <" + SKOS + "broader> <" + SYN + "code/" + Long.toString(i / 10, 36).toUpperCase() + "> .\n");
                w.write(code + " <" + SKOS + MATCH[rnd.nextInt(MATCH.length)] + "> " + entity + " .\n");
                if (per == 8)
                    w.write(entity + " <" + SKOS + "relatedMatch> " + code + " .\n");
                triples += per;
            }
        }
        System.out.println(triples);
    }

    /** rehabkg's individuals: subjects typed owl:NamedIndividual in the export. */
    static List<String> entities(Path export) throws Exception {
        TreeSet<String> found = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains(" " + RDF_TYPE + " <http://www.w3.org/2002/07/owl#NamedIndividual> ") && line.startsWith("<"))
                    found.add(line.substring(0, line.indexOf('>') + 1));
            }
        }
        if (found.isEmpty())
            throw new IllegalStateException("no owl:NamedIndividual in " + export);
        return new ArrayList<>(found);
    }
}
