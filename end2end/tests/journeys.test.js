// Every journey keeps the reader's place (issue: quick exit without accidents, Back and
// Forward, the language switch, slow phones). JavaScript on and off, in en, es and ar.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, MODES, launch, openContext, waitForHydration, waitForReady } from "./browser.js";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const TAGS = ["en", "es", "ar"];

async function open(page, mode, path) {
  const response = await page.goto(`${BASE_URL}${path}`);
  await waitForReady(page, mode);
  return response;
}

/// The question on screen (`_at`), or null on the check page and the result.
async function currentQuestion(page) {
  const at = await page.$eval("input[name=_at]", (el) => el.value).catch(() => null);
  return at === "check" || at === "result" ? null : at;
}

/// Presses a screening button and waits for the next step (a reload without JavaScript).
async function go(page, mode, value) {
  const before = await currentQuestion(page);
  const click = page.click(`button[name=_go][value='${value}']`);
  if (mode.javaScript) {
    await click;
    await page.waitForFunction((prev) => document.querySelector("input[name=_at]")?.value !== prev, before);
  } else {
    await Promise.all([page.waitForNavigation(), click]);
  }
}

/// Back or Forward, then the step shown.
async function travel(page, mode, direction) {
  if (direction === "back") await page.goBack();
  else await page.goForward();
  if (mode.javaScript) await page.waitForTimeout(0);
  await page.waitForSelector("input[name=_at]", { state: "attached" });
}

async function checkedAnswer(page, fact) {
  return page.$eval(`input[name=${fact}]:checked`, (el) => el.value).catch(() => null);
}

// ---------------------------------------------------------------- quick exit

