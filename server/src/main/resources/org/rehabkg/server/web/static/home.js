// The query page: YASGUI (from the WebJar, served under /static/yasgui/) on our SPARQL endpoint, and
// the server-rendered query gallery wired to it. No other script, no network access beyond the endpoint.
(function () {
  "use strict";
  var endpoint = new URL(document.getElementById("endpoint").dataset.endpoint, window.location.href).href;

  // The prefix, property and class completers fetch from prefix.cc and LOV on the internet; the page
  // must work offline and leak nothing, so only the local completers stay.
  var remote = ["prefixes", "property", "class"];
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return remote.indexOf(name) < 0;
  });

  // In their place, rehabkg's own classes, properties and entities complete from this server's
  // search API (/api/select, docs/search.md), with the label beside each IRI.
  var namespace = "https://w3id.org/rehabkg/";
  var selectUrl = new URL(document.querySelector("header.site a.brand").getAttribute("href") + "api/select", window.location.href).href;
  var lov = Yasgui.Yasqe.Autocompleters;
  var labels = {};
  function fromSearch(type) {
    return function (yasqe, token) {
      var typed = ((token && token.autocompletionString) || "").trim();
      if (typed.indexOf(namespace) === 0) typed = typed.substring(namespace.length);
      if (!typed) return Promise.resolve([]);
      var params = new URLSearchParams({ q: typed, rows: "20", fieldList: "iri,label" });
      if (type) params.append("type", type);
      return fetch(selectUrl + "?" + params.toString())
        .then(function (r) { return r.ok ? r.json() : { response: { docs: [] } }; })
        .then(function (answer) {
          return answer.response.docs.map(function (d) { labels[d.iri] = d.label; return d.iri; });
        })
        .catch(function () { return []; });
    };
  }
  function completer(name, type, isValidCompletionPosition) {
    var shown = {};
    Yasgui.Yasqe.registerAutocompleter({
      name: name,
      bulk: false,
      autoShow: true,
      get: fromSearch(type),
      isValidCompletionPosition: isValidCompletionPosition,
      preProcessToken: lov.property.preProcessToken,
      postProcessSuggestion: function (yasqe, token, iri) {
        var text = lov.property.postProcessSuggestion(yasqe, token, iri);
        shown[text] = labels[iri];
        return text;
      },
      postprocessHints: function (yasqe, hints) {
        return hints.map(function (h) {
          if (shown[h.text]) h.displayText = h.text + "  \u2014 " + shown[h.text];
          return h;
        });
      }
    });
  }
  function rehabkgToken(yasqe) {
    var s = yasqe.getCompleteToken().string;
    return s.indexOf("rkg:") === 0 || s.indexOf("<" + namespace) === 0;
  }
  completer("rehabkg-property", "property", function (yasqe) {
    return rehabkgToken(yasqe) && lov.property.isValidCompletionPosition(yasqe);
  });
  completer("rehabkg-class", "class", function (yasqe) {
    return rehabkgToken(yasqe) && lov["class"].isValidCompletionPosition(yasqe);
  });
  completer("rehabkg-entity", null, function (yasqe) {
    return rehabkgToken(yasqe) && !lov.property.isValidCompletionPosition(yasqe) && !lov["class"].isValidCompletionPosition(yasqe);
  });

  // A new tab opens with the team and what each profession does (the page's default query), not ?s ?p ?o.
  var defaultQuery = document.getElementById("default-query");
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint },
    yasqe: defaultQuery ? { value: defaultQuery.textContent } : {},
    copyEndpointOnNewTab: true,
    persistenceId: "rehabkg-yasgui"
  });
  window.rehabkgYasgui = yasgui;

  // Result links to rehabkg IRIs open the entity pages of this server, which also works before (or
  // without) the w3id.org redirect.
  var entityBase = new URL(document.querySelector("header.site a.brand").getAttribute("href") + "rehabkg/", window.location.href).href;
  document.getElementById("yasgui").addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".yasr a[href^='" + namespace + "']");
    if (link) {
      event.preventDefault();
      window.open(entityBase + link.getAttribute("href").substring(namespace.length), "_blank", "noopener");
    }
  });

  document.querySelectorAll(".queries .query").forEach(function (card) {
    card.querySelector("button.load").addEventListener("click", function () {
      var tab = yasgui.getTab();
      tab.setEndpoint(endpoint);
      tab.setQuery(card.querySelector("pre.text").textContent);
      tab.setName(card.querySelector("button.load").textContent);
      document.querySelectorAll(".queries .query.selected").forEach(function (c) { c.classList.remove("selected"); });
      card.classList.add("selected");
      document.getElementById("yasgui").scrollIntoView({ block: "nearest" });
    });
  });
})();
