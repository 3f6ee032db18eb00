// The built sidebar in a real browser: its script calls the server through google.script.run,
// bridged to the built bundle running on the emulator.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { Emulator } from '../../node/emulator/index';
import { launchChromium, googleScriptRunShim } from '../browser-support';
import { PESAN_TIMEOUT } from '../proof/fault-runner';

const ADMIN = 'kasubbag@contoh.go.id';
let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens build/Sidebar.html with google.script.run bridged to `emu` as the admin. `sebelum` runs
 * before each server call reaches the bundle (a test holds a call there, or arms a fault).
 */
async function bukaSidebar(emu: Emulator, calls: string[], sebelum?: (fn: string) => Promise<void> | void): Promise<Page> {
  const page = await browser.newPage();
  await page.exposeFunction('__serverCall', async (fn: string, args: unknown[]) => {
    calls.push(fn);
    await sebelum?.(fn);
    return JSON.stringify(emu.call(ADMIN, fn, ...args) ?? null);
  });
  await page.addInitScript(googleScriptRunShim);
  const html = readFileSync('build/Sidebar.html', 'utf8');
  await page.route('http://sidebar.test/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto('http://sidebar.test/');
  return page;
}

function emulatorBaru(spreadsheetName = 'Lapkin'): Emulator {
  const emu = new Emulator({ owner: ADMIN, spreadsheetName });
  emu.loadBundle();
  return emu;
}

/** How many of the sidebar's buttons are enabled, and how many there are. */
const tombol = (page: Page): Promise<{ aktif: number; semua: number }> =>
  page.evaluate(() => {
    const semua = Array.from(document.querySelectorAll<HTMLButtonElement>('#app button'));
    return { aktif: semua.filter((b) => !b.disabled).length, semua: semua.length };
  });

const KUMPULKAN = 'button[data-fungsi="kumpulkanData"]';

describe('Sidebar.html', () => {
  it('calls getPanelState through google.script.run and shows the spreadsheet it answers for', async () => {
    const emu = emulatorBaru('LKj <b>Kesbangpol</b> 2026');
    const calls: string[] = [];
    const page = await bukaSidebar(emu, calls);
    await expect.poll(() => page.innerText('#app')).toContain('LKj <b>Kesbangpol</b> 2026');
    expect(calls).toContain('getPanelState');
    await page.close();
  });

  it('while an action runs, its button and every other one are disabled: a double click starts it once', async () => {
    const emu = emulatorBaru();
    const calls: string[] = [];
    let lepas = (): void => undefined;
    const tahan = new Promise<void>((resolve) => {
      lepas = resolve;
    });
    const page = await bukaSidebar(emu, calls, (fn) => (fn === 'kumpulkanData' ? tahan : undefined));
    await page.waitForSelector(KUMPULKAN);
    const awal = await tombol(page);
    expect(awal.semua).toBeGreaterThan(5);
    expect(awal.aktif).toBe(awal.semua);

    await page.dblclick(KUMPULKAN);
    await expect.poll(() => calls.filter((c) => c === 'kumpulkanData').length).toBe(1);
    expect(await tombol(page)).toEqual({ aktif: 0, semua: awal.semua });
    expect(await page.innerText('#pesan')).toBe('Sedang diproses…');
    // Another action's button does nothing while the first runs.
    await page.click('button[data-fungsi="buatTabRekap"]', { force: true });
    await page.click(KUMPULKAN, { force: true });

    lepas();
    // The server answered (no cycle yet): its refusal shows, and the buttons are back.
    await expect.poll(() => page.innerText('#pesan .error > p')).toBe('Belum ada siklus berjalan. Admin menjalankan Mulai siklus lebih dulu.');
    // …with its Pemecahan masalah entry folded under it.
    expect(await page.innerText('#pesan .bantuan summary')).toBe('Apa yang harus dilakukan?');
    expect(await tombol(page)).toEqual({ aktif: awal.semua, semua: awal.semua });
    expect(calls.filter((c) => c === 'kumpulkanData')).toHaveLength(1);
    expect(calls).not.toContain('buatTabRekap');
    await page.close();
  });

  it('a Google error in English shows in Indonesian, Google\'s text kept under Rincian teknis', async () => {
    const emu = emulatorBaru();
    const calls: string[] = [];
    const asli = PESAN_TIMEOUT;
    const page = await bukaSidebar(emu, calls, (fn) => {
      if (fn === 'kumpulkanData') emu.ws.injectFault({ atCall: 1, message: asli });
    });
    await page.click(KUMPULKAN);
    await expect.poll(() => page.innerText('#pesan .error p')).toBe('Google Sheets sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(await page.isVisible('#pesan details.teknis code')).toBe(false);
    await page.click('#pesan details.teknis summary');
    expect(await page.innerText('#pesan details.teknis code')).toBe(asli);
    const { aktif, semua } = await tombol(page);
    expect(aktif).toBe(semua);
    await page.close();
  });
});
