// The walking skeleton's journeys, each run with JavaScript on (hydrated) and off.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, MODES, launch, openContext, waitForHydration } from "./browser.js";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const mode of MODES) {
  test(`home to office search and back to home (${mode.name})`, async () => {
    const { context, offsite, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    const scripts = [];
    page.on("request", (request) => {
      if (/\/pkg\/|\.wasm$/.test(new URL(request.url()).pathname)) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${BASE_URL}/en`);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.textContent("h1"), "Help for parents with a DCFS case");
    // The home page has no island: it loads no WebAssembly and nothing to hydrate.
    assert.deepEqual(scripts, [], "no hydration files on the home page");
    assert.equal(await page.getAttribute("html", "data-hydrated"), null);

    await page.click("main a.button[href='/en/find']");
    await page.waitForURL(`${BASE_URL}/en/find`);
    await page.waitForSelector("h1:text('Find an office')");
    if (mode.javaScript) {
      // The office search has one island ("use my location"): it hydrates in place.
      await waitForHydration(page);
      assert.ok(scripts.some((path) => path.endsWith(".wasm")), scripts.join(" "));
      await page.waitForSelector(".geo button");
    } else {
      assert.deepEqual(scripts, [], "JavaScript off: no hydration files");
      await page.waitForSelector(".geo p.hint");
    }

    await page.fill("#q", "90020");
    await page.click("form.search button[type=submit]");
    await page.waitForURL(`${BASE_URL}/en/find?q=90020&agency=both`);
    assert.equal(await page.inputValue("#q"), "90020");

    await page.click(".site-name");
    await page.waitForURL(`${BASE_URL}/en`);
    assert.equal(await page.textContent("h1"), "Help for parents with a DCFS case");
    assert.deepEqual(offsite, [], "no request leaves for another host");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`pages render in Spanish from the server (${mode.name})`, async () => {
    const { context, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/es/screening`);
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal(await page.textContent("h1"), "¿Tiene un caso abierto con DCFS?");
    if (mode.javaScript) {
      await waitForHydration(page);
      // After hydration the text is still Spanish: the browser rendered the same language.
      assert.equal(await page.textContent("h1"), "¿Tiene un caso abierto con DCFS?");
    }
    // On the screening the switch is a button of the form (it carries the answers).
    await Promise.all([page.waitForNavigation(), page.click("footer .languages button[lang=en]")]);
    assert.equal(page.url(), `${BASE_URL}/en/screening`);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.deepEqual(errors, []);
    await context.close();
  });
}
