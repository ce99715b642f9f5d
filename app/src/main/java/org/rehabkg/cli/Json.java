package org.rehabkg.cli;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.rehabkg.api.Comparison;
import org.rehabkg.api.EntityCard;
import org.rehabkg.api.GuidelineRecommendation;
import org.rehabkg.api.LookupResult;
import org.rehabkg.api.Recommendation;
import org.rehabkg.api.Share;
import org.rehabkg.api.Provenance;
import org.rehabkg.api.Statement;
import org.rehabkg.api.Term;

/** The API's answers as JSON (Jena's JSON writer), for scripts: field names follow the Java records. */
final class Json {
    private Json() {}

    static JsonObject term(Term t) {
        JsonObject o = new JsonObject();
        if (t.iri() != null)
            o.put("iri", t.iri());
        o.put("label", t.label());
        return o;
    }

    static JsonArray terms(List<Term> terms) {
        return array(terms, Json::term);
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    static JsonArray sources(List<Provenance> sources) {
        JsonArray a = new JsonArray();
        for (Provenance s : sources) {
            JsonObject o = new JsonObject();
            o.put("graph", s.graph());
            putIfPresent(o, "graphLabel", s.graphLabel());
            putIfPresent(o, "source", s.source());
            putIfPresent(o, "sourceLabel", s.sourceLabel());
            putIfPresent(o, "section", s.section());
            putIfPresent(o, "hedge", s.hedge());
            a.add(o);
        }
        return a;
    }

    static JsonObject statement(Statement s) {
        JsonObject o = new JsonObject();
        o.put("subject", term(s.subject()));
        o.put("property", term(s.property()));
        o.put("object", term(s.object()));
        o.put("sources", sources(s.sources()));
        return o;
    }

    static JsonObject comparison(Comparison c, String shortA, String shortB) {
        JsonObject o = new JsonObject();
        o.put("a", term(c.a()));
        o.put("b", term(c.b()));
        JsonArray dims = new JsonArray();
        for (Comparison.Dimension d : c.dimensions()) {
            JsonObject dim = new JsonObject();
            dim.put("dimension", term(d.dimension()));
            dim.put("order", d.order());
            dim.put("coverage", coverage(d.coverage()));
            dim.put("statedContrasts", contrasts(d.contrasts()));
            for (Share share : Share.values()) {
                JsonObject group = new JsonObject();
                group.put("share", share.describe(shortA, shortB));
                group.put("items", items(d.items(share)));
                dim.put(key(share), group);
            }
            dim.put("commonGround", commonGround(d.commonGround()));
            dims.add(dim);
        }
        o.put("dimensions", dims);
        return o;
    }

    /** The key of a share in the JSON: statedForBoth, statedForANotB, statedForBNotA. */
    static String key(Share share) {
        return switch (share) {
            case BOTH -> "statedForBoth";
            case A_NOT_B -> "statedForANotB";
            case B_NOT_A -> "statedForBNotA";
        };
    }

    private static JsonObject coverage(Comparison.Coverage c) {
        JsonObject o = new JsonObject();
        o.put("sourcesA", c.sourcesA());
        o.put("itemsA", c.itemsA());
        o.put("sourcesB", c.sourcesB());
        o.put("itemsB", c.itemsB());
        return o;
    }

    private static JsonArray contrasts(List<Comparison.StatedContrast> contrasts) {
        return array(contrasts, s -> {
            JsonObject o = term(s.contrast());
            putIfPresent(o, "definition", s.definition());
            return withSources(o, s.sources());
        });
    }

    private static JsonArray items(List<Comparison.Item> items) {
        return array(items, i -> {
            JsonObject o = term(i.item());
            o.put("relations", terms(i.relations()));
            return withSources(o, i.sources());
        });
    }

    private static JsonArray commonGround(List<Comparison.CommonGround> grounds) {
        return array(grounds, g -> {
            JsonObject o = term(g.term());
            o.put("viaA", terms(g.viaA()));
            o.put("viaB", terms(g.viaB()));
            o.put("relations", terms(g.relations()));
            return withSources(o, g.sources());
        });
    }

    /** One JSON value per element, in order. */
    static <T> JsonArray array(List<T> list, Function<T, ? extends JsonValue> each) {
        JsonArray a = new JsonArray();
        list.forEach(x -> a.add(each.apply(x)));
        return a;
    }

    private static JsonObject withSources(JsonObject o, List<Provenance> sources) {
        o.put("sources", sources(sources));
        return o;
    }

    static JsonObject lookup(LookupResult r) {
        JsonObject o = new JsonObject();
        o.put("typed", r.typed());
        o.put("matchedName", r.matchedName());
        o.put("exact", r.exact());
        o.put("entities", array(r.cards(), Json::card));
        return o;
    }

    private static JsonObject card(EntityCard c) {
        JsonObject o = term(c.entity());
        o.put("types", terms(c.types()));
        putIfPresent(o, "definition", c.definition());
        o.put("altLabels", strings(c.altLabels()));
        o.put("notations", strings(c.notations()));
        o.put("comments", strings(c.comments()));
        o.put("relations", array(c.relations(), Json::statement));
        o.put("mappings", strings(c.mappings().stream().map(Term::iri).toList()));
        o.put("sources", sources(c.sources()));
        return o;
    }

    static JsonArray guidelineRecommendations(List<GuidelineRecommendation> recommendations) {
        JsonArray a = new JsonArray();
        for (GuidelineRecommendation g : recommendations) {
            JsonObject x = new JsonObject();
            x.put("recommendation", term(g.recommendation()));
            x.put("guideline", term(g.guideline()));
            if (g.year() != null)
                x.put("year", g.year());
            x.put("interventions", terms(g.interventions()));
            x.put("direction", term(g.direction()));
            x.put("grade", g.grade());
            x.put("level", term(g.level()));
            x.put("strengthRank", g.strengthRank());
            a.add(x);
        }
        return a;
    }

    static JsonObject recommendation(Recommendation r) {
        JsonObject o = new JsonObject();
        o.put("condition", term(r.condition()));
        if (r.goal() != null)
            o.put("goal", term(r.goal()));
        if (r.lifeStage() != null)
            o.put("lifeStage", term(r.lifeStage()));
        JsonArray ranking = new JsonArray();
        for (Recommendation.Ranked p : r.ranking()) {
            JsonObject x = new JsonObject();
            x.put("rank", p.rank());
            x.put("profession", term(p.profession()));
            x.put("support", p.support().description());
            x.put("guidelineRecommendations", guidelineRecommendations(p.guidelineRecommendations()));
            x.put("score", p.score());
            x.put("evidence", evidence(p.evidence()));
            x.put("notStated", strings(p.notStated()));
            x.put("whyLower", strings(p.whyLower()));
            ranking.add(x);
        }
        o.put("guidelines", terms(r.guidelines()));
        o.put("ranking", ranking);
        JsonArray none = new JsonArray();
        for (Recommendation.NoInformation n : r.noInformation()) {
            JsonObject x = new JsonObject();
            x.put("profession", term(n.profession()));
            x.put("stated", evidence(n.stated()));
            none.add(x);
        }
        o.put("noInformation", none);
        return o;
    }

    private static JsonArray evidence(List<Recommendation.Evidence> evidence) {
        JsonArray ev = new JsonArray();
        for (Recommendation.Evidence e : evidence) {
            JsonObject y = new JsonObject();
            y.put("rule", e.rule());
            y.put("explanation", e.explanation());
            y.put("weight", e.weight());
            y.put("statements", array(e.statements(), Json::statement));
            ev.add(y);
        }
        return ev;
    }

    private static void putIfPresent(JsonObject o, String key, String value) {
        if (value != null)
            o.put(key, value);
    }
}
