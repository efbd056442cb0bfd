// Drops files, one by one, on the self-check page (as a student drags them from a file manager:
// a `drop` event carrying the file) and times each from the drop to its verdict in the page.
// Usage: node drop-files.js PLAN.json > RESULT.json
// PLAN: {page, browser ("chromium" or "firefox"), executable, files: [paths], giveUpMs}
// RESULT: {requests, errors, dropped: [{file, ms (drop to verdict in the page, then painted),
//          ready, conclusion, unreadable, states: [item states]}], frozen: the file the page had
//          not answered after giveUpMs (then the rest are not tried), or null}
"use strict";
const fs = require("fs");
const path = require("path");
const {launch, watch, run} = require("./browser.js");

run(async () => {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const browser = await launch(plan.executable, plan.browser);
  const result = {requests: [], errors: [], dropped: [], frozen: null};
  try {
    const page = await browser.newPage();
    watch(page, result);
    await page.goto("file://" + plan.page, {waitUntil: "load"});
    for (const file of plan.files) {
      const name = path.basename(file);
      const base64 = fs.readFileSync(file).toString("base64");
      // The file is made in the page before the clock starts: only the page's own work is timed.
      const dropping = page.evaluate(async (name, base64) => {
        const binary = atob(base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name));
        const ready = document.getElementById("ready");
        const source = document.getElementById("source");
        const shown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (source.textContent.includes(name + " as loaded")) {
              observer.disconnect();
              // The verdict is in the document; the next frame after it is when it is painted.
              requestAnimationFrame(() => setTimeout(resolve, 0));
            }
          });
          observer.observe(document.body, {subtree: true, childList: true, characterData: true});
        });
        const start = performance.now();
        document.getElementById("drop").dispatchEvent(
            new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
        await shown;
        const ms = performance.now() - start;
        return {
          ms,
          ready: ready.dataset.ready,
          conclusion: ready.textContent,
          unreadable: document.getElementById("unreadable").textContent,
          states: Array.from(document.querySelectorAll(".item[data-key]")).map((i) => i.dataset.key + "=" + i.dataset.state),
        };
      }, name, base64);
      let timer;
      const frozen = new Promise((resolve) => { timer = setTimeout(resolve, plan.giveUpMs || 60000, null); });
      const dropped = await Promise.race([dropping, frozen]);
      clearTimeout(timer);
      if (dropped === null) {
        dropping.catch(() => {});
        result.frozen = file;
        break;
      }
      result.dropped.push(Object.assign({file}, dropped));
    }
  } finally {
    // A frozen page may not let the browser close: end it instead.
    if (result.frozen && browser.process()) browser.process().kill("SIGKILL");
    else await browser.close();
  }
  return result;
});
