"""Issue 18 section 5: rdflib and SPARQLWrapper, as their users call them, against a running server.

Usage: python3 common_clients.py BASE_URL   (e.g. http://localhost:3030/)
Prints one line per check; exits 1 at the first failure, 3 when a library is missing.
"""
import sys

try:
    import rdflib
    from SPARQLWrapper import SPARQLWrapper, JSON, XML, N3, RDFXML, TURTLE
except ImportError as e:
    print("missing: %s" % e)
    sys.exit(3)

base = sys.argv[1]
endpoint = base + "rehab/sparql"
entity = base + "rehabkg/occupational-therapy"
construct = "CONSTRUCT WHERE { <https://w3id.org/rehabkg/occupational-therapy> a ?t }"
select = "SELECT ?t WHERE { <https://w3id.org/rehabkg/occupational-therapy> a ?t }"
profession = rdflib.URIRef("https://w3id.org/rehabkg/Profession")


def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        sys.exit(1)


for name, fmt in (("N3", N3), ("RDFXML", RDFXML), ("TURTLE", TURTLE)):   # its JSONLD needs rdflib-jsonld
    s = SPARQLWrapper(endpoint)
    s.setQuery(construct)
    s.setReturnFormat(fmt)
    try:
        g = s.query().convert()
        # SPARQLWrapper hands some formats back as text, for rdflib to read.
        if not isinstance(g, rdflib.Graph):
            if isinstance(g, bytes):
                g = g.decode("utf-8")
            g = rdflib.Graph().parse(data=g, format={"N3": "n3", "TURTLE": "turtle"}.get(name, "xml"))
        check("SPARQLWrapper CONSTRUCT returnFormat=%s: %d triples" % (name, len(g)), profession in set(g.objects()))
    except Exception as e:
        check("SPARQLWrapper CONSTRUCT returnFormat=%s: %s" % (name, e), False)

for name, fmt in (("JSON", JSON), ("XML", XML)):
    s = SPARQLWrapper(endpoint)
    s.setQuery(select)
    s.setReturnFormat(fmt)
    try:
        r = s.query().convert()
        text = str(r) if name == "JSON" else r.toxml()
        check("SPARQLWrapper SELECT returnFormat=%s" % name, "Profession" in text)
    except Exception as e:
        check("SPARQLWrapper SELECT returnFormat=%s: %s" % (name, e), False)

for fmt in ("nt", "n3", "turtle", "xml", "json-ld"):
    try:
        g = rdflib.Graph().parse(entity, format=fmt)
        check("rdflib parse(entity, format=%r): %d triples" % (fmt, len(g)), profession in set(g.objects()))
    except Exception as e:
        check("rdflib parse(entity, format=%r): %s" % (fmt, e), False)
