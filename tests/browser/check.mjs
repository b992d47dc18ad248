// Drives Debian's headless Chromium through Playwright for tests/it/browser.rs.
//
//   node check.mjs SCENARIO SITE_DIR [ARTEFACT_DIR]
//
// Prints one JSON object (the findings) on stdout and exits 0; the Rust test asserts on it, so
// that a failure message says what the browser showed. Exits 2 when the browser cannot start.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [scenario, siteDir, artefacts = "target/screenshots"] = process.argv.slice(2);
const SUB_PATH = "/sub/path/";

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function executable() {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((c) => c && fs.existsSync(c));
}

// Serves SITE_DIR under SUB_PATH, as GitHub Pages serves a project site.
function serve(dir) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
    ".svg": "image/svg+xml", ".json": "application/json", ".md": "text/markdown; charset=utf-8",
    ".xml": "application/xml" };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(SUB_PATH)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || "index.html";
    if (rel.endsWith("/")) { rel += "index.html"; }
    const file = path.join(dir, rel);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": types[".html"] });
      res.end(fs.existsSync(path.join(dir, "404.html")) ? fs.readFileSync(path.join(dir, "404.html")) : "");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Every page kind of the site, by relative path.
function pageKinds(dir) {
  const first = (sub) => {
    const files = fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith(".html")).sort();
    return files.length ? `${sub}/${files[0]}` : null;
  };
  const kinds = {
    overview: "index.html", sources: "sources.html", source: first("sources"),
    officials: "officials.html", official: first("officials"), timeline: "timeline.html",
    discrepancies: "discrepancies.html", search: "search.html?q=Ryabikhin", print: "print.html",
    notfound: "404.html",
  };
  return Object.fromEntries(Object.entries(kinds).filter(([, p]) => p && fs.existsSync(path.join(dir, p.split("?")[0]))));
}

function fileUrl(dir, rel) { return "file://" + path.resolve(dir, rel.split("?")[0]) + (rel.includes("?") ? "?" + rel.split("?")[1] : ""); }

async function withPage(browser, options, fn) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") { errors.push(m.text()); } });
  page.on("pageerror", (e) => errors.push(String(e)));
  try { return await fn(page, errors); } finally { await context.close(); }
}

// Types a name into the header search box, submits, waits for the results, follows the first.
async function searchAndFollow(browser, startUrl, name) {
  return withPage(browser, {}, async (page, errors) => {
    await page.goto(startUrl);
    await page.keyboard.press("/");
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await page.waitForSelector("html[data-search-ready]", { timeout: 10000 });
    const results = await page.$$eval("#search-results a", (as) => as.slice(0, 5).map((a) => ({
      text: a.textContent, href: a.getAttribute("href"),
      kind: a.closest("section") ? a.closest("section").className : "",
    })));
    const marks = await page.$$eval("#search-results mark", (ms) => ms.slice(0, 5).map((m) => m.textContent));
    const groups = await page.$$eval("#search-results h2", (hs) => hs.map((h) => h.textContent));
    let landed = null, landedHeading = null, landedMarks = [];
    if (results.length) {
      await Promise.all([page.waitForLoadState("load"), page.click("#search-results a >> nth=0")]);
      await page.waitForLoadState("load");
      landed = page.url();
      landedHeading = await page.$eval("h1", (h) => h.textContent.trim()).catch(() => null);
      landedMarks = await page.$$eval("mark.search-hit", (ms) => ms.map((m) => m.textContent));
    }
    return { name, focused, groups, results, marks, landed, landedHeading, landedMarks, errors };
  });
}

