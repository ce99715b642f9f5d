// The "Chart" result view: a YASR plugin (next to Table and Response) that draws a SELECT result as a
// horizontal bar chart in SVG. No library. Data goes into the page only through textContent and
// setAttribute, never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMERIC = ["integer", "decimal", "double", "float", "long", "int", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"];
  var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  var MAX_BARS = 200;
  var SHAPE = "A chart needs one column of labels or IRIs (an IRI column may come with its label column) and at least "
    + "one numeric column, for example SELECT ?class ?classLabel (COUNT(?x) AS ?count) … GROUP BY ?class ?classLabel.";

  // The number a result term stands for: a literal of an XSD numeric type, or a plain (or xsd:string)
  // literal that reads as a number. Anything else is null.
  function numeric(term) {
    if (!term || (term.type !== "literal" && term.type !== "typed-literal") || term["xml:lang"])
      return null;
    var dt = term.datatype;
    if (dt && dt !== XSD + "string" && !(dt.indexOf(XSD) === 0 && NUMERIC.indexOf(dt.substring(XSD.length)) >= 0))
      return null;
    var text = term.value.trim();
    return NUMBER.test(text) && isFinite(Number(text)) ? Number(text) : null;
  }

  // Which columns make the chart: {label, iri, values} or {problem}.
  function analyse(vars, bindings) {
    if (!bindings.length)
      return { problem: "No rows to chart. " + SHAPE };
    var values = [], others = [];
    vars.forEach(function (v) {
      var bound = bindings.filter(function (b) { return b[v]; });
      if (!bound.length)
        return; // a column with no value at all neither labels nor counts anything
      (bound.every(function (b) { return numeric(b[v]) !== null; }) ? values : others).push(v);
    });
    var all = function (v, types) { return bindings.every(function (b) { return !b[v] || types.indexOf(b[v].type) >= 0; }); };
    var names = function (vs) { return vs.map(function (v) { return "?" + v; }).join(", "); };
    if (!values.length)
      return { problem: "Nothing to chart: no column holds only numbers. " + SHAPE };
    if (!others.length)
      return { problem: "Nothing to chart: every column is numeric (" + names(values) + "), so the bars would have no labels. " + SHAPE };
    if (others.length === 1)
      return { label: others[0], iri: null, values: values };
    if (others.length === 2) {
      var lit = ["literal", "typed-literal"];
      if (all(others[0], ["uri"]) && all(others[1], lit))
        return { label: others[1], iri: others[0], values: values };
      if (all(others[1], ["uri"]) && all(others[0], lit))
        return { label: others[0], iri: others[1], values: values };
    }
    return { problem: "Nothing to chart: the result has " + others.length + " columns that are not numbers ("
      + names(others) + "), so it is not clear which one labels the bars. " + SHAPE };
  }

  // An IRI as a prefixed name when one of the prefixes (the query's) covers it.
  function shorten(iri, prefixes) {
    var best = null;
    Object.keys(prefixes || {}).forEach(function (p) {
      var ns = prefixes[p];
      if (ns && iri.indexOf(ns) === 0 && (!best || ns.length > prefixes[best].length))
        best = p;
    });
    return best === null ? iri : best + ":" + iri.substring(prefixes[best].length);
  }

  function text(term, prefixes) {
    if (!term) return "(none)";
    if (term.type === "uri") return shorten(term.value, prefixes);
    if (term.type === "bnode") return "_:" + term.value;
    return term.value;
  }

  function format(n) {
    return n.toLocaleString("en", { maximumFractionDigits: 3 });
  }

  function el(name, attrs, parent, content) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (content !== undefined) e.textContent = content;
    if (parent) parent.appendChild(e);
    return e;
  }

  // 1, 2 or 5 times a power of ten, near a fifth of the range.
  function step(range) {
    var raw = range / 5, pow = Math.pow(10, Math.floor(Math.log10(raw))), f = raw / pow;
    return pow * (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10);
  }

  function drawChart(container, shape, bindings, prefixes) {
    var series = shape.values, rows = bindings.map(function (b) {
      return { label: text(b[shape.label], prefixes), iri: shape.iri && b[shape.iri] ? b[shape.iri].value : null,
               values: series.map(function (v) { return numeric(b[v]); }) };
    });
    var width = Math.max(520, Math.min(container.clientWidth || 900, 1100));
    var barH = series.length > 1 ? 14 : 20, rowH = series.length * barH + 8;
    var top = (series.length > 1 ? 26 : 0) + 22, height = top + rows.length * rowH + 8;
    var title = series.map(function (v) { return "?" + v; }).join(", ") + " per ?" + shape.label;
    var svg = el("svg", { "class": "rkg-chart", role: "img", viewBox: "0 0 " + width + " " + height,
      width: width, height: height, "aria-label": "Bar chart of " + title + ", " + rows.length + " bars" });
    el("title", {}, svg, "Bar chart of " + title);
    el("desc", {}, svg, rows.map(function (r) {
      return r.label + ": " + r.values.map(function (n, i) { return "?" + series[i] + " " + (n === null ? "none" : format(n)); }).join(", ");
    }).join("; "));
    container.appendChild(svg); // in the document now, so the labels can be measured

    // Labels first, to size the left margin; a label too long for 40% of the width is cut, whole in its title.
    var labels = el("g", { "class": "labels" }, svg), maxLabel = width * 0.4, labelW = 0;
    rows.forEach(function (r, i) {
      var t = el("text", { x: 0, y: top + i * rowH + (series.length * barH - 3) / 2, "dominant-baseline": "central" }, labels, r.label);
      el("title", {}, t, r.iri ? r.label + " (" + shorten(r.iri, prefixes) + ")" : r.label);
      if (t.getComputedTextLength() > maxLabel) {
        var s = r.label;
        while (s.length > 1 && t.getComputedTextLength() > maxLabel) {
          s = s.substring(0, s.length - 1);
          t.firstChild.nodeValue = s.trimEnd() + "…";
        }
      }
      labelW = Math.max(labelW, t.getComputedTextLength());
    });
    var left = Math.ceil(labelW) + 20, right = 64, plotW = width - left - right;
    labels.setAttribute("transform", "translate(" + (left - 8) + ",0)");
    labels.setAttribute("text-anchor", "end");

    var all = [0];
    rows.forEach(function (r) { r.values.forEach(function (n) { if (n !== null) all.push(n); }); });
    var lo = Math.min.apply(null, all), hi = Math.max.apply(null, all);
    if (hi === lo) hi = lo + 1;
    var x = function (n) { return left + (n - lo) / (hi - lo) * plotW; };
    var grid = el("g", { "class": "grid", "aria-hidden": "true" }, svg), d = step(hi - lo);
    for (var tick = Math.ceil(lo / d) * d; tick <= hi + d / 1e6; tick += d) {
      el("line", { x1: x(tick), x2: x(tick), y1: top - 4, y2: height - 8 }, grid);
      el("text", { x: x(tick), y: top - 8, "text-anchor": "middle" }, grid, format(Math.round(tick / d) * d));
    }
    el("line", { "class": "zero", x1: x(0), x2: x(0), y1: top - 4, y2: height - 8 }, grid);

    if (series.length > 1) {
      var legend = el("g", { "class": "legend" }, svg), lx = left;
      series.forEach(function (v, s) {
        el("rect", { "class": "series-" + (s % 4), x: lx, y: 4, width: 12, height: 12 }, legend);
        var t = el("text", { x: lx + 17, y: 10, "dominant-baseline": "central" }, legend, "?" + v);
        lx += 17 + t.getComputedTextLength() + 18;
      });
    }

    var bars = el("g", { "class": "bars" }, svg);
    rows.forEach(function (r, i) {
      r.values.forEach(function (n, s) {
        if (n === null) return;
        var y = top + i * rowH + s * barH, x0 = Math.min(x(0), x(n));
        var bar = el("rect", { "class": "bar series-" + (s % 4), x: x0, y: y, width: Math.max(Math.abs(x(n) - x(0)), 1),
          height: barH - 3, "data-label": r.label, "data-value": n }, bars);
        el("title", {}, bar, r.label + ": " + (series.length > 1 ? "?" + series[s] + " " : "") + format(n));
        el("text", { "class": "value", x: (n < 0 ? x0 - 4 : x0 + Math.abs(x(n) - x(0)) + 4), y: y + (barH - 3) / 2,
          "dominant-baseline": "central", "text-anchor": n < 0 ? "end" : "start" }, bars, format(n));
      });
    });
    return svg;
  }

  function note(container, message) {
    var p = document.createElement("p");
    p.className = "rkg-chart-note";
    p.textContent = message;
    container.appendChild(p);
  }

  function ChartPlugin(yasr) {
    this.yasr = yasr;
    this.label = "Chart";
    this.priority = 5; // below the table (10), which stays the view a result opens in
  }
  ChartPlugin.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    return !!r && !(r.getError && r.getError()) && !!r.getBindings && (r.getVariables() || []).length > 0;
  };
  ChartPlugin.prototype.draw = function () {
    var container = this.yasr.resultsEl, results = this.yasr.results;
    var bindings = results.getBindings() || [], shape = analyse(results.getVariables() || [], bindings);
    if (shape.problem)
      return note(container, shape.problem);
    var wrap = document.createElement("div");
    wrap.className = "rkg-chart-wrap";
    container.appendChild(wrap);
    if (bindings.length > MAX_BARS)
      note(wrap, "Showing the first " + MAX_BARS + " of " + bindings.length + " rows; the table has them all.");
    drawChart(wrap, shape, bindings.slice(0, MAX_BARS), this.yasr.getPrefixes());
  };
  ChartPlugin.prototype.getIcon = function () {
    var icon = document.createElement("div");
    var svg = el("svg", { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" }, icon);
    [[2, 10], [6, 6], [10, 13]].forEach(function (b) { el("rect", { x: 1, y: b[0], width: b[1], height: 3, fill: "currentColor" }, svg); });
    return icon;
  };

  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "chart", "response"];
  window.rehabkgChart = { analyse: analyse, numeric: numeric, shorten: shorten };
})();
