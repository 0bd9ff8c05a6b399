// Accessibility gates (WCAG 2.2 AA, product brief "Standards"), with JavaScript on and off:
//
// 1. axe-core on every page and state: home, every screening question, the error state, a
//    changed answer, check your answers, the result, the locator empty / with results / for
//    one agency / with each kind of problem, every phone line, and the 404 page. And what axe
//    cannot know: data shown in English on a translated page is marked as English.
// 2. Keyboard-only journeys: skip link, the whole screening, the office search; every focus
//    stop visible, with a visible focus indicator, and not hidden by sticky or fixed boxes.
// 3. Reflow: no horizontal scrolling at 320 CSS px (WCAG 1.4.10) and at 200 % zoom (1.4.4).
// 4. Target size: at least 24 x 24 CSS px, or the WCAG 2.5.8 spacing or inline exception.
//
// Coverage and run time (a few minutes on two cores): one browser, one page per test.
// - axe, JavaScript off: every page and state in all 15 locales. This is the server's HTML and
//   CSS, where everything that differs by language lives (words, lang and dir, script).
// - The walk through every question (eight questions, then a changed answer that asks the
//   ninth) runs in five representative locales: en (source), es (Latin, longer words), ar
//   (right to left), zh-Hant (CJK), km (Khmer: tall script, long unbroken words); the other
//   locales get the first question, the error state, check your answers and the result.
// - axe, JavaScript on: every page and state, the full walk included, in en, ar and km
//   (islands: only the screening form and "use my location" hydrate). Hydration runs the same
//   components in every language, so what it changes (the "use my location" button, screens
//   swapped in place, focus moves) is the same in all of them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { BASE_URL, MODES, launch, openContext, waitForReady } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// The 15 shipped locales (app/src/i18n/locale.rs, Locale::SHIPPED).
const LOCALES = ["en", "es", "zh-Hans", "zh-Hant", "ko", "vi", "tl", "hy", "ru", "fa", "ar", "km", "ja", "hi", "th"];
const REPRESENTATIVE = ["en", "es", "ar", "zh-Hant", "km"];
const HYDRATED = ["en", "ar", "km"];

// The longest path through the questions: eight of the nine (with the answer hints of
// dcfs_service). Changing children_location to "some_removed" afterwards asks the ninth,
// homeless.
const WALK_ANSWERS = {
  dcfs_case: "yes",
  dcfs_service: "family_maintenance",
  children_location: "all_removed",
  calworks_now: "unsure",
  calworks_at_removal: "yes",
  fr_plan: "yes",
  relative_caregiver: "yes",
  sanction: "yes",
};
const CHANGED = { fact: "children_location", answer: "some_removed", asks: "homeless" };

