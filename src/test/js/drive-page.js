// Drives the self-check page in headless Chromium or Firefox (Debian's, via puppeteer-core) from file://.
// Usage: node drive-page.js PLAN.json > RESULT.json
// PLAN: {page, browser ("chromium" or "firefox"), executable, screenshot, files: [paths to load one by one], type: {key: text}}
// RESULT: {requests (anything not file:, data: or blob:), loaded: [{file, ready, conclusion, items}],
//          typed: {ready, conclusion, items, latencies (ms from keydown to the state updated)}}
"use strict";
const fs = require("fs");
const path = require("path");
const {launch, watch, waitUntil, run} = require("./browser.js");

async function states(page) {
  return page.evaluate(() => ({
    ready: document.querySelector("[data-ready]").dataset.ready,
    conclusion: document.getElementById("ready").textContent,
    unreadable: document.getElementById("unreadable").textContent,
    notes: Array.from(document.querySelectorAll("#notes li")).map((li) => li.textContent),
    items: Array.from(document.querySelectorAll(".item[data-key]")).map((item) => ({
      key: item.dataset.key,
      state: item.dataset.state,
      detail: item.querySelector(".detail").textContent,
    })),
  }));
}

run(async () => {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const browser = await launch(plan.executable, plan.browser);
  const result = {requests: [], loaded: [], typed: null, errors: []};
  try {
    const page = await browser.newPage();
    watch(page, result);
    await page.goto("file://" + plan.page, {waitUntil: "load"});
    const input = await page.$("#file");
    for (const file of plan.files) {
      const name = path.basename(file);
      await input.uploadFile(file);
      await waitUntil(page, (n) => document.getElementById("source").textContent.includes(n + " as loaded"),
          name, 10000);
      result.loaded.push(Object.assign({file}, await states(page)));
      // The same file twice fires no change event: clear the picker between files.
      await page.evaluate(() => { document.getElementById("file").value = ""; });
    }
    // Keyboard only: a fresh page, Tab to each field, type the answer.
    await page.goto("file://" + plan.page, {waitUntil: "load"});
    await page.evaluate(() => {
      window.latencies = [];
      let down = 0;
      document.addEventListener("keydown", () => { down = performance.now(); }, true);
      document.addEventListener("input", () => { window.latencies.push(performance.now() - down); });
    });
    for (const [key, text] of Object.entries(plan.type)) {
      for (let i = 0; i < 20; i++) {
        const at = await page.evaluate(() => document.activeElement && document.activeElement.name);
        if (at === key) break;
        await page.keyboard.press("Tab");
      }
      await page.keyboard.type(text);
    }
    result.typed = Object.assign(await states(page), {latencies: await page.evaluate(() => window.latencies)});
    if (plan.screenshot) await page.screenshot({path: plan.screenshot, fullPage: true});
  } finally {
    await browser.close();
  }
  return result;
});
