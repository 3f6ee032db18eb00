// The built sidebar in a real browser: its script calls the server through google.script.run,
// bridged to the built bundle running on the emulator.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { Emulator } from '../../node/emulator/index';
import { launchChromium, googleScriptRunShim } from '../browser-support';

const ADMIN = 'kasubbag@contoh.go.id';
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Sidebar.html', () => {
  it('calls getPanelState through google.script.run and shows the spreadsheet it answers for', async () => {
    const emu = new Emulator({ owner: ADMIN, spreadsheetName: 'LKj <b>Kesbangpol</b> 2026' });
    emu.loadBundle();
    const page = await browser.newPage();
    const calls: string[] = [];
    await page.exposeFunction('__serverCall', (fn: string, args: unknown[]) => {
      calls.push(fn);
      return JSON.stringify(emu.call(ADMIN, fn, ...args) ?? null);
    });
    await page.addInitScript(googleScriptRunShim);
    const html = readFileSync('build/Sidebar.html', 'utf8');
    await page.route('http://sidebar.test/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('http://sidebar.test/');
    await expect.poll(() => page.innerText('#app')).toContain('LKj <b>Kesbangpol</b> 2026');
    expect(calls).toContain('getPanelState');
    await page.close();
  });
});