// The hand-off card: two paths and two offices (one with hours and a countywide number, one
// with neither), its discreet variant, and a bad link (a 4xx page).
const CARD_OFFICES = ["5d4332a6-4859-56db-ba4a-ca8f40e85c0c", "04dc5f01-6a5f-5286-91cd-2cce1f7918e1"];
const CARD_QUERY = `path=family_reunification&path=prevention_5122&office=${CARD_OFFICES.join("&office=")}`;
const CARD_PAGES = [
  [`card?${CARD_QUERY}`, 200],
  [`card?office=${CARD_OFFICES[0]}&discreet=1`, 200],
  ["card?path=no_such_path", 404],
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// A context for the mode. Without JavaScript, the browser would still download the files
/// that only JavaScript uses (the wasm and its glue, the message catalog for hydration,
/// all `<link rel=preload>`); they cannot change the page, so they are answered empty here to
/// keep the run short. (Playwright turns the HTTP cache off while requests are routed.)
async function openModeContext(mode) {
  const opened = await openContext(browser, mode);
  if (!mode.javaScript) {
    await opened.context.route(/\/(pkg|i18n)\//, (route) => route.fulfill({ status: 200, body: "" }));
  }
  return opened;
}

/// The question on screen (`_at`), or null on the check page and the result.
async function currentQuestion(page) {
  const at = await page.$eval("input[name=_at]", (el) => el.value).catch(() => null);
  return at === "check" || at === "result" ? null : at;
}

/// Presses a screening button and waits for the next screen (a reload without JavaScript,
/// swapped in place with it): until `selector` is there, or else until the question changes.
async function screeningGo(page, mode, value, selector) {
  const before = await currentQuestion(page);
  await page.click(`button[name=_go][value='${value}']`);
  if (selector) {
    await page.waitForSelector(selector, { state: "attached" });
  } else {
    await page.waitForFunction((prev) => {
      const at = document.querySelector("input[name=_at]");
      return !at || at.value !== prev;
    }, before);
  }
  // Without JavaScript that was a new document: wait for its stylesheet too.
  await page.waitForLoadState("load");
  await waitForReady(page, mode);
}

async function open(page, mode, path) {
  const response = await page.goto(`${BASE_URL}${path}`);
  await waitForReady(page, mode);
  return response;
}

// ---------------------------------------------------------------------------------------------
// 1. axe-core
// ---------------------------------------------------------------------------------------------

// All of WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices: these catch what
// screen-reader users feel most beyond the letter of AA (content outside landmarks, skipped
// heading levels, duplicate landmark names, a missing h1). None is excluded: each is cheap to
// satisfy, and a page that breaks one should say so.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// How axe runs on a page whose own scripts are off. Playwright's `javaScriptEnabled: false`
// (CDP Emulation.setScriptExecutionDisabled) keeps the page in its true no-JS state: the
// parser treats <noscript> as markup, no page script or wasm ever runs. `addScriptTag` cannot
// run there, but DevTools' Runtime.evaluate can, in an isolated world created for the audit
// (the way browser extensions run axe): it shares the DOM and the computed styles, not the
// page's globals. Timers stay switched off in that world too, and axe paces its work with
// `setTimeout(fn, 0)`; so for the audit only, zero-delay timers become microtasks. axe's
// delayed timers (a preload time-out, cache expiry) never fire, which changes no result.
// The tests check the page is in the no-JS state before and after an audit.
const ZERO_DELAY_TIMERS = `(() => {
  const pending = new Set();
  let next = 0;
  window.setTimeout = (fn, ms, ...args) => {
    const id = ++next;
    if (!(ms > 0)) {
      pending.add(id);
      queueMicrotask(() => { if (pending.delete(id)) fn(...args); });
    }
    return id;
  };
  window.clearTimeout = (id) => { pending.delete(id); };
})();`;

const auditWorlds = new WeakMap();

/// An isolated world with axe loaded, in the page's current document. Screens swapped in place
/// (JavaScript on) keep their document and reuse it.
async function axeWorld(page, mode) {
  let world = auditWorlds.get(page);
  if (!world) {
    world = { cdp: await page.context().newCDPSession(page), contextId: null };
    auditWorlds.set(page, world);
  }
  const evaluate = async (expression, contextId = world.contextId) => {
    const { result, exceptionDetails } = await world.cdp.send("Runtime.evaluate", {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(`axe: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value;
  };
  const loaded = world.contextId && (await evaluate("typeof axe").catch(() => null)) === "object";
  if (!loaded) {
    const { frameTree } = await world.cdp.send("Page.getFrameTree");
    const created = await world.cdp.send("Page.createIsolatedWorld", {
      frameId: frameTree.frame.id,
      worldName: "axe-audit",
    });
    world.contextId = created.executionContextId;
    if (!mode.javaScript) await evaluate(ZERO_DELAY_TIMERS);
    await evaluate(AXE_SOURCE);
  }
  return evaluate;
}

async function runAxe(page, mode) {
  const evaluate = await axeWorld(page, mode);
  const audit = evaluate(`axe.run(document, {
      runOnly: { type: "tag", values: ${JSON.stringify(AXE_TAGS)} },
      resultTypes: ["violations"],
    }).then((r) => ({
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
        targets: v.nodes.map((n) => n.target.join(" ")),
      })),
      incomplete: r.incomplete.map((v) => v.id),
      passes: r.passes.length,
    }))`);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`axe did not finish on ${page.url()}`)), 30000);
  });
  try {
    return await Promise.race([audit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/// Collects axe's findings over many pages and reports each distinct problem once, with the
/// pages it is on.
class Findings {
  constructor(mode) {
    this.mode = mode;
    this.byProblem = new Map();
    this.review = new Map();
    this.audits = 0;
  }

  async audit(page, label) {
    const result = await runAxe(page, this.mode);
    this.audits += 1;
    assert.ok(result.passes > 10, `axe ran no checks on ${label}`);
    for (const v of result.violations) {
      for (const target of v.targets) {
        const key = `${v.id} [${v.impact}] at ${target}: ${v.help} (${v.url})`;
        if (!this.byProblem.has(key)) this.byProblem.set(key, []);
        this.byProblem.get(key).push(label);
      }
    }
    for (const id of result.incomplete) {
      if (!this.review.has(id)) this.review.set(id, []);
      this.review.get(id).push(label);
    }
  }

  assertNone(t) {
    t.diagnostic(`${this.audits} pages audited`);
    for (const [id, pages] of this.review) {
      t.diagnostic(`axe could not decide "${id}" on ${pages.length} pages, e.g. ${pages[0]}: check by hand`);
    }
    const lines = [...this.byProblem].map(([problem, pages]) => {
      const some = pages.slice(0, 4).join(", ");
      const more = pages.length > 4 ? ` and ${pages.length - 4} more` : "";
      return `- ${problem}\n    on ${pages.length} pages: ${some}${more}`;
    });
    assert.equal(lines.length, 0, `axe found ${lines.length} problems (${this.mode.name}):\n${lines.join("\n")}`);
  }
}

/// What the page shows for its mode; with JavaScript off, asserts it is the no-JS state.
async function modeState(page, mode) {
  const state = await page.evaluate(() => ({
    hydrated: document.documentElement.hasAttribute("data-hydrated"),
    geoButton: !!document.querySelector(".geo button"),
    geoHint: document.querySelector(".geo .hint")?.textContent ?? null,
  }));
  if (!mode.javaScript) {
    assert.equal(state.hydrated, false, "no hydration without JavaScript");
    assert.equal(state.geoButton, false, "no 'use my location' button without JavaScript");
    assert.ok(state.geoHint, "the no-JS hint stands in for the button");
  }
  return state;
}

/// The screening in `tag`: the first question, the error state, then either the full walk
/// (every question, a changed answer) or the shortest way to a result.
async function auditScreening(page, mode, tag, findings, full) {
  await open(page, mode, `/${tag}/screening`);
  await findings.audit(page, `/${tag}/screening q1`);
  await screeningGo(page, mode, "next", ".error-summary");
  await findings.audit(page, `/${tag}/screening error`);
  if (!full) {
    // "No DCFS case" goes straight to check your answers.
    await page.check("#dcfs_case-no");
    await screeningGo(page, mode, "next", "button[name=_go][value=result]");
  } else {
    const asked = [];
    for (let step = 0; step < 12; step++) {
      const fact = await currentQuestion(page);
      if (!fact) break;
      asked.push(fact);
      if (step > 0) await findings.audit(page, `/${tag}/screening ${fact}`);
      await page.check(`#${fact}-${WALK_ANSWERS[fact]}`);
      await screeningGo(page, mode, "next");
    }
    assert.deepEqual(asked, Object.keys(WALK_ANSWERS), "the walk asks eight questions");
    await findings.audit(page, `/${tag}/screening check (8 answers)`);
    // Change an answer: the question comes back with its answer chosen, and a new answer asks
    // the ninth question.
    await screeningGo(page, mode, `change:${CHANGED.fact}`, `#${CHANGED.fact}-${CHANGED.answer}`);
    assert.ok(await page.isChecked(`#${CHANGED.fact}-${WALK_ANSWERS[CHANGED.fact]}`), "Change keeps the answer");
    await findings.audit(page, `/${tag}/screening change ${CHANGED.fact}`);
    await page.check(`#${CHANGED.fact}-${CHANGED.answer}`);
    await screeningGo(page, mode, "next");
    assert.equal(await currentQuestion(page), CHANGED.asks);
    await findings.audit(page, `/${tag}/screening ${CHANGED.asks}`);
    await page.check(`#${CHANGED.asks}-yes`);
    await screeningGo(page, mode, "next", "button[name=_go][value=result]");
  }
  await findings.audit(page, `/${tag}/screening check`);
  await screeningGo(page, mode, "result", ".path-card");
  await findings.audit(page, `/${tag}/screening result`);
}

async function auditOtherPages(page, mode, tag, findings) {
  await open(page, mode, `/${tag}/`);
  await findings.audit(page, `/${tag}/`);

  await open(page, mode, `/${tag}/find`);
  const state = await modeState(page, mode);
  if (mode.javaScript) assert.ok(state.geoButton, `/${tag}/find: hydrated, with 'use my location'`);
  await findings.audit(page, `/${tag}/find`);
  await modeState(page, mode); // the audit ran no page script
  for (const [query, shows] of [
    ["q=90020", "li.office"],
    ["q=10001", ".error-summary"], // a ZIP code outside the county
    ["q=zzzz", ".error-summary"], // a place that is not known
    ["q=Pasadena", ".choices"], // a city with several ZIP codes: choose one
  ]) {
    await open(page, mode, `/${tag}/find?${query}`);
    await page.waitForSelector(shows, { state: "attached" });
    await findings.audit(page, `/${tag}/find?${query}`);
  }
  if (REPRESENTATIVE.includes(tag)) {
    // One agency only: the same page with fewer offices.
    await open(page, mode, `/${tag}/find?q=90020&agency=dcfs`);
    await page.waitForSelector("li.office", { state: "attached" });
    await findings.audit(page, `/${tag}/find?q=90020&agency=dcfs`);
  }

  await open(page, mode, `/${tag}/hotlines`);
  await page.waitForSelector("li.hotline", { state: "attached" });
  await findings.audit(page, `/${tag}/hotlines`);

  await open(page, mode, `/${tag}/staying-safe`);
  await findings.audit(page, `/${tag}/staying-safe`);

  for (const [desk, shows] of [
    ["advisor", "#q"],
    ["advisor?q=90020", "[data-sms]"],
    ["advisor?q=10001", ".error-summary"],
    ["advisor/screening", "fieldset"],
  ]) {
    await open(page, mode, `/${tag}/${desk}`);
    await page.waitForSelector(shows, { state: "attached" });
    await findings.audit(page, `/${tag}/${desk}`);
  }

  for (const [card, status] of CARD_PAGES) {
    const response = await open(page, mode, `/${tag}/${card}`);
    assert.equal(response.status(), status, `/${tag}/${card}`);
    await findings.audit(page, `/${tag}/${card}`);
  }

  const missing = await open(page, mode, `/${tag}/no-such-page`);
  assert.equal(missing.status(), 404);
  await findings.audit(page, `/${tag}/no-such-page (404)`);
}

for (const mode of MODES) {
  const locales = mode.javaScript ? HYDRATED : LOCALES;
  test(`axe: every page and state, ${locales.length} locales (${mode.name})`, { timeout: 300000 }, async (t) => {
    const { context, offsite } = await openModeContext(mode);
    const findings = new Findings(mode);
    // Two pages take turns with the locales: one waits for the server while the other audits.
    const queue = [...locales];
    const worker = async () => {
      const page = await context.newPage();
      for (let tag = queue.shift(); tag; tag = queue.shift()) {
        await auditOtherPages(page, mode, tag, findings);
        await auditScreening(page, mode, tag, findings, REPRESENTATIVE.includes(tag));
      }
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(offsite, []);
    await context.close();
    findings.assertNone(t);
  });
}

// WCAG 3.1.2, language of parts: office names, addresses, hours and sources, and the phone
// lines' descriptions come from English data and are shown as they are (`translate="no"`).
// On a page in another language, a screen reader reads them in that language's voice unless
// they are marked `lang="en"`. Checked on the server's HTML (JavaScript off renders the same
// markup), in a right-to-left, a CJK and a Latin-script locale.
// On a right-to-left page they also need `dir="ltr"`, or the bidi algorithm moves their
// leading and trailing numbers and punctuation ("24 hours a day" shows as "hours a day 24").
// Needs the fix in the report on branch a11y: `lang="en" dir="ltr"` beside every
// `translate="no"` holding English data in app/src/locator/page.rs and hotlines_page.rs.
test("data in English is marked lang=en (and ltr) on translated pages (WCAG 3.1.2)", async () => {
  const mode = MODES.find((m) => !m.javaScript);
  const { context } = await openModeContext(mode);
  const page = await context.newPage();
  const unmarked = [];
  for (const tag of ["ar", "zh-Hant", "es"]) {
    for (const path of [`/${tag}/find?q=90020`, `/${tag}/find?q=Pasadena`, `/${tag}/hotlines`]) {
      await open(page, mode, path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll("main [translate=no]")]
          // Latin letters only: English words, not numbers or names in the page's own script.
          .filter((el) => /[A-Za-z]{2}/.test(el.textContent))
          .flatMap((el) => {
            const what = `<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 40)}"`;
            const out = [];
            // The attribute, not `.lang`: SVG elements (the map's place names) have no such property.
            if (!(el.closest("[lang]")?.getAttribute("lang") || "").toLowerCase().startsWith("en")) out.push(`${what} not lang=en`);
            if (getComputedStyle(el).direction !== "ltr") out.push(`${what} not ltr`);
            return out;
          }),
      );
      const distinct = [...new Set(found)];
      if (distinct.length) unmarked.push(`${path}: ${distinct.length}, e.g. ${distinct.slice(0, 3).join("; ")}`);
    }
  }
  await context.close();
  assert.deepEqual(unmarked, [], `English data not marked as English:\n${unmarked.join("\n")}`);
});

// ---------------------------------------------------------------------------------------------
// 2. Keyboard only
// ---------------------------------------------------------------------------------------------

/// Remembers how each focusable element looks while it does not have focus, to compare with
/// how it looks once focused. Called before every key press; adds only elements not seen yet
/// (new screens with JavaScript on), never the element that has focus now.
async function rememberUnfocused(page) {
  await page.evaluate(() => {
    const map = (window.__unfocusedLook ??= new WeakMap());
    const selector = "a[href], button, input, select, textarea, summary, [tabindex]";
    for (const el of document.querySelectorAll(selector)) {
      if (map.has(el) || el === document.activeElement) continue;
      const cs = getComputedStyle(el);
      map.set(el, {
        outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
        boxShadow: cs.boxShadow,
        background: cs.backgroundColor,
      });
    }
  });
}

/// Where focus is now, and whether a sighted keyboard user can see it.
async function focusStop(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { none: true };
    const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().replace(/\s+/g, " ");
    const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes} "${text.slice(0, 40)}"`;
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const problems = [];

    // Visible and on screen (the browser scrolls a focused element into view).
    if (!(rect.width > 0 && rect.height > 0) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      problems.push("is not visible");
    } else if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
      problems.push(`is off screen at ${Math.round(rect.left)},${Math.round(rect.top)}`);
    }

    // A focus indicator: an outline or a box shadow now, which was not there (or was
    // different) while the element did not have focus.
    const now = {
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      background: cs.backgroundColor,
    };
    const before = window.__unfocusedLook?.get(el);
    const hasIndicator =
      (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow && cs.boxShadow !== "none");
    if (!el.matches(":focus-visible")) problems.push("does not match :focus-visible");
    if (!hasIndicator) problems.push("has no focus outline or box shadow");
    if (before && before.outline === now.outline && before.boxShadow === now.boxShadow && before.background === now.background) {
      problems.push("looks the same focused and unfocused");
    }

    // Not hidden by anything sticky or fixed. WCAG 2.4.11 (AA) fails only when it is entirely
    // hidden; the product brief says focus is never hidden, so any overlap fails here.
    for (const other of document.body.querySelectorAll("*")) {
      if (other.contains(el) || el.contains(other)) continue;
      const position = getComputedStyle(other).position;
      if (position !== "sticky" && position !== "fixed") continue;
      const o = other.getBoundingClientRect();
      const overlapX = Math.min(o.right, rect.right) - Math.max(o.left, rect.left);
      const overlapY = Math.min(o.bottom, rect.bottom) - Math.max(o.top, rect.top);
      if (overlapX > 0 && overlapY > 0 && other.checkVisibility()) {
        problems.push(`is covered by ${position} ${other.tagName.toLowerCase()}.${other.className}`);
      }
    }
    // And nothing else is painted over its middle.
    const first = el.getClientRects()[0] ?? rect;
    const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && !el.contains(top) && !(el.labels && [...el.labels].some((l) => l.contains(top)))) {
      problems.push(`is painted over by ${top.tagName.toLowerCase()}.${top.className}`);
    }
    return { name, problems };
  });
}

async function focused(page, selector) {
  return page.evaluate((s) => !!document.activeElement?.matches(s), selector);
}

/// Presses Tab until the focused element matches `selector`, checking every stop on the way.
async function tabTo(page, selector, journey, max = 60) {
  for (let i = 0; i < max; i++) {
    await rememberUnfocused(page);
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    if (stop.none) {
      journey.stops.push("(nothing)");
      continue;
    }
    journey.stops.push(stop.name);
    const where = new URL(page.url());
    for (const p of stop.problems) journey.problems.push(`${stop.name} ${p} (${where.pathname}${where.search})`);
    if (await focused(page, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}; last stops:\n${journey.stops.slice(-max).join("\n")}`);
}

