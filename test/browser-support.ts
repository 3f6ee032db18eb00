// Chromium for browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, driven by playwright-core
// (Playwright cannot download its own browser here). `npm test` installs it first (scripts/chromium.mjs).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A headless Chromium with a fresh profile; close the context to end it. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH; "npm test" does so as root.`);
  }
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lapkin-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Page-side google.script.run that forwards each call to a function the test exposed as
 * `__serverCall(fn, args) → JSON`, and calls the success or failure handler asynchronously,
 * as HtmlService's client does.
 */
export const googleScriptRunShim = `(() => {
  const make = (ok, fail) => new Proxy({}, { get(_t, name) {
    if (name === 'withSuccessHandler') return (h) => make(h, fail);
    if (name === 'withFailureHandler') return (h) => make(ok, h);
    if (name === 'withUserObject') return () => make(ok, fail);
    return (...args) => { window.__serverCall(name, args).then(
      (json) => ok && ok(JSON.parse(json)),
      (error) => fail && fail(new Error(String(error && error.message || error).replace(/^Error: /, ''))));
    };
  }});
  window.google = { script: { run: make() } };
})();`;
