// Chromium for browser tests, driven by playwright-core (Playwright cannot download its own browser
// here). Which one: CHROMIUM_PATH when set; else a system Chromium (Debian's /usr/bin/chromium) when
// present; else the headless Chromium shipped inside the npm package @sparticuz/chromium (a devDependency,
// so `npm install` alone brings it: it needs only libnss3, libnspr4 and libexpat, which a Debian base
// image has). It unpacks itself into the temp folder on first use (~3 s) and is reused after.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The browser to drive and the environment it needs. */
export async function chromiumExecutable(): Promise<{ path: string; env: Record<string, string> }> {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist.`);
    return { path: named, env: {} };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, env: {} };
  const { default: npmChromium } = await import('@sparticuz/chromium');
  const path = await npmChromium.executablePath();
  // Its fonts unpack beside it (tmp/fonts/fonts.conf); fontconfig finds them only when told.
  return { path, env: { FONTCONFIG_PATH: join(tmpdir(), 'fonts') } };
}

/** A headless Chromium with a fresh profile; close the context to end it. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
  const browser = await chromiumExecutable();
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lapkin-chromium-')), {
    executablePath: browser.path,
    env: { ...process.env, ...browser.env } as Record<string, string>,
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