/// With JavaScript on, a screening step swaps the screen in place; focus must then go to the
/// new screen's start (its heading, or the error summary), never stay on a removed button.
async function focusMovedTo(page, mode, selector, journey, why) {
  if (!mode.javaScript) return;
  const moved = await page
    .waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  if (!moved) {
    const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60));
    journey.problems.push(`after ${why}, focus was on ${at}, not on ${selector}`);
  }
}

/// Checks the element that has focus now (after arrow keys, or focus moved by the page).
async function checkHere(page, journey, why) {
  const stop = await focusStop(page);
  for (const p of stop.problems ?? []) journey.problems.push(`${stop.name} ${p} (${why})`);
}

for (const mode of MODES) {
  test(`keyboard only: skip link, then the whole screening to a result (${mode.name})`, async (t) => {
    const { context, offsite, errors } = await openModeContext(mode);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const journey = { stops: [], problems: [] };
    await open(page, mode, "/en");

    // The first Tab reaches the skip link, which shows itself; Enter moves focus to main.
    await rememberUnfocused(page);
    await page.keyboard.press("Tab");
    const skip = await focusStop(page);
    assert.ok(await focused(page, "a.skip-link[href='#main']"), `the first Tab focused ${skip.name}`);
    assert.deepEqual(skip.problems, [], `skip link: ${skip.problems?.join(", ")}`);
    await page.keyboard.press("Enter");
    await page
      .waitForFunction(() => document.activeElement?.id === "main", null, { timeout: 3000 })
      .catch(async () => {
        const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60));
        assert.fail(`Enter on the skip link left focus on ${at}, not on <main>`);
      });

    // From main, Tab to "Start the questions" in the "Check what may fit you" card.
    await tabTo(page, "main a[href='/en/screening']", journey);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${BASE_URL}/en/screening`);
    await page.waitForSelector("input[name=_at]", { state: "attached" });
    await waitForReady(page, mode);

    // Continue with nothing chosen: the error summary; its link takes focus to the answers.
    await tabTo(page, "button[name=_go][value=next]", journey);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    await waitForReady(page, mode);
    await focusMovedTo(page, mode, ".error-summary", journey, "Continue with no answer");
    await tabTo(page, ".error-summary a", journey);
    await page.keyboard.press("Enter");
    // In-page links (this one, the skip link) must stay the browser's: before islands, the
    // hydrated client router took them over and only scrolled, leaving focus behind.
    await page
      .waitForFunction(() => document.activeElement?.matches("input[type=radio]"), null, { timeout: 3000 })
      .catch(async () => {
        const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60));
        journey.problems.push(`Enter on the error summary's link left focus on ${at}, not on the first answer`);
      });

    // Each question: Tab to the radio group, choose with Space and the arrow keys, Tab to
    // Continue, Enter.
    const asked = [];
    for (let step = 0; step < 12; step++) {
      const fact = await currentQuestion(page);
      if (!fact) break;
      asked.push(fact);
      if (!(await focused(page, `input[type=radio][name=${fact}]`))) {
        await tabTo(page, `input[type=radio][name=${fact}]`, journey);
      }
      const options = await page.$$eval(`input[type=radio][name=${fact}]`, (els) => els.map((el) => el.value));
      const want = options.indexOf(WALK_ANSWERS[fact]);
      const at = options.indexOf(await page.evaluate(() => document.activeElement.value));
      await page.keyboard.press("Space");
      for (let i = at; i < want; i++) await page.keyboard.press("ArrowDown");
      for (let i = at; i > want; i--) await page.keyboard.press("ArrowUp");
      assert.equal(await page.isChecked(`#${fact}-${WALK_ANSWERS[fact]}`), true, `${fact}: the keys chose the answer`);
      await checkHere(page, journey, `${fact} after the arrow keys`);
      await tabTo(page, "button[name=_go][value=next]", journey);
      await page.keyboard.press("Enter");
      await page.waitForFunction((prev) => {
        const el = document.querySelector("input[name=_at]");
        return !el || el.value !== prev;
      }, fact);
      await waitForReady(page, mode);
      await focusMovedTo(page, mode, "#flow-heading", journey, `answering ${fact}`);
    }
    assert.deepEqual(asked, Object.keys(WALK_ANSWERS));
    await tabTo(page, "button[name=_go][value=result]", journey);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".path-card");
    await waitForReady(page, mode);
    await focusMovedTo(page, mode, "#flow-heading", journey, "See what may fit you");
    assert.equal(await page.textContent("h1"), "What may fit you");
    // The result's own links are reachable too.
    await tabTo(page, "main a[href^='/en/find']", journey);
    t.diagnostic(`${journey.stops.length} focus stops`);
    assert.deepEqual(journey.problems, [], `focus problems:\n${journey.problems.join("\n")}`);
    assert.deepEqual(offsite, []);
    if (mode.javaScript) assert.deepEqual(errors, []);
    await context.close();
  });

  test(`keyboard only: office search by ZIP code (${mode.name})`, async (t) => {
    const { context, offsite, errors } = await openModeContext(mode);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const journey = { stops: [], problems: [] };
    await open(page, mode, "/en/find");
    await tabTo(page, "#q", journey);
    // A ZIP code outside the county first: the error summary's link leads back to the box.
    await page.keyboard.type("10001");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/en/find" && url.searchParams.get("q") === "10001");
    await page.waitForSelector(".error-summary");
    await waitForReady(page, mode);
    await tabTo(page, ".error-summary a[href='#q']", journey);
    await page.keyboard.press("Enter");
    // As in the screening: the browser, not a client router, follows the in-page link.
    const backInBox = await page
      .waitForFunction(() => document.activeElement?.id === "q", null, { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (!backInBox) {
      journey.problems.push("Enter on the error summary's link did not move focus to the search box");
      await page.focus("#q"); // carry on with the rest of the journey
    }
    await checkHere(page, journey, "search box from the error summary");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("90020");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/en/find" && url.searchParams.get("q") === "90020");
    await page.waitForSelector("li.office");
    await waitForReady(page, mode);
    assert.equal(await page.$$eval("li.office", (els) => els.length), 6);
    // On through the results to the first office's phone number and beyond.
    await tabTo(page, "li.office a.tel", journey);
    await tabTo(page, "li.office summary, li.office a:not(.tel)", journey);
    t.diagnostic(`${journey.stops.length} focus stops`);
    assert.deepEqual(journey.problems, [], `focus problems:\n${journey.problems.join("\n")}`);
    assert.deepEqual(offsite, []);
    if (mode.javaScript) assert.deepEqual(errors.filter((e) => !e.includes("404")), []);
    await context.close();
  });
}

for (const mode of MODES) {
  // The advisor desk from the keyboard alone: the place field has focus on load; a ZIP code
  // and Enter give the offices and the text; the text is copied (the copy button with
  // JavaScript, Ctrl+A in the read-only text box without).
  test(`keyboard only: advisor desk, ZIP code to the copied text (${mode.name})`, async (t) => {
    const { context, offsite, errors } = await openModeContext(mode);
    if (mode.javaScript) await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const journey = { stops: [], problems: [] };
    await open(page, mode, "/es/advisor");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "q", "the place field has focus on load");
    await page.keyboard.type("90020");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/es/advisor" && url.searchParams.get("q") === "90020");
    await page.waitForSelector("[data-sms]");
    await waitForReady(page, mode);
    const text = await page.$eval("[data-sms]", (el) => el.value);
    assert.match(text, /^DCFS /, "the text names the office first");
    if (mode.javaScript) {
      await tabTo(page, "button.copy-button", journey);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelector(".copy-status")?.textContent.trim());
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, "the clipboard holds the text");
    } else {
      assert.equal(await page.isVisible("button.copy-button"), false, "no copy button without a script");
      await tabTo(page, "[data-sms]", journey);
      await page.keyboard.press("ControlOrMeta+A");
      const selected = await page.$eval("[data-sms]", (el) => el.value.slice(el.selectionStart, el.selectionEnd));
      assert.equal(selected, text, "Ctrl+A selects the whole text, ready for Ctrl+C");
    }
    t.diagnostic(`${journey.stops.length} focus stops`);
    assert.deepEqual(journey.problems, [], `focus problems:\n${journey.problems.join("\n")}`);
    assert.deepEqual(offsite, []);
    if (mode.javaScript) assert.deepEqual(errors.filter((e) => !e.includes("404")), []);
    await context.close();
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Reflow and zoom, 4. target size
// ---------------------------------------------------------------------------------------------

// 320 CSS px wide is WCAG 1.4.10's reflow width (a 1280 px window at 400 %). 200 % zoom of a
// 1280 px window is a layout viewport of 640 CSS px at two device pixels per CSS pixel: the
// same media queries, rem sizes and line breaks as a real browser zoomed to 200 %, so that is
// how it is emulated (CSS `zoom` on <html> would leave the media queries at 1280 px).
const VIEWPORTS = [
  { name: "320 px", width: 320, height: 640, deviceScaleFactor: 1 },
  { name: "200 % zoom", width: 640, height: 360, deviceScaleFactor: 2 },
];

async function setViewport(cdp, page, viewport) {
  await cdp.send("Emulation.setDeviceMetricsOverride", {
    width: viewport.width,
    height: viewport.height,
    deviceScaleFactor: viewport.deviceScaleFactor,
    mobile: false,
  });
  const seen = await page.evaluate(() => [document.documentElement.clientWidth, devicePixelRatio]);
  assert.deepEqual(seen, [viewport.width, viewport.deviceScaleFactor], "viewport emulation took effect");
}

/// A screenshot of the whole page at the emulated width. (Playwright's own full-page
/// screenshot resizes the viewport it knows about, which is not the emulated one.)
async function fullPageShot(cdp, path) {
  const { cssContentSize } = await cdp.send("Page.getLayoutMetrics");
  const { data } = await cdp.send("Page.captureScreenshot", {
    format: "png",
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: cssContentSize.width, height: cssContentSize.height, scale: 1 },
  });
  writeFileSync(path, Buffer.from(data, "base64"));
}

