// The search page (search.html?q=words). Loads the engine (MiniSearch) and the index on demand,
// as classic scripts so that it works from file://; names are matched through the fold table and
// name keys that the build made with the code that resolved the names. Text from the index is
// inserted with textContent only, never as HTML. Words shown to readers come from the page's
// <template id="search-strings">, so that the theme can translate them.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var form = document.getElementById("search-page-form");
  var input = document.getElementById("search-page-input");
  var out = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !out) { return; }
  var strings = {};
  var tpl = document.getElementById("search-strings");
  if (tpl) {
    tpl.content.querySelectorAll("[data-key]").forEach(function (el) {
      strings[el.getAttribute("data-key")] = el.textContent;
    });
  }
  function say(key, n) { return (strings[key] || key).replace("{n}", String(n)); }

  var KIND_BOOST = { official: 4, source: 1.6, discrepancy: 1.3, event: 1.3, quote: 1.2, paragraph: 1 };
  var PER_GROUP = 8;
  var FOLD = {};
  var WORD = /[\p{L}\p{M}\p{N}’'-]+/gu;

  function isCyrillic(w) { return /[\u0400-\u052F]/.test(w); }
  // Folds a word to ASCII with the table the build wrote (names::ascii_fold, letter by letter).
  function fold(word) {
    var out = "";
    for (var ch of word.normalize("NFC").toLowerCase()) {
      if (ch >= "a" && ch <= "z") { out += ch; }
      else if (Object.prototype.hasOwnProperty.call(FOLD, ch)) { out += FOLD[ch]; }
      else if (ch > "\u007f") { out += ch.normalize("NFD").replace(/[^a-z]/g, ""); }
    }
    return out;
  }
  function stem(word, lang) {
    var s = window.DossierStemmers;
    if (!s || !isCyrillic(word)) { return word; }
    var uk = lang === "uk" || /[іїєґ]/.test(word);
    return (uk ? s.uk : s.ru)(word);
  }
  // The forms a word is indexed and searched under: as written, its stem, and folded to ASCII.
  function forms(word, lang) {
    var w = word.normalize("NFC").toLowerCase().replace(/^[’'-]+|[’'-]+$/g, "");
    if (!w) { return []; }
    var all = [w];
    if (isCyrillic(w)) { all.push(stem(w, lang)); }
    var f = fold(w);
    if (f && f.length > 1) { all.push(f); }
    return all.filter(function (x, i) { return x && all.indexOf(x) === i; });
  }

  function load(src, done) {
    var s = document.createElement("script");
    s.src = root + src;
    s.onload = function () { done(true); };
    s.onerror = function () { done(false); };
    document.head.appendChild(s);
  }
  function loadAll(list, done) {
    if (!list.length) { done(); return; }
    load(list[0], function () { loadAll(list.slice(1), done); });
  }

  var engine = null;
  var docs = {};
  function addDocs(list) {
    list.forEach(function (d) { docs[d.id] = d; });
    engine.addAll(list);
  }
  function makeEngine() {
    var langOf = {};
    engine = new window.MiniSearch({
      fields: ["n", "t", "c", "x"],
      storeFields: [],
      tokenize: function (text) { return text.match(WORD) || []; },
      processTerm: function (term, field) {
        if (field === "n") { return term.toLowerCase(); }
        return forms(term, langOf.current);
      },
      extractField: function (doc, field) {
        langOf.current = doc.l;
        return doc[field];
      },
      searchOptions: {
        boost: { n: 6, t: 2, c: 1, x: 1 },
        processTerm: function (t) { return t; },
        boostDocument: function (id) { var d = docs[id]; return d ? KIND_BOOST[d.k] || 1 : 1; },
      },
    });
  }

  // A query: every word must match (in any of its forms); when nothing matches every word,
  // any word will do.
  function query(text) {
    var words = text.match(WORD) || [];
    var sub = words.map(function (w, i) {
      var last = i === words.length - 1;
      return {
        combineWith: "OR",
        queries: forms(w, "").map(function (f) { return f; }),
        fuzzy: function (t) { return t.length >= 5 ? 0.2 : false; },
        prefix: function (t) { return last && t.length >= 3; },
      };
    });
    if (!sub.length) { return []; }
    var hits = engine.search({ combineWith: "AND", queries: sub });
    if (!hits.length && sub.length > 1) { hits = engine.search({ combineWith: "OR", queries: sub }); }
    return hits;
  }

  // The words of `text` that the hit matched, as written.
  function matchedWords(text, terms, lang) {
    var set = {};
    terms.forEach(function (t) { set[t] = true; });
    var found = [];
    (text.match(WORD) || []).forEach(function (w) {
      if (forms(w, lang).some(function (f) { return set[f]; }) && found.indexOf(w) === -1) { found.push(w); }
    });
    return found;
  }

  // Appends `text` to `el` with each matched word in <mark>; cut at word boundaries around the
  // first match when longer than `max` characters.
  function appendMarked(el, text, words, max) {
    var start = 0, end = text.length;
    if (text.length > max) {
      var first = words.length ? text.indexOf(words[0]) : 0;
      start = Math.max(0, first - Math.floor(max / 3));
      if (start > 0) { var sp = text.indexOf(" ", start); start = sp === -1 ? start : sp + 1; }
      end = Math.min(text.length, start + max);
      if (end < text.length) { var sp2 = text.lastIndexOf(" ", end); end = sp2 > start ? sp2 : end; }
    }
    var part = text.slice(start, end);
    if (start > 0) { el.appendChild(document.createTextNode("… ")); }
    var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    var re = escaped.length ? new RegExp("(^|[^\\p{L}\\p{N}])(" + escaped.join("|") + ")(?![\\p{L}\\p{N}])", "gu") : null;
    var at = 0, m;
    while (re && (m = re.exec(part)) !== null) {
      var wordStart = m.index + m[1].length;
      el.appendChild(document.createTextNode(part.slice(at, wordStart)));
      var mark = document.createElement("mark");
      mark.textContent = m[2];
      el.appendChild(mark);
      at = wordStart + m[2].length;
    }
    el.appendChild(document.createTextNode(part.slice(at)));
    if (end < text.length) { el.appendChild(document.createTextNode(" …")); }
  }

  var GROUP_ORDER = ["official", "source", "quote", "event", "discrepancy", "paragraph"];
  function render(text, hits, complete) {
    out.textContent = "";
    var groups = {};
    var order = [];
    hits.forEach(function (h) {
      var d = docs[h.id];
      if (!d) { return; }
      if (!groups[d.k]) { groups[d.k] = []; order.push(d.k); }
      groups[d.k].push({ doc: d, hit: h });
    });
    var summary = hits.length ? say("found", hits.length) : say("none", 0);
    if (!complete) { summary += " " + say("loading", 0); }
    status.textContent = summary;
    order.sort(function (a, b) {
      var sa = groups[a][0].hit.score, sb = groups[b][0].hit.score;
      return sb - sa || GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b);
    });
    order.forEach(function (kind) {
      var section = document.createElement("section");
      section.className = "result-group result-" + kind;
      var h2 = document.createElement("h2");
      h2.textContent = say(kind, 0) + " (" + groups[kind].length + ")";
      section.appendChild(h2);
      var ol = document.createElement("ol");
      ol.className = "results";
      groups[kind].forEach(function (r, i) {
        var li = renderHit(r.doc, r.hit);
        if (i >= PER_GROUP) { li.hidden = true; }
        ol.appendChild(li);
      });
      section.appendChild(ol);
      if (groups[kind].length > PER_GROUP) {
        var more = document.createElement("button");
        more.type = "button";
        more.className = "show-all";
        more.textContent = say("showAll", groups[kind].length);
        more.addEventListener("click", function () {
          ol.querySelectorAll("li[hidden]").forEach(function (li) { li.hidden = false; });
          more.remove();
        });
        section.appendChild(more);
      }
      out.appendChild(section);
    });
  }
  function renderHit(d, hit) {
    var li = document.createElement("li");
    var words = matchedWords([d.t, d.c, d.x].join(" "), hit.terms, d.l);
    var a = document.createElement("a");
    var url = d.u;
    if (words.length) {
      var hash = url.indexOf("#");
      var base = hash === -1 ? url : url.slice(0, hash);
      url = base + "?hl=" + encodeURIComponent(words.join(" ")) + (hash === -1 ? "" : url.slice(hash));
    }
    a.href = root + url;
    appendMarked(a, d.t || say("unattributed", 0), words, 200);
    li.appendChild(a);
    if (d.c) {
      var c = document.createElement("span");
      c.className = "result-context";
      appendMarked(c, d.c, words, 200);
      li.appendChild(c);
    }
    if (d.x) {
      var p = document.createElement("p");
      p.className = "snippet";
      if (d.l) { p.lang = d.l; }
      appendMarked(p, d.x, words, 240);
      li.appendChild(p);
    }
    return li;
  }

  var complete = false;
  function run() {
    var text = input.value.trim();
    if (!engine) { return; }
    if (!text) { out.textContent = ""; status.textContent = ""; return; }
    render(text, query(text), complete);
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url.toString());
    run();
  });
  input.addEventListener("input", run);
  input.value = new URLSearchParams(window.location.search).get("q") || "";
  status.textContent = say("loading", 0);
  loadAll(["static/vendor/minisearch.js", "static/vendor/stemmers.js", "search/core.js"], function () {
    var core = window.DOSSIER_SEARCH_CORE;
    if (!window.MiniSearch || !core) { status.textContent = say("failed", 0); return; }
    FOLD = core.fold || {};
    makeEngine();
    addDocs(core.docs);
    run();
    loadAll(core.parts, function () {
      (window.DOSSIER_SEARCH_PARTS || []).forEach(addDocs);
      complete = true;
      run();
      if (!input.value) { status.textContent = ""; }
      document.documentElement.setAttribute("data-search-ready", "true");
    });
  });
})();
