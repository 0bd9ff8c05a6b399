// Journeys in Arabic (right to left) and Khmer, JavaScript on and off, with screenshots of
// the home and result pages in Arabic, Khmer and Chinese kept in end2end/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { BASE_URL, MODES, launch, openContext, waitForHydration } from "./browser.js";

const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const LANGUAGES = [
  { tag: "ar", dir: "rtl" },
  { tag: "km", dir: "ltr" },
  { tag: "zh-Hans", dir: "ltr" },
];

for (const mode of MODES) {
  for (const { tag, dir } of LANGUAGES) {
    test(`screening to a result in ${tag} (${mode.name})`, async () => {
      const { context, offsite, errors } = await openContext(browser, mode);
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${BASE_URL}/${tag}`);
      assert.equal(await page.getAttribute("html", "lang"), tag);
      assert.equal(await page.getAttribute("html", "dir"), dir);
      const heading = await page.textContent("h1");
      assert.doesNotMatch(heading, /Help for parents/, "the home page is translated");
      if (!mode.javaScript) await page.screenshot({ path: `${SHOTS}home-${tag}.png`, fullPage: true });

      // Phone links carry digits only: no bidi marks, whatever the text direction.
      const tels = await page.$$eval("a[href^='tel:']", (els) => els.map((el) => el.getAttribute("href")));
      assert.ok(tels.length > 0);
      for (const tel of tels) assert.match(tel, /^tel:\+?\d+$/);

      await page.goto(`${BASE_URL}/${tag}/screening`);
      if (mode.javaScript) await waitForHydration(page);
      await page.check("#dcfs_case-no");
      await page.click("button[name=_go][value=next]");
      await page.waitForSelector("button[name=_go][value=result]");
      await page.click("button[name=_go][value=result]");
      await page.waitForSelector(".path-card");
      assert.equal(await page.getAttribute("html", "lang"), tag);
      const cards = await page.$$eval(".path-card h2", (els) => els.map((el) => el.textContent));
      assert.equal(cards.length, 1, cards.join(" | "));
      if (!mode.javaScript) await page.screenshot({ path: `${SHOTS}result-${tag}.png`, fullPage: true });
      const sms = await page.getAttribute(".share-links a[href^='sms:']", "href");
      assert.doesNotMatch(decodeURIComponent(sms), /[\u2066-\u2069\u200e\u200f]/, "no bidi marks in shared text");
      assert.deepEqual(offsite, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
