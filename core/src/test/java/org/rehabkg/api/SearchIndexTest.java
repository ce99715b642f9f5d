package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The search index over the embedded graph: identifier forms, typos, ranking tiers, filters and paging. */
class SearchIndexTest {
    static final String RKG = "https://w3id.org/rehabkg/";
    static SearchIndex index;

    @BeforeAll
    static void build() {
        try (RehabGraph graph = RehabGraph.embedded()) {
            index = SearchIndex.of(graph);
        }
    }

    static SearchResult search(String q) {
        return index.search(SearchRequest.of(q));
    }

    static SearchRequest request(String q, boolean autocomplete, Set<String> types, Set<String> instanceOf, boolean exact,
                                 Set<String> fields, int start, int rows, String lang) {
        return new SearchRequest(q, autocomplete, types, instanceOf, exact, fields, start, rows, lang);
    }

    static SearchHit first(String q) {
        SearchResult r = search(q);
        assertTrue(r.numFound() > 0, q + " finds nothing");
        return r.hits().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "mesh:D009788", "MESH:D009788", "D009788", "d009788", "http://id.nlm.nih.gov/mesh/D009788",
                             "https://id.nlm.nih.gov/mesh/D009788", "<http://id.nlm.nih.gov/mesh/D009788>" })
    void everyFormOfAMappedIdentifierFindsItsConcept(String form) {
        SearchHit hit = first(form);
        assertEquals(RKG + "occupational-therapy", hit.iri());
        assertEquals("identifier", hit.matchedField());
        assertEquals("mesh:D009788", hit.matchedText());
        assertEquals("exact", hit.match());
    }

    @ParameterizedTest
    @ValueSource(strings = { "occupational-therapy", "rkg:occupational-therapy", "https://w3id.org/rehabkg/occupational-therapy",
                             "<https://w3id.org/rehabkg/occupational-therapy>", "RKG:Occupational-Therapy" })
    void everyFormOfRehabkgsOwnIdentifierFindsTheEntity(String form) {
        assertEquals(RKG + "occupational-therapy", first(form).iri());
    }

    @Test
    void anExactLabelComesFirstAndSaysSo() {
        SearchHit hit = first("Occupational Therapy");
        assertEquals(RKG + "occupational-therapy", hit.iri());
        assertEquals("occupational therapy", hit.label());
        assertEquals("rkg:occupational-therapy", hit.curie());
        assertEquals("occupational-therapy", hit.shortForm());
        assertEquals("individual", hit.type());
        assertEquals("label", hit.matchedField());
        assertEquals("exact", hit.match());
        assertEquals(1, hit.descriptions().size());
        assertTrue(hit.synonyms().contains("OT"), hit.synonyms().toString());
    }

    @ParameterizedTest
    @CsvSource({ "occupatonal therapy, occupational-therapy", "physiotherpy, physical-therapy", "strke, stroke",
                 "autisim, autism-spectrum-disorder", "ocupational terapy, occupational-therapy" })
    void typosFindTheNearestName(String typed, String slug) {
        SearchHit hit = first(typed);
        assertEquals(RKG + slug, hit.iri());
        assertEquals("fuzzy", hit.match());
    }

    @Test
    void ranksExactLabelThenPrefixThenSynonymThenFuzzy() {
        // "stroke" is a label (exact); labels starting with it come next; a typo of it last.
        List<SearchHit> hits = search("stroke").hits();
        assertEquals(RKG + "stroke", hits.get(0).iri());
        // Typos are forgiven only when nothing matches as typed.
        assertTrue(index.search(request("stroke", false, Set.of(), Set.of(), false, Set.of(), 0, 100, "en")).hits()
                        .stream().noneMatch(h -> h.match().equals("fuzzy")));
        List<String> order = List.of("exact", "prefix", "words", "fuzzy");
        for (int i = 1; i < hits.size(); i++)
            assertTrue(order.indexOf(hits.get(i - 1).match()) <= order.indexOf(hits.get(i).match()), hits.toString());
        // A whole synonym comes before a longer label that starts with it.
        SearchHit physio = first("physiotherapy");
        assertEquals(RKG + "physical-therapy", physio.iri());
        assertEquals("synonym", physio.matchedField());
    }

    @Test
    void aNotationIsAnExactIdentifier() {
        SearchHit hit = first("OT");
        assertEquals(RKG + "occupational-therapy", hit.iri());
        assertEquals("notation", hit.matchedField());
        assertEquals("exact", hit.match());
    }

    @Test
    void autocompleteTakesTheStartOfEveryWord() {
        SearchResult r = index.search(request("occup ther", true, Set.of(), Set.of(), false, Set.of(), 0, 10, "en"));
        assertTrue(r.hits().stream().anyMatch(h -> h.iri().equals(RKG + "occupational-therapy")), r.toString());
        // Without autocomplete, "occup ther" is no word of the label: only typos could reach it, and they are too many.
        assertTrue(search("occup ther").hits().stream().noneMatch(h -> h.iri().equals(RKG + "occupational-therapy")));
    }

    @Test
    void exactLeavesOutPrefixesAndTypos() {
        SearchResult r = index.search(request("strok", false, Set.of(), Set.of(), true, Set.of(), 0, 10, "en"));
        assertEquals(0, r.numFound());
        SearchResult s = index.search(request("stroke", false, Set.of(), Set.of(), true, Set.of(), 0, 100, "en"));
        assertTrue(s.hits().stream().allMatch(h -> h.match().equals("exact")), s.toString());
    }

    @Test
    void filtersByKindAndByClass() {
        SearchResult classes = index.search(request("condition", false, Set.of("class"), Set.of(), false, Set.of(), 0, 100, "en"));
        assertTrue(classes.numFound() > 0);
        assertTrue(classes.hits().stream().allMatch(h -> h.type().equals("class")));
        assertEquals(RKG + "Condition", classes.hits().get(0).iri());

        SearchResult conditions = index.search(request("therapy", false, Set.of(), Set.of(RKG + "Condition"), false, Set.of(), 0, 100, "en"));
        SearchResult all = index.search(request("therapy", false, Set.of(), Set.of(), false, Set.of(), 0, 100, "en"));
        assertTrue(conditions.numFound() < all.numFound());
        assertTrue(conditions.hits().stream().noneMatch(h -> h.iri().equals(RKG + "occupational-therapy")));

        assertThrows(IllegalArgumentException.class,
                () -> index.search(request("x", false, Set.of(), Set.of(RKG + "NoSuchClass"), false, Set.of(), 0, 10, "en")));
    }

    @Test
    void queryFieldsRestrictWhichNamesAreSearched() {
        SearchResult labelsOnly = index.search(request("D009788", false, Set.of(), Set.of(), false, Set.of("label"), 0, 10, "en"));
        assertEquals(0, labelsOnly.numFound());
        SearchResult ids = index.search(request("D009788", false, Set.of(), Set.of(), false, Set.of("identifier"), 0, 10, "en"));
        assertEquals(RKG + "occupational-therapy", ids.hits().get(0).iri());
    }

    @Test
    void pagesAreSlicesOfOneRanking() {
        SearchResult all = index.search(request("therapy", false, Set.of(), Set.of(), false, Set.of(), 0, 100, "en"));
        assertTrue(all.numFound() > 6, "too few hits to page: " + all.numFound());
        SearchResult second = index.search(request("therapy", false, Set.of(), Set.of(), false, Set.of(), 3, 3, "en"));
        assertEquals(all.numFound(), second.numFound());
        assertEquals(3, second.start());
        assertEquals(all.hits().subList(3, 6), second.hits());
    }

    @Test
    void labelsInOtherLanguagesMatchAndShowInTheLanguageAsked() {
        SearchHit german = first("Ergotherapie");
        assertEquals(RKG + "occupational-therapy", german.iri());
        assertEquals("Ergotherapie", german.matchedText());
        SearchResult de = index.search(request("occupational therapy", false, Set.of(), Set.of(), false, Set.of(), 0, 1, "de"));
        assertEquals("Ergotherapie", de.hits().get(0).label());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void blankTextIsRefused(String q) {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(q));
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        String tooLong = "a".repeat(SearchRequest.MAX_Q + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(tooLong)).getMessage().contains("q is"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> request("x", false, Set.of("concept"), Set.of(), false, Set.of(), 0, 10, "en")).getMessage().contains("type"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> request("x", false, Set.of(), Set.of(), false, Set.of(), 0, 101, "en")).getMessage().contains("rows"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> request("x", false, Set.of(), Set.of(), false, Set.of(), -1, 10, "en")).getMessage().contains("start"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> request("x", false, Set.of(), Set.of(), false, Set.of(), 0, 10, "en_US;drop")).getMessage().contains("lang"));
    }

    @Test
    void textWithoutLettersOrDigitsFindsNothingRatherThanEverything() {
        assertEquals(0, search("!!!").numFound());
    }
}