/// Loads each page the layout checks look at and calls `check(label)` on it.
async function eachLayoutPage(page, mode, tag, check) {
  await open(page, mode, `/${tag}/`);
  await check(`/${tag}/`);
  await open(page, mode, `/${tag}/screening`);
  await screeningGo(page, mode, "next", ".error-summary");
  await check(`/${tag}/screening error`);
  await page.check("#dcfs_case-yes");
  await screeningGo(page, mode, "next");
  await check(`/${tag}/screening dcfs_service`); // the question with answer hints
  for (let step = 0; step < 12 && (await currentQuestion(page)); step++) {
    await page.check(`input[name=${await currentQuestion(page)}][value=unsure]`);
    await screeningGo(page, mode, "next");
  }
  await check(`/${tag}/screening check`);
  await screeningGo(page, mode, "result", ".path-card");
  await check(`/${tag}/screening result`);
  for (const q of ["90020", "Pasadena", "10001"]) {
    await open(page, mode, `/${tag}/find?q=${q}`);
    await check(`/${tag}/find?q=${q}`);
  }
  await open(page, mode, `/${tag}/hotlines`);
  await check(`/${tag}/hotlines`);
  await open(page, mode, `/${tag}/staying-safe`);
  await check(`/${tag}/staying-safe`);
  for (const desk of ["advisor?q=90020", "advisor/screening"]) {
    await open(page, mode, `/${tag}/${desk}`);
    await check(`/${tag}/${desk}`);
  }
  for (const [card] of CARD_PAGES) {
    await open(page, mode, `/${tag}/${card}`);
    await check(`/${tag}/${card}`);
  }
}

