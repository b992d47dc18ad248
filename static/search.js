// Client-side search over window.SEARCH_INDEX (loaded as a classic script so that it works from
// file://). Text from the index is inserted with textContent only, never as HTML.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var index = window.SEARCH_INDEX || [];
  if (!input || !list) { return; }
  function normalise(s) { return s.toLowerCase().normalize("NFC"); }
  var prepared = index.map(function (e) { return { e: e, hay: normalise(e.t + " " + e.x) }; });
  function snippet(text, term) {
    var at = normalise(text).indexOf(term);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, start + 180) + (text.length > start + 180 ? "…" : "");
  }
  function search() {
    var terms = normalise(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { return; }
    var hits = prepared.filter(function (p) {
      return terms.every(function (t) { return p.hay.indexOf(t) !== -1; });
    }).slice(0, 30);
    if (!hits.length) {
      var none = document.createElement("li");
      none.textContent = "No matches.";
      list.appendChild(none);
      return;
    }
    hits.forEach(function (p) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = p.e.u;
      a.textContent = p.e.t;
      var small = document.createElement("small");
      small.textContent = " " + snippet(p.e.x, terms[0]);
      li.appendChild(a);
      li.appendChild(small);
      list.appendChild(li);
    });
  }
  input.addEventListener("input", search);
  // A search can be linked to: index.html?q=words
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    search();
  }
})();
