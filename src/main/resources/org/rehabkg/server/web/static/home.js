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
  var namespace = "https://w3id.org/rehabkg/";
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