/// Horizontal scrolling, and content pushed out of view where something clips it.
async function overflow(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth) {
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} CSS px`);
    }
    const width = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || !el.checkVisibility()) continue;
      if (r.right > width + 1 || r.left < -1) {
        const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : "";
        out.push(`${el.tagName.toLowerCase()}${cls} spans ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`);
      }
    }
    return out.slice(0, 6);
  });
}

/// Targets smaller than 24 x 24 CSS px that neither the spacing nor the inline exception of
/// WCAG 2.5.8 excuses.
async function smallTargets(page) {
  return page.evaluate(() => {
    const MIN = 24;
    const all = [
      ...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]"),
    ].filter((el) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      // Visually hidden (1 px, clipped), and off screen until focused (the skip link).
      if (r.width <= 1 || r.height <= 1) return false;
      if (r.bottom + scrollY <= 0) return false;
      return true;
    });
    const rects = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
    const small = (el) => {
      const r = rects.get(el);
      return r.width < MIN - 0.01 || r.height < MIN - 0.01;
    };
    // Inline exception: a link in running text, sized by the line height of the sentence
    // around it: its closest block holds words besides the link's own.
    const inSentence = (el) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
      if (!block) return false;
      const own = el.textContent.replace(/\s+/g, "");
      const around = block.textContent.replace(/\s+/g, "").replace(own, "").replace(/[\u2066-\u2069.,:;()]/g, "");
      return around.length >= 3;
    };
    const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
    // Does the 24 px circle around centre `c` reach rectangle `r`?
    const reaches = (c, r) => {
      const dx = Math.max(r.left - c[0], 0, c[0] - r.right);
      const dy = Math.max(r.top - c[1], 0, c[1] - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2 - 0.01;
    };
    const out = [];
    for (const el of all) {
      if (!small(el) || inSentence(el)) continue;
      // A label and its own control, or nested targets, act as one.
      const related = (other) =>
        other === el ||
        other.contains(el) ||
        el.contains(other) ||
        (el.labels && [...el.labels].includes(other)) ||
        (other.labels && [...other.labels].includes(el));
      const c = centre(rects.get(el));
      const clash = all.find((other) => {
        if (related(other)) return false;
        if (reaches(c, rects.get(other))) return true;
        if (!small(other)) return false;
        const d = centre(rects.get(other));
        return Math.hypot(c[0] - d[0], c[1] - d[1]) < MIN - 0.01;
      });
      if (!clash) continue;
      const r = rects.get(el);
      const text = (el.textContent || el.value || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ");
      const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : "";
      out.push(
        `${el.tagName.toLowerCase()}${cls} "${text.slice(0, 30)}" is ${r.width.toFixed(1)} x ${r.height.toFixed(1)} CSS px ` +
          `and too close to ${clash.tagName.toLowerCase()} "${(clash.textContent || "").trim().slice(0, 30)}"`,
      );
    }
    return out;
  });
}

for (const mode of MODES) {
  // English, Khmer (long unbroken words, tall script) and Arabic (right to left). With
  // JavaScript on the layout differs only by the "use my location" button: English only.
  const locales = mode.javaScript ? ["en"] : ["en", "km", "ar"];
  test(`reflow at 320 px and 200 % zoom, and 24 px targets (${mode.name})`, { timeout: 240000 }, async (t) => {
    const { context } = await openModeContext(mode);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const reflow = [];
    const targets = [];
    let checked = 0;
    for (const tag of locales) {
      await eachLayoutPage(page, mode, tag, async (label) => {
        for (const viewport of VIEWPORTS) {
          await setViewport(cdp, page, viewport);
          checked += 1;
          for (const p of await overflow(page)) reflow.push(`${label} at ${viewport.name}: ${p}`);
          for (const p of await smallTargets(page)) targets.push(`${label} at ${viewport.name}: ${p}`);
          if (!mode.javaScript && viewport.width === 320 && /\/(|screening (dcfs_service|result)|find\?q=90020|hotlines|staying-safe)$/.test(label)) {
            const name = label.replace(/[^a-zA-Z0-9-]+/g, "-").replace(/^-|-$/g, "");
            await fullPageShot(cdp, `${SHOTS}320-${name}.png`);
          }
        }
      });
    }
    t.diagnostic(`${checked} page layouts checked`);
    assert.deepEqual(reflow, [], `no reflow at ${mode.name}:\n${reflow.join("\n")}`);
    assert.deepEqual(targets, [], `targets too small (WCAG 2.5.8):\n${targets.join("\n")}`);
    await context.close();
  });
}
