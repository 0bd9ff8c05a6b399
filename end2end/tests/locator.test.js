// Office search end to end: the same ZIP gives the same offices in the same order with
// JavaScript on and off. Searches are full page loads either way (results are server-only);
// with JavaScript on, the results page hydrates again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, MODES, launch, openContext, waitForHydration } from "./browser.js";

let browser;
const found = {};
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const mode of MODES) {
  test(`ZIP search lists the nearest offices (${mode.name})`, async () => {
    const { context, offsite, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/find`);
    if (mode.javaScript) await waitForHydration(page);
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    await page.fill("#q", "90020");
    await page.click("form.search button[type=submit]");
    await page.waitForURL(`${BASE_URL}/en/find?q=90020&agency=both`);
    await page.waitForSelector("li.office h4");
    const names = await page.$$eval("li.office h4", (els) => els.map((el) => el.textContent));
    assert.equal(names.length, 6, names.join(", "));
    found[mode.name] = names;
    const tel = await page.getAttribute("li.office a.tel", "href");
    assert.match(tel, /^tel:\+1\d{10}$/);
    const sameDocument = await page.evaluate(() => window.__sameDocument === true);
    assert.equal(sameDocument, false, "a search is a page load: the URL can be shared");
    if (mode.javaScript) await waitForHydration(page);

    // DPSS offices only: the same search, one agency, more of its offices.
    await page.check("#agency-dpss");
    await page.click("form.search button[type=submit]");
    await page.waitForURL(`${BASE_URL}/en/find?q=90020&agency=dpss`);
    assert.equal(await page.$("#dcfs-title"), null, "no DCFS section");
    assert.ok(await page.$("#dpss-title"));
    assert.ok(await page.isChecked("#agency-dpss"), "the choice stays shown");
    await page.check("#agency-both");

    // A ZIP outside the county: a clear message and the county lines.
    await page.fill("#q", "10001");
    await page.click("form.search button[type=submit]");
    await page.waitForSelector(".error-summary");
    const problem = (await page.textContent(".error-summary")).replace(/[\u2066-\u2069]/g, "");
    assert.match(problem, /10001 is not a ZIP code in Los Angeles County/);
    assert.ok(await page.$("a[href='tel:+18666133777']"));
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors.filter((e) => !e.includes("404")), []);
    await context.close();
  });
}

test("JavaScript on and off list the same offices in the same order", () => {
  const [on, off] = MODES.map((m) => found[m.name]);
  assert.ok(on && off, "both searches ran");
  assert.deepEqual(on, off);
});

test("use my location searches from the browser's position once hydrated", async () => {
  const { context, offsite, errors } = await openContext(browser, { javaScript: true });
  await context.grantPermissions(["geolocation"], { origin: BASE_URL });
  await context.setGeolocation({ latitude: 34.04433, longitude: -118.23581 });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/en/find`);
  await waitForHydration(page);
  await page.click("text=Use my location");
  await page.waitForURL(`${BASE_URL}/en/find?lat=34.044&lon=-118.236`);
  await page.waitForSelector("li.office h4");
  assert.match(await page.textContent("#results"), /Offices near your location/);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without JavaScript the page says to enter a ZIP code instead", async () => {
  const { context } = await openContext(browser, { javaScript: false });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/en/find`);
  assert.match(await page.textContent(".geo"), /turn on JavaScript\. Or enter your ZIP code/);
  assert.equal(await page.$("text=Use my location"), null);
  await context.close();
});
