// The hand-off card (/xx/card) printed by Chromium: exactly one page on Letter and on A4, in
// every locale, for the fullest card a link can ask for (four paths, two offices) and for the
// discreet card; in black and white, with none of the site's header, banner or footer on the
// paper, and no agency, program or child-welfare word on the discreet one. JavaScript off: the
// card is a plain server page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { BASE_URL, MODES, launch, openContext } from "./browser.js";

const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const LOCALES = ["en", "es", "zh-Hans", "zh-Hant", "ko", "vi", "tl", "hy", "ru", "fa", "ar", "km", "ja", "hi", "th"];
// DPSS Civic Center (hours, a countywide number) and Belvedere (DCFS, no hours).
const OFFICES = ["5d4332a6-4859-56db-ba4a-ca8f40e85c0c", "04dc5f01-6a5f-5286-91cd-2cce1f7918e1"];
// Every path, four at a time (the most a card takes), each time with both offices.
const PATH_GROUPS = [
  ["prevention_5122", "family_maintenance", "family_preservation", "family_reunification"],
  ["homeless_outreach", "sanction_help", "linkages_gsw", "dpss_apply"],
];
const officeQuery = OFFICES.map((id) => `office=${id}`).join("&");
const CARDS = [
  ...PATH_GROUPS.map((paths) => ({
    name: `${paths.length} paths, 2 offices`,
    query: `${paths.map((p) => `path=${p}`).join("&")}&${officeQuery}`,
    discreet: false,
  })),
  { name: "discreet, 2 offices", query: `${officeQuery}&discreet=1`, discreet: true },
];
const FORMATS = ["Letter", "A4"];
// About what a browser's print dialog leaves by default.
const MARGIN = { top: "0.4in", right: "0.4in", bottom: "0.4in", left: "0.4in" };
// Words a discreet printout must not show, in the English data and the English half.
const DISCREET_WORDS = /\b(DCFS|DPSS|Linkages|CalWORKs|CalFresh|Medi-Cal|GAIN|General Relief|Child|Children|Family|welfare|abuse|5122)\b/i;

/// Pages in a PDF that Chromium wrote: its page objects (`/Type /Page`, not `/Pages`).
function pdfPages(buffer) {
  return (buffer.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the card prints on exactly one page, Letter and A4, in every locale", { timeout: 600000 }, async () => {
  const mode = MODES.find((m) => !m.javaScript);
  const { context, offsite } = await openContext(browser, mode);
  const page = await context.newPage();
  const problems = [];
  let printed = 0;
  for (const tag of LOCALES) {
    for (const card of CARDS) {
      const url = `${BASE_URL}/${tag}/card?${card.query}`;
      const response = await page.goto(url);
      assert.equal(response.status(), 200, url);
      for (const format of FORMATS) {
        const pdf = await page.pdf({ format, margin: MARGIN, printBackground: false });
        const pages = pdfPages(pdf);
        printed += 1;
        if (pages !== 1) problems.push(`${tag}, ${card.name}, ${format}: ${pages} pages`);
        if (tag === "ko" && format === "Letter" && !card.discreet && card === CARDS[0]) {
          writeFileSync(`${SHOTS}card-ko-letter.pdf`, pdf);
        }
      }
    }
  }
  assert.ok(printed === LOCALES.length * CARDS.length * FORMATS.length);
  assert.deepEqual(problems, [], problems.join("\n"));
  assert.deepEqual(offsite, []);
  await context.close();
});

test("on paper: the card alone, black on white, the discreet one without names", async () => {
  const mode = MODES.find((m) => !m.javaScript);
  const { context } = await openContext(browser, mode);
  const page = await context.newPage();
  await page.emulateMedia({ media: "print" });
  for (const tag of ["en", "ko", "ar"]) {
    for (const card of CARDS) {
      const url = `${BASE_URL}/${tag}/card?${card.query}`;
      await page.goto(url);
      const seen = await page.evaluate(() => {
        const shown = (selector) =>
          [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
        const colours = new Set();
        for (const el of document.querySelectorAll("[data-card], [data-card] *")) {
          if (!el.checkVisibility()) continue;
          colours.add(getComputedStyle(el).color);
          const bg = getComputedStyle(el).backgroundColor;
          if (bg !== "rgba(0, 0, 0, 0)") colours.add(`background ${bg}`);
        }
        return {
          chrome: shown(".site-header, .safety, .unreviewed, .site-footer, .skip-link, #quick-exit, .no-print"),
          card: shown("[data-card]"),
          colours: [...colours],
          text: document.body.innerText,
          title: document.title,
        };
      });
      assert.equal(seen.card, 1, `${url}: the card is printed`);
      assert.equal(seen.chrome, 0, `${url}: no header, banner, notice or footer on paper`);
      assert.deepEqual(seen.colours, ["rgb(0, 0, 0)"], `${url}: black text only`);
      if (card.discreet) {
        const found = seen.text.match(DISCREET_WORDS);
        assert.equal(found, null, `${url}: the printout says ${found?.[0]}:\n${seen.text}`);
        assert.equal(seen.title.match(DISCREET_WORDS), null, `${url}: title ${seen.title}`);
      }
    }
  }
  await context.close();
});

test("the card works with JavaScript on and off, and its links lead back to a card", async () => {
  for (const mode of MODES) {
    const { context, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/find?q=90013`);
    await page.click("li.office .card-links a >> nth=0");
    await page.waitForSelector("[data-card]");
    assert.match(page.url(), /\/en\/card\?office=/);
    await page.click("text=Show a private card instead");
    await page.waitForSelector("[data-card]");
    assert.match(page.url(), /discreet=1/);
    assert.doesNotMatch(page.url(), /path=/);
    assert.deepEqual(errors, [], mode.name);
    await context.close();
  }
});

test("screenshot: the Korean card, on screen and as printed", async () => {
  const mode = MODES.find((m) => !m.javaScript);
  const { context } = await openContext(browser, mode);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${BASE_URL}/ko/card?path=family_reunification&path=prevention_5122&office=${OFFICES[0]}`);
  await page.screenshot({ path: `${SHOTS}card-ko.png`, fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.screenshot({ path: `${SHOTS}card-ko-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.goto(`${BASE_URL}/ko/card?office=${OFFICES[0]}&discreet=1`);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${SHOTS}card-ko-discreet-print.png`, fullPage: true });
  await context.close();
});
