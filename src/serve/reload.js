// dossier serve: reload the page when the site is rebuilt; show a failed build over the page.
// Served by `dossier serve` only and added to HTML responses as they are sent, never written
// into the output folder. Every text goes in with textContent: a message cannot become markup.
(function () {
  "use strict";
  var OVERLAY_ID = "dossier-build-error";
  function clearOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.parentNode.removeChild(old); }
  }
  function showOverlay(report) {
    clearOverlay();
    var box = document.createElement("div");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem";
    var title = document.createElement("h1");
    title.style.cssText = "font-size:1.3rem;margin:0 0 1rem;color:#ff8a80";
    title.textContent = "The last build failed; this page shows the previous build";
    box.appendChild(title);
    var list = document.createElement("ol");
    report.problems.forEach(function (p) {
      var item = document.createElement("li");
      item.style.marginBottom = "1rem";
      var where = document.createElement("code");
      where.style.cssText = "color:#80d8ff";
      where.textContent = p.file + (p.line ? ":" + p.line + (p.column ? ":" + p.column : "") : "");
      item.appendChild(where);
      var message = document.createElement("div");
      message.textContent = p.message;
      item.appendChild(message);
      if (p.help) {
        var help = document.createElement("div");
        help.style.color = "#ccc";
        help.textContent = p.help;
        item.appendChild(help);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    var note = document.createElement("p");
    note.style.color = "#ccc";
    note.textContent = "Fix the problem and save: the page reloads when the build succeeds.";
    box.appendChild(note);
    document.body.appendChild(box);
  }
  var source = new EventSource("/__dossier/events");
  var seen = null;
  source.addEventListener("built", function (event) {
    if (seen !== null && event.data !== seen) { window.location.reload(); return; }
    seen = event.data;
    clearOverlay();
  });
  source.addEventListener("failed", function (event) {
    showOverlay(JSON.parse(event.data));
  });
})();
