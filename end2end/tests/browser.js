// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core,
// against the server that scripts/test started (BASE_URL). No request may leave the machine.
import { chromium } from "playwright-core";

export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const QUICK_EXIT_HOST = "www.google.com";

// Playwright gives every launch a fresh, empty profile of its own.
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/// A fresh context with JavaScript on or off. Requests to other hosts are answered locally
/// (the quick exit's destination) or refused, and recorded in `offsite`.
export async function openContext(browser, { javaScript }) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: "en-US" });
  const offsite = [];
  const errors = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(BASE_URL).origin) return route.continue();
    offsite.push(url.href);
    if (url.host === QUICK_EXIT_HOST) {
      return route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" });
    }
    return route.abort();
  });
  context.on("page", (page) => {
    page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
    });
  });
  return { context, offsite, errors };
}

/// Waits until the WebAssembly has hydrated the page's islands (the boot script marks <html>
/// when done). Only pages with an island (screening, office search) load it at all.
export async function waitForHydration(page) {
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout: 20000 });
}

/// Waits until a freshly loaded page is ready for the given mode. With JavaScript on, only the
/// pages that hold an island (the screening form, the locator's "use my location") hydrate
/// and mark <html>; other pages stay plain server HTML, so there is nothing to wait for.
export async function waitForReady(page, { javaScript }) {
  if (!javaScript) return;
  const path = new URL(page.url()).pathname;
  if (/^\/[^/]+\/(screening|find)\/?$/.test(path)) await waitForHydration(page);
}

/// Both modes every journey runs in.
export const MODES = [
  { name: "JavaScript on", javaScript: true },
  { name: "JavaScript off", javaScript: false },
];