async function run(browser, dir) {
  const kinds = pageKinds(dir);
  switch (scenario) {
    case "search": {
      const server = await serve(dir);
      const http = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
      const out = { file: [], http: [] };
      for (const name of ["Рябихин", "Riabikhin", "Ryabihin"]) {
        out.file.push(await searchAndFollow(browser, fileUrl(dir, "index.html"), name));
        out.http.push(await searchAndFollow(browser, http + "timeline.html", name));
      }
      server.close();
      return out;
    }
    case "evidence": {
      return withPage(browser, {}, async (page, errors) => {
        await page.goto(fileUrl(dir, "discrepancies.html"));
        const href = await page.$eval(".discrepancy a[href*='sources/'][href*='#p']", (a) => a.getAttribute("href"));
        await page.click(`.discrepancy a[href="${href}"] >> nth=0`);
        await page.waitForLoadState("load");
        const hash = new URL(page.url()).hash;
        const target = await page.evaluate((id) => {
          const el = document.getElementById(id);
          const p = el && (el.closest("p, li, blockquote") || el);
          if (!p) { return null; }
          const style = getComputedStyle(p);
          return { tag: p.tagName, text: p.textContent.slice(0, 80), background: style.backgroundColor,
            pageBackground: getComputedStyle(document.body).backgroundColor,
            outline: style.outlineStyle + " " + style.outlineWidth,
            citedBy: p.nextElementSibling && p.nextElementSibling.matches("aside.cited-by") ? p.nextElementSibling.textContent.replace(/\s+/g, " ").trim() : null,
            top: p.getBoundingClientRect().top };
        }, hash.slice(1));
        return { href, url: page.url(), hash, target, errors };
      });
    }
    case "card": {
      return withPage(browser, {}, async (page, errors) => {
        await page.goto(fileUrl(dir, kinds.source));
        const link = await page.$("main a[href*='officials/']");
        if (!link) { return { error: "no person link on " + kinds.source }; }
        const linkText = await link.textContent();
        await link.focus();
        await page.waitForSelector(".person-card:not([hidden])", { timeout: 5000 }).catch(() => null);
        const card = await page.$eval(".person-card", (c) => ({ hidden: c.hidden, text: c.textContent.replace(/\s+/g, " ").trim() })).catch(() => null);
        const describedBy = await link.getAttribute("aria-describedby");
        return { page: kinds.source, linkText, card, describedBy, errors };
      });
    }
    case "pages": {
      // Console errors, axe-core in light and dark, and horizontal overflow at 320 and 390 px.
      const out = {};
      for (const [kind, rel] of Object.entries(kinds)) {
        out[kind] = { path: rel, errors: [], axe: {}, overflow: {} };
        for (const scheme of ["light", "dark"]) {
          await withPage(browser, { colorScheme: scheme, viewport: { width: 1366, height: 900 } }, async (page, errors) => {
            await page.goto(fileUrl(dir, rel));
            await page.waitForLoadState("load");
            await page.addScriptTag({ content: AXE });
            const result = await page.evaluate(async () => {
              // eslint-disable-next-line no-undef
              const r = await axe.run(document, { resultTypes: ["violations"], preload: false });
              return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                target: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
            });
            out[kind].axe[scheme] = result;
            out[kind].errors.push(...errors);
          });
        }
        for (const width of [320, 390]) {
          await withPage(browser, { viewport: { width, height: 800 } }, async (page, errors) => {
            await page.goto(fileUrl(dir, rel));
            await page.waitForLoadState("load");
            out[kind].overflow[width] = await page.evaluate(() => {
              const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : ""));
              return { over, wide };
            });
            out[kind].errors.push(...errors);
          });
        }
      }
      return out;
    }
    case "screenshots": {
      fs.mkdirSync(artefacts, { recursive: true });
      const written = [];
      for (const [kind, rel] of Object.entries(kinds)) {
        for (const [device, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1366, height: 900 }]]) {
          for (const scheme of ["light", "dark"]) {
            await withPage(browser, { viewport, colorScheme: scheme }, async (page) => {
              await page.goto(fileUrl(dir, rel));
              await page.waitForLoadState("load");
              const file = path.join(artefacts, `${kind}-${device}-${scheme}.png`);
              await page.screenshot({ path: file, fullPage: true });
              written.push(file);
            });
          }
        }
        await withPage(browser, {}, async (page) => {
          await page.goto(fileUrl(dir, rel));
          await page.emulateMedia({ media: "print" });
          const file = path.join(artefacts, `${kind}-print.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
        });
      }
      return { written };
    }
    case "weights": {
      // HTML + CSS + JS bytes each page kind loads (scripts loaded later on demand not counted).
      const out = {};
      for (const [kind, rel] of Object.entries(kinds)) {
        await withPage(browser, {}, async (page) => {
          const sizes = { html: 0, css: 0, js: 0, other: 0 };
          page.on("response", async (r) => {
            const url = r.url();
            const file = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : null;
            const bytes = file && fs.existsSync(file) ? fs.statSync(file).size : 0;
            const ext = path.extname(file || "");
            const key = ext === ".html" ? "html" : ext === ".css" ? "css" : ext === ".js" ? "js" : "other";
            sizes[key] += bytes;
          });
          await page.goto(fileUrl(dir, rel));
          await page.waitForLoadState("load");
          if (kind === "search") { await page.waitForSelector("html[data-search-ready]", { timeout: 10000 }); }
          out[kind] = sizes;
        });
      }
      return out;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

const exe = executable();
if (!exe) {
  console.error("Chromium not found (looked for $CHROMIUM, /usr/bin/chromium): apt-get install chromium");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: exe, args: FLAGS, headless: true });
try {
  const result = await run(browser, siteDir);
  process.stdout.write(JSON.stringify(result, null, 1) + "\n");
} finally {
  await browser.close();
}