for (const mode of MODES) {
  for (const tag of TAGS) {
    test(`quick exit: the button, and Shift three times, never Escape (${tag}, ${mode.name})`, async () => {
      const { context, errors } = await openContext(browser, mode);
      const page = await context.newPage();
      await open(page, mode, `/${tag}/find`);
      // The link next to it leads to the staying-safe page.
      const safe = await page.getAttribute("header a.safe-online", "href");
      assert.equal(safe, `/${tag}/staying-safe`);
      if (!mode.javaScript) {
        await page.click("#quick-exit");
        await page.waitForURL(/www\.google\.com/);
        assert.equal(await page.textContent("h1"), "Weather");
        await context.close();
        return;
      }
      await page.focus("#q");
      await page.keyboard.type("900");
      // Escape (closing autofill, leaving forms mode) keeps the reader here.
      await page.keyboard.press("Escape");
      // Shift in chords (capital letters) and Shift pairs broken by another key do not count.
      await page.keyboard.type("AB");
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.keyboard.press("2");
      await page.keyboard.press("Shift");
      await page.keyboard.press("Control+Shift");
      await page.waitForTimeout(300);
      assert.equal(new URL(page.url()).pathname, `/${tag}/find`);
      assert.equal(await page.inputValue("#q"), "900AB2");
      const before = await page.evaluate(() => history.length);
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL(/www\.google\.com/);
      // location.replace: the exit took the place of this page in history.
      assert.equal(await page.evaluate(() => history.length), before);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// ---------------------------------------------------------------- Back and Forward

const results = {};
for (const mode of MODES) {
  for (const tag of TAGS) {
    test(`screening: three answers, Back twice, Forward once, change, same result (${tag}, ${mode.name})`, async () => {
      const { context, offsite, errors } = await openContext(browser, mode);
      const page = await context.newPage();
      await open(page, mode, `/${tag}/screening`);
      const answers = { dcfs_case: "yes", dcfs_service: "family_reunification", children_location: "all_removed" };
      for (const [fact, value] of Object.entries(answers)) {
        assert.equal(await currentQuestion(page), fact);
        await page.check(`#${fact}-${value}`);
        await go(page, mode, "next");
      }
      const fourth = await currentQuestion(page);

      await travel(page, mode, "back");
      assert.equal(await currentQuestion(page), "children_location");
      assert.equal(await checkedAnswer(page, "children_location"), "all_removed");
      await travel(page, mode, "back");
      assert.equal(await currentQuestion(page), "dcfs_service");
      assert.equal(await checkedAnswer(page, "dcfs_service"), "family_reunification");
      assert.equal(await page.inputValue("input[type=hidden][name=dcfs_case]"), "yes");
      await travel(page, mode, "forward");
      assert.equal(await currentQuestion(page), "children_location");
      assert.equal(await checkedAnswer(page, "children_location"), "all_removed");
      // The answers never reach the address bar.
      assert.equal(page.url(), `${BASE_URL}/${tag}/screening`);

      // Change the answer, then answer the rest "I don't know".
      await page.check("#children_location-some_removed");
      await go(page, mode, "next");
      assert.notEqual(await currentQuestion(page), "children_location");
      for (let step = 0; step < 12 && (await currentQuestion(page)); step++) {
        await page.check(`input[name=${await currentQuestion(page)}][value=unsure]`);
        await go(page, mode, "next");
      }
      assert.equal(await page.inputValue("input[name=_at]"), "check");
      await page.click("button[name=_go][value=result]");
      await page.waitForSelector(".path-card");
      results[`${tag} ${mode.name}`] = {
        fourth,
        paths: await page.$$eval(".path-card", (els) => els.map((el) => el.getAttribute("aria-labelledby"))),
      };
      assert.deepEqual(offsite, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("Back and Forward reach the same steps and result with JavaScript on and off", () => {
  for (const tag of TAGS) {
    const [on, off] = MODES.map((m) => results[`${tag} ${m.name}`]);
    assert.ok(on && off, `${tag}: both journeys ran`);
    assert.deepEqual(on, off, tag);
    assert.deepEqual(on, results[`en ${MODES[0].name}`], `${tag}: the same paths as in English`);
  }
});

test("a screening step survives leaving the page and coming back (JavaScript on)", async () => {
  const mode = MODES[0];
  const { context, errors } = await openContext(browser, mode);
  const page = await context.newPage();
  await open(page, mode, "/en/screening");
  await page.check("#dcfs_case-yes");
  await go(page, mode, "next");
  await page.check("#dcfs_service-family_maintenance");
  await go(page, mode, "next");
  // Off to another page of the site, then Back: the step and its answers come back, from
  // the back/forward cache or from history.state after a reload.
  await page.click("header nav a[href='/en/find']");
  await page.waitForURL(`${BASE_URL}/en/find`);
  await page.goBack();
  await waitForHydration(page);
  await page.waitForFunction(() => document.querySelector("input[name=_at]")?.value !== "dcfs_case");
  assert.equal(await page.inputValue("input[type=hidden][name=dcfs_service]"), "family_maintenance");
  await travel(page, mode, "back");
  assert.equal(await currentQuestion(page), "dcfs_service");
  assert.equal(await checkedAnswer(page, "dcfs_service"), "family_maintenance");
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------- the language switch

for (const mode of MODES) {
  test(`the language switch keeps a search (${mode.name})`, async () => {
    const { context, errors } = await openContext(browser, mode);
    const page = await context.newPage();
    await open(page, mode, "/en/find?q=90020&agency=dpss");
    const offices = await page.$$eval("li.office h4", (els) => els.map((el) => el.textContent));
    await Promise.all([page.waitForNavigation(), page.click("footer .languages a[hreflang=es]")]);
    assert.equal(page.url(), `${BASE_URL}/es/find?q=90020&agency=dpss`);
    assert.equal(await page.inputValue("#q"), "90020");
    assert.equal(await page.isChecked("#agency-dpss"), true);
    assert.deepEqual(await page.$$eval("li.office h4", (els) => els.map((el) => el.textContent)), offices);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [from, to] of [["en", "es"], ["es", "ar"], ["ar", "en"]]) {
    test(`the language switch keeps the screening's answers and step (${from} to ${to}, ${mode.name})`, async () => {
      const { context, errors } = await openContext(browser, mode);
      const page = await context.newPage();
      await open(page, mode, `/${from}/screening`);
      await page.check("#dcfs_case-yes");
      await go(page, mode, "next");
      assert.equal(await currentQuestion(page), "dcfs_service");
      // Chosen but not yet sent: kept too.
      await page.check("#dcfs_service-family_reunification");
      await Promise.all([
        page.waitForNavigation(),
        page.click(`footer .languages button[lang=${to}]`),
      ]);
      await waitForReady(page, mode);
      assert.equal(page.url(), `${BASE_URL}/${to}/screening`, "no answers in the address");
      assert.equal(await page.getAttribute("html", "lang"), to);
      assert.equal(await currentQuestion(page), "dcfs_service");
      assert.equal(await checkedAnswer(page, "dcfs_service"), "family_reunification");
      assert.equal(await page.inputValue("input[type=hidden][name=dcfs_case]"), "yes");
      assert.equal(await page.$(".error-summary"), null);
      // And the screening goes on from there.
      await go(page, mode, "next");
      assert.equal(await currentQuestion(page), "children_location");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// ---------------------------------------------------------------- use my location

/// A page whose geolocation answers as `behaviour` says: "never" (a prompt left open),
/// or an error code (1 denied, 2 unavailable).
async function pageWithGeolocation(context, behaviour) {
  const page = await context.newPage();
  await page.addInitScript((how) => {
    navigator.geolocation.getCurrentPosition = (ok, fail) => {
      if (how !== "never") setTimeout(() => fail({ code: how, message: "test" }), 50);
    };
  }, behaviour);
  return page;
}

for (const tag of TAGS) {
  test(`use my location: finding, then one message per outcome (${tag})`, async () => {
    const mode = MODES[0];
    const { context, errors } = await openContext(browser, mode);
    const messages = {};
    for (const [outcome, behaviour] of [["denied", 1], ["unavailable", 2], ["timeout", "never"]]) {
      const page = await pageWithGeolocation(context, behaviour);
      if (outcome === "timeout") await page.clock.install();
      await open(page, mode, `/${tag}/find`);
      await page.click(".geo button");
      if (outcome === "timeout") {
        // Pending: a visible state, and the button cannot be pressed twice.
        assert.equal(await page.isDisabled(".geo button"), true);
        const pending = (await page.textContent("#geo-status")).trim();
        assert.ok(pending.length > 0, "a 'finding your location' message");
        await page.clock.fastForward(17_000);
      }
      await page.waitForFunction(() => !document.querySelector(".geo button").disabled);
      messages[outcome] = (await page.textContent("#geo-status")).trim();
      assert.ok(messages[outcome].length > 0, `${outcome}: a message`);
      assert.equal(new URL(page.url()).pathname, `/${tag}/find`);
      await page.close();
    }
    assert.equal(new Set(Object.values(messages)).size, 3, JSON.stringify(messages));
    if (tag === "en") {
      assert.match(messages.denied, /settings/);
      assert.match(messages.timeout, /too long/);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// ---------------------------------------------------------------- right-to-left times

for (const tag of ["ar", "fa"]) {
  test(`times read in order in right-to-left text (${tag})`, async () => {
    const { context } = await openContext(browser, MODES[1]);
    const page = await context.newPage();
    await open(page, MODES[1], `/${tag}/hotlines`);
    const times = await page.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Our own words around a time, not the sources' English hour lines.
        if (node.parentElement.closest("[lang=en]")) continue;
        // Isolation marks may sit around either part (that was the fault); still one time.
        const match = /(\d{1,2})[\u2066-\u2069]*:[\u2066-\u2069]*(\d{2})/.exec(node.data);
        if (!match) continue;
        const rect = (start, end) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          return range.getBoundingClientRect();
        };
        const hourStart = match.index;
        const minuteStart = hourStart + match[0].length - 2;
        const hour = rect(hourStart, hourStart + match[1].length);
        const minute = rect(minuteStart, minuteStart + 2);
        out.push({ text: match[0].replace(/[\u2066-\u2069]/g, ""), hourLeft: hour.left, minuteLeft: minute.left, sameLine: Math.abs(hour.top - minute.top) < 2 });
      }
      return out;
    });
    assert.ok(times.length > 0, "a time on the page");
    for (const t of times.filter((t) => t.sameLine)) {
      // A number reads left to right inside right-to-left text: 5:30, never 30:5.
      assert.ok(t.hourLeft < t.minuteLeft, `${t.text} shows as minutes before hours`);
    }
    await context.close();
  });
}

// ---------------------------------------------------------------- history and focus

test("a new search replaces the last one in history (JavaScript on)", async () => {
  const mode = MODES[0];
  const { context, errors } = await openContext(browser, mode);
  const page = await context.newPage();
  await open(page, mode, "/en/find");
  await page.fill("#q", "90020");
  await Promise.all([page.waitForNavigation(), page.click("form.search button[type=submit]")]);
  const length = await page.evaluate(() => history.length);
  await page.fill("#q", "91101");
  await Promise.all([page.waitForNavigation(), page.click("form.search button[type=submit]")]);
  assert.equal(page.url(), `${BASE_URL}/en/find?q=91101&agency=both`);
  assert.equal(await page.evaluate(() => history.length), length, "replaced, not added");
  await page.goBack();
  assert.equal(page.url(), `${BASE_URL}/en/find`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const mode of MODES) {
  test(`a search problem takes focus and says so in the title (${mode.name})`, async () => {
    const { context } = await openContext(browser, mode);
    const page = await context.newPage();
    await open(page, mode, "/es/find?q=zzzz");
    assert.match(await page.title(), /^Hay un problema: /);
    await page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
    if (mode.javaScript) {
      // Its link moves focus to the box without a #fragment, so Back leaves the page.
      await page.click(".error-summary a");
      assert.equal(await page.evaluate(() => document.activeElement.id), "q");
      assert.equal(page.url(), `${BASE_URL}/es/find?q=zzzz`);
    }
    await context.close();
  });
}
