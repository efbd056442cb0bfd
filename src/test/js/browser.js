// What every browser test here shares: Debian's Chromium (over the DevTools protocol) or Firefox ESR
// (over WebDriver BiDi), headless, driven by puppeteer-core (which downloads no browser of its own)
// from file://, and a watch on what a page asks of a network and which errors it reports.
"use strict";
const path = require("path");
const puppeteer = require(path.join(process.env.PUPPETEER_DIR, "node_modules", "puppeteer-core"));

/**
 * The browser at `executable`, headless: Chromium (`browser` "chromium" or absent) allowed to read
 * file:// pages, or Firefox ("firefox").
 */
function launch(executable, browser) {
  if (browser === "firefox") {
    return puppeteer.launch({browser: "firefox", executablePath: executable, headless: true});
  }
  return puppeteer.launch({
    executablePath: executable,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
  });
}

/**
 * Records into `into.requests` every request that is not file:, data: or blob:, and into
 * `into.errors` every uncaught exception and console error of `page`.
 */
function watch(page, into) {
  page.on("request", (r) => {
    if (!/^(file|data|blob):/.test(r.url())) into.requests.push(r.url());
  });
  page.on("requestfailed", (r) => into.errors.push("request failed: " + r.url()));
  page.on("pageerror", (e) => into.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") into.errors.push("console: " + m.text());
  });
}

/**
 * Waits until `predicate(arg)`, evaluated in `page`, is true; fails after `timeoutMs`. Polls with
 * `page.evaluate` rather than `page.waitForFunction`, which Firefox runs through `Function()`, and
 * the pages' Content-Security-Policy forbids that.
 */
async function waitUntil(page, predicate, arg, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error("waited " + timeoutMs + " ms for " + predicate);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs `main`, prints its result as JSON to stdout; any failure exits 1 with the error on stderr. */
function run(main) {
  main().then(
      (result) => process.stdout.write(JSON.stringify(result)),
      (e) => { console.error(e); process.exit(1); });
}

module.exports = {launch, watch, waitUntil, run};
