package org.rehabkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.junit.jupiter.api.Test;

class ParamBinderTest {
    private static final NamedQuery QUERY = NamedQuery.parse("q", """
            # title: t
            # description: d
            # param: profession iri a profession
            # param: label text a label
            # param: n integer a number
            PREFIX rkg: <https://w3id.org/rehabkg/>
            SELECT ?x WHERE { ?profession rkg:hasGoal ?x . ?x ?p ?label . FILTER(?n > 0) }
            """);

    @Test
    void aBareSlugBecomesARehabkgIri() {
        Query q = ParamBinder.bind(QUERY, Map.of("profession", "occupational-therapy"));
        assertEquals("https://w3id.org/rehabkg/occupational-therapy", firstSubject(q));
    }

    @Test
    void prefixedNamesAndFullIrisAreExpanded() {
        assertEquals("https://w3id.org/rehabkg/physical-therapy",
                firstSubject(ParamBinder.bind(QUERY, Map.of("profession", "rkg:physical-therapy"))));
        assertEquals("http://example.org/x",
                firstSubject(ParamBinder.bind(QUERY, Map.of("profession", "<http://example.org/x>"))));
    }

    @Test
    void aHostileLiteralStaysOneLiteral() {
        String hostile = "x\" } ; DROP ALL ; SELECT * { ?s ?p \"";
        Query q = ParamBinder.bind(QUERY, Map.of("label", hostile));
        assertEquals(2, triplePatterns(q), "binding must not change the shape of the query: " + q);
        assertTrue(q.toString().contains("@en"), q.toString());
    }

    @Test
    void aHostileIriIsRefused() {
        assertThrows(RuntimeException.class,
                () -> ParamBinder.bind(QUERY, Map.of("profession", "http://x.org/a> } ; ?s ?p ?o . #")));
        assertThrows(IllegalArgumentException.class,
                () -> ParamBinder.bind(QUERY, Map.of("profession", "two words")));
    }

    @Test
    void integersAreChecked() {
        assertTrue(ParamBinder.bind(QUERY, Map.of("n", "3")).toString().contains("3"));
        var e = assertThrows(IllegalArgumentException.class, () -> ParamBinder.bind(QUERY, Map.of("n", "three")));
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
    }

    @Test
    void anUndeclaredParameterSuggestsTheNearestOne() {
        var e = assertThrows(UnknownNameException.class, () -> ParamBinder.bind(QUERY, Map.of("profesion", "x")));
        assertEquals("profession", e.suggestion().orElseThrow());
    }

    private static String firstSubject(Query q) {
        String[] subject = { null };
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                if (subject[0] == null)
                    subject[0] = el.getPattern().get(0).getSubject().toString();
            }
        });
        return subject[0];
    }

    private static int triplePatterns(Query q) {
        int[] count = { 0 };
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                count[0] += el.getPattern().size();
            }
        });
        return count[0];
    }
}
