// Looks at printable pages (the handouts) in headless Chromium from file://: on screen and under
// print media, and printed to PDF on A4 and Letter.
// Usage: node drive-handout.js PLAN.json > RESULT.json
// PLAN: {browser, executable, pages: [{file, screenshot (a PNG path or null), pdfs: {A4: path, Letter: path}}]}
// RESULT: {pages: [{file, requests, errors, text (as rendered), math: [{width, height, text}],
//          hiddenInPrint: [elements that print media hides],
//          unbreakable: [{kind, breakInside}] (questions and values under print media),
//          printed: {A4: {pages, overflow}, Letter: {…}}}]}
//   overflow: the elements whose right edge passes the page's printable width under print media,
//   and the document's scrollWidth and clientWidth there.
"use strict";
const fs = require("fs");
const {launch, watch, run} = require("./browser.js");

// Page sizes in CSS pixels (96 per inch); the printable width is the page's less the @page margins,
// which the page under test states itself.
const SIZES = {A4: {width: 210 / 25.4 * 96}, Letter: {width: 8.5 * 96}};

/** The number of pages of a PDF as Chromium writes it: one page object each. */
function pageCount(pdf) {
  const matches = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return matches ? matches.length : 0;
}

/** The left and right margins of the page's own @page rule, in CSS pixels (none: 0). */
function pageMargins(page) {
  return page.evaluate(() => {
    const px = {px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72};
    const length = (text) => {
      const m = /^([0-9.]+)(px|mm|cm|in|pt)$/.exec(text.trim());
      return m ? Number(m[1]) * px[m[2]] : 0;
    };
    let margins = 0;
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSPageRule && rule.selectorText === "") {
          margins = length(rule.style.marginLeft) + length(rule.style.marginRight) || margins;
        }
      }
    }
    return margins;
  });
}

async function overflow(page, size) {
  const width = Math.floor(size.width - (await pageMargins(page)));
  await page.setViewport({width, height: 1000});
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const over = [];
    for (const e of document.body.querySelectorAll("*")) {
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) {
        over.push(e.tagName.toLowerCase() + " right " + Math.round(box.right) + ": "
            + (e.textContent || "").slice(0, 60));
      }
    }
    const root = document.documentElement;
    return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, elements: over};
  });
}

run(async () => {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const browser = await launch(plan.executable, plan.browser);
  const result = {pages: []};
  try {
    for (const target of plan.pages) {
      const seen = {file: target.file, requests: [], errors: [], printed: {}};
      const page = await browser.newPage();
      watch(page, seen);
      await page.setViewport({width: 1000, height: 800});
      await page.goto("file://" + target.file, {waitUntil: "load"});
      seen.text = await page.evaluate(() => document.body.innerText);
      seen.math = await page.evaluate(() => Array.from(document.querySelectorAll("math")).map((m) => {
        const box = m.getBoundingClientRect();
        return {width: box.width, height: box.height, text: m.textContent.slice(0, 40)};
      }));
      if (target.screenshot) await page.screenshot({path: target.screenshot, fullPage: true});
      await page.emulateMediaType("print");
      seen.hiddenInPrint = await page.evaluate(() =>
          Array.from(document.body.querySelectorAll("*")).filter((e) => {
            const style = getComputedStyle(e);
            return style.display === "none" || style.visibility === "hidden";
          }).map((e) => e.tagName.toLowerCase() + ": " + (e.textContent || "").slice(0, 60)));
      seen.unbreakable = await page.evaluate(() =>
          Array.from(document.querySelectorAll(".question, .value")).map((e) => ({
            kind: e.className, breakInside: getComputedStyle(e).breakInside})));
      for (const [format, file] of Object.entries(target.pdfs || {})) {
        const printed = await overflow(page, SIZES[format]);
        const pdf = await page.pdf({format, printBackground: true});
        if (file) fs.writeFileSync(file, pdf);
        seen.printed[format] = {pages: pageCount(Buffer.from(pdf)), overflow: printed};
      }
      await page.close();
      result.pages.push(seen);
    }
  } finally {
    await browser.close();
  }
  return result;
});
