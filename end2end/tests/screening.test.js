// The screening journey end to end, with JavaScript on (steps change without reloads) and
// off (every step is a POST round trip). Both must end on the same result.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, MODES, launch, openContext, waitForHydration } from "./browser.js";

const ANSWERS = {
  dcfs_case: "yes",
  dcfs_service: "family_reunification",
  children_location: "all_removed",
  calworks_now: "no",
  calworks_at_removal: "yes",
  fr_plan: "yes",
  relative_caregiver: "no",
  homeless: "no",
  sanction: "no",
};

let browser;
const results = {};
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// The question on screen (`_at`), or null on the check page and the result.
async function currentQuestion(page) {
  const at = await page.$eval("input[name=_at]", (el) => el.value).catch(() => null);
  return at === "check" || at === "result" ? null : at;
}

for (const mode of MODES) {
  test(`screening journey with back and change (${mode.name})`, async () => {
    const { context, offsite, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/screening`);
    if (mode.javaScript) await waitForHydration(page);
    await page.evaluate(() => {
      window.__sameDocument = true;
    });

    // Continue with nothing chosen: an error summary, the same question.
    await page.click("button[name=_go][value=next]");
    await page.waitForSelector(".error-summary");
    assert.equal(await currentQuestion(page), "dcfs_case");

    const asked = [];
    for (let step = 0; step < 12; step++) {
      const fact = await currentQuestion(page);
      if (!fact) break;
      asked.push(fact);
      await page.check(`#${fact}-${ANSWERS[fact]}`);
      await page.click("button[name=_go][value=next]");
      await page.waitForFunction((prev) => {
        const at = document.querySelector("input[name=_at]");
        return !at || at.value !== prev;
      }, fact);
    }
    assert.equal(await page.textContent("h1"), "Check your answers");
    assert.ok(asked.length >= 3 && asked.length <= 9, `asked ${asked.join(",")}`);

    // Change an answer: the question comes back with the old answer chosen.
    await page.click("button[name=_go][value='change:dcfs_service']");
    await page.waitForSelector("#dcfs_service-family_reunification");
    assert.equal(await page.isChecked("#dcfs_service-family_reunification"), true);
    // Back from it keeps the first answer.
    await page.click("button[name=_go][value=back]");
    await page.waitForSelector("#dcfs_case-yes");
    assert.equal(await page.isChecked("#dcfs_case-yes"), true);
    // Continue goes straight back to the check page: every later answer was kept.
    await page.click("button[name=_go][value=next]");
    await page.waitForSelector("h1:text('Check your answers')");
    const rows = await page.$$eval(".answer-row", (els) => els.length);
    assert.equal(rows, asked.length);

    await page.click("button[name=_go][value=result]");
    await page.waitForSelector("h1:text('What may fit you')");
    const cards = await page.$$eval(".path-card", (els) =>
      els.map((el) => `${el.querySelector("h2").textContent} | ${el.querySelector(".fit").textContent}`),
    );
    assert.ok(cards.some((c) => c.startsWith("Family Reunification") && c.endsWith("May fit you")), cards.join("\n"));
    results[mode.name] = { asked, cards };

    // The answers never reach the address bar.
    assert.equal(page.url(), `${BASE_URL}/en/screening`);
    const sameDocument = await page.evaluate(() => window.__sameDocument === true);
    assert.equal(sameDocument, mode.javaScript, "no reloads only when hydrated");
    // The share links carry program names, never the answers.
    const sms = await page.getAttribute(".share-links a[href^='sms:']", "href");
    assert.ok(!decodeURIComponent(sms).includes("family_reunification"));
    assert.ok(!/[\u2066-\u2069]/.test(decodeURIComponent(sms)), "no bidi marks in shared text");
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the same answers give the same questions and result with JavaScript on and off", () => {
  const [on, off] = MODES.map((m) => results[m.name]);
  assert.ok(on && off, "both journeys ran");
  assert.deepEqual(on, off);
});
