package org.rehabkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamedQueryTest {

    @Test
    void readsTitleDescriptionAndParamsFromTheLeadingComments() {
        NamedQuery q = NamedQuery.parse("core-focus", """
                # title: Core focus
                # description: What each profession centres on.
                # description: One row per profession and focus.
                # param: profession iri the profession (default: all)
                # param: ?limit integer how many rows
                # a free comment line is allowed
                SELECT * WHERE { ?profession ?p ?o }
                # title: not a header any more
                """);
        assertEquals("Core focus", q.title());
        assertEquals("What each profession centres on. One row per profession and focus.", q.description());
        assertEquals(List.of(
                new QueryParam("profession", QueryParam.Type.IRI, "the profession (default: all)"),
                new QueryParam("limit", QueryParam.Type.INTEGER, "how many rows")), q.params());
        assertTrue(q.param("limit").isPresent());
    }

    @Test
    void aMissingTitleOrDescriptionIsAnError() {
        var noTitle = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.parse("x", "# description: d\nASK {}"));
        assertTrue(noTitle.getMessage().contains("title"), noTitle.getMessage());
        var noDescription = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.parse("x", "# title: t\nASK {}"));
        assertTrue(noDescription.getMessage().contains("description"), noDescription.getMessage());
    }

    @Test
    void aParamWithAnUnknownTypeIsNamedInTheError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.parse("x", "# title: t\n# description: d\n# param: p colour red\nASK {}"));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }
}
