// On every page, all optional: the page works without it. Loaded in <head> so that the chosen
// colour scheme applies before the first paint. Words shown to readers come from the page's
// <template> elements, so that the theme can translate them.
(function () {
  "use strict";
  var doc = document.documentElement;
  var KEY = "dossier-theme";
  function stored() { try { return window.localStorage.getItem(KEY); } catch (e) { return null; } }
  function store(v) { try { window.localStorage.setItem(KEY, v); } catch (e) { /* private mode */ } }
  var theme = stored();
  if (theme === "light" || theme === "dark") { doc.setAttribute("data-theme", theme); }

  function current() {
    var set = doc.getAttribute("data-theme");
    if (set) { return set; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setUpThemeToggle() {
    var button = document.getElementById("theme-toggle");
    if (!button) { return; }
    button.hidden = false;
    function show() { button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); }
    show();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      doc.setAttribute("data-theme", next);
      store(next);
      show();
    });
  }

  // "/" focuses the search box, unless the reader is typing somewhere.
  function setUpSlash() {
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) { return; }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
      var box = document.getElementById("search-page-input") || document.getElementById("site-search");
      if (box) { e.preventDefault(); box.focus(); box.select(); }
    });
  }

  // Words a search matched (?hl=...) are marked in the page it led to.
  function highlightSearchWords() {
    var hl = new URLSearchParams(window.location.search).get("hl");
    var main = document.getElementById("main");
    if (!hl || !main) { return; }
    var words = hl.split(/\s+/).filter(Boolean).slice(0, 20)
      .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    if (!words.length) { return; }
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.join("|") + ")(?![\\p{L}\\p{N}])", "giu");
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, null);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      if (node.parentElement && node.parentElement.closest("script, style, mark, pre")) { return; }
      var text = node.nodeValue, at = 0, m, frag = null;
      re.lastIndex = 0;
      while ((m = re.exec(text)) !== null) {
        frag = frag || document.createDocumentFragment();
        var start = m.index + m[1].length;
        frag.appendChild(document.createTextNode(text.slice(at, start)));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = m[2];
        frag.appendChild(mark);
        at = start + m[2].length;
      }
      if (frag) {
        frag.appendChild(document.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(frag, node);
      }
    });
  }

  // A small card for person links, on hover and on keyboard focus; the data (people.js) loads
  // on first use.
  function setUpPersonCards() {
    var template = document.getElementById("person-card");
    if (!template) { return; }
    var root = doc.getAttribute("data-root") || "";
    var card = null, loading = false, pending = null;
    function slugOf(a) {
      var m = /(?:^|\/)officials\/([^/?#]+)\.html$/.exec(a.getAttribute("href") || "");
      return m ? decodeURIComponent(m[1]) : null;
    }
    function fill(slot, value) {
      var el = card.querySelector("[data-slot='" + slot + "']");
      if (!el) { return; }
      var wrap = el.closest("[data-if]") || el;
      if (value === null || value === undefined || value === "") { wrap.hidden = true; return; }
      wrap.hidden = false;
      el.textContent = String(value);
    }
    function show(a) {
      var slug = slugOf(a);
      var people = window.DOSSIER_PEOPLE;
      if (!slug || !people || !people[slug]) { return; }
      var p = people[slug];
      if (!card) {
        card = template.content.firstElementChild.cloneNode(true);
        card.id = "person-card-live";
        document.body.appendChild(card);
      }
      fill("name", p.name);
      fill("native", p.native);
      fill("title", p.title);
      fill("group", p.group);
      fill("sources", p.sources);
      var link = card.querySelector("[data-slot='link']");
      if (link) { link.href = a.href; }
      card.hidden = false;
      var r = a.getBoundingClientRect();
      var width = Math.min(320, window.innerWidth - 16);
      card.style.width = width + "px";
      card.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)) + "px";
      card.style.top = (r.bottom + window.scrollY + 6) + "px";
      a.setAttribute("aria-describedby", card.id);
    }
    function hide(a) {
      if (card) { card.hidden = true; }
      if (a) { a.removeAttribute("aria-describedby"); }
    }
    function want(a) {
      if (window.DOSSIER_PEOPLE) { show(a); return; }
      pending = a;
      if (loading) { return; }
      loading = true;
      var s = document.createElement("script");
      s.src = root + "people.js";
      s.onload = function () { if (pending) { show(pending); } };
      document.head.appendChild(s);
    }
    function personLink(e) {
      var a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
      return a && slugOf(a) && !a.closest(".person-card") ? a : null;
    }
    document.addEventListener("mouseover", function (e) { var a = personLink(e); if (a) { want(a); } });
    document.addEventListener("focusin", function (e) { var a = personLink(e); if (a) { want(a); } });
    document.addEventListener("mouseout", function (e) { var a = personLink(e); if (a) { pending = null; hide(a); } });
    document.addEventListener("focusout", function (e) { var a = personLink(e); if (a) { pending = null; hide(a); } });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(null); } });
  }

  // A copy-link button beside each paragraph number.
  function setUpCopyLinks() {
    var template = document.getElementById("copy-link");
    if (!template || !navigator.clipboard) { return; }
    document.querySelectorAll("a.pn[href^='#']").forEach(function (a) {
      var button = template.content.firstElementChild.cloneNode(true);
      var label = button.getAttribute("aria-label") || "";
      button.setAttribute("aria-label", label.replace("{n}", a.getAttribute("data-n") || ""));
      button.addEventListener("click", function () {
        var url = window.location.href.split("#")[0].replace(/\?hl=[^#]*/, "") + a.getAttribute("href");
        navigator.clipboard.writeText(url).then(function () {
          button.setAttribute("data-copied", "true");
          window.setTimeout(function () { button.removeAttribute("data-copied"); }, 1500);
        }, function () { /* clipboard refused: the link itself still works */ });
      });
      a.insertAdjacentElement("afterend", button);
    });
  }

  // "What cites each paragraph": each list moves up beside its paragraph.
  function placeCitations() {
    var list = document.querySelector(".cited-by-list");
    if (!list) { return; }
    list.querySelectorAll("aside.cited-by[data-p]").forEach(function (aside) {
      var anchor = document.getElementById("p" + aside.getAttribute("data-p"));
      var paragraph = anchor && anchor.closest("p");
      if (paragraph) { paragraph.insertAdjacentElement("afterend", aside); }
    });
    if (!list.querySelector("aside")) { list.hidden = true; }
  }

  document.addEventListener("DOMContentLoaded", function () {
    placeCitations();
    setUpThemeToggle();
    setUpSlash();
    highlightSearchWords();
    setUpPersonCards();
    setUpCopyLinks();
  });
})();
