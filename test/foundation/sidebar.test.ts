// The built sidebar in a real browser: its script calls the server through google.script.run,
// bridged to the built bundle running on the emulator, at the 300 px a Sheets sidebar is wide.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { Emulator } from '../../node/emulator/index';
import { launchChromium, googleScriptRunShim } from '../browser-support';
import { PESAN_TIMEOUT } from '../proof/fault-runner';
import { ADMIN, KABID_POL, emulatorTerisi } from '../bundle/helpers';
import { ISIAN_POL, TAB_POL_TW1, isi, siklusDimulai } from '../bundle/kirim-bantuan';

const ARTIFACTS = 'test-artifacts';
let browser: BrowserContext;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium({ width: 300, height: 700 });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens build/Sidebar.html with google.script.run bridged to `emu` as `email`. `sebelum` runs
 * before each server call reaches the bundle (a test holds a call there, or arms a fault).
 */
async function bukaSidebar(emu: Emulator, calls: string[], sebelum?: (fn: string) => Promise<void> | void, email = ADMIN): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    throw new Error(`The sidebar used a native ${d.type()} dialog: ${d.message()}`);
  });
  await page.exposeFunction('__serverCall', async (fn: string, args: unknown[]) => {
    calls.push(fn);
    await sebelum?.(fn);
    return JSON.stringify(emu.call(email, fn, ...args) ?? null);
  });
  await page.addInitScript(googleScriptRunShim);
  const html = readFileSync('build/Sidebar.html', 'utf8');
  await page.route('http://sidebar.test/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto('http://sidebar.test/');
  await page.waitForSelector('h1');
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

/** The outcome beside the control `kunci`, and whether all of it is inside the viewport. */
const umpan = (page: Page, kunci: string): Promise<{ teks: string; terlihat: boolean } | null> =>
  page.evaluate((k) => {
    const el = document.querySelector<HTMLElement>(`.umpan[data-untuk="${k}"]`);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { teks: el.innerText.trim(), terlihat: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
  }, kunci);

/** Width the page scrolls to beyond the viewport (0 = no horizontal scrollbar), and elements sticking out. */
const lebihLebar = (page: Page): Promise<{ lebih: number; keluar: string[] }> =>
  page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const keluar = Array.from(document.querySelectorAll<HTMLElement>('#app *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.offsetParent !== null)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.slice(0, 30)}`);
    return { lebih: root.scrollWidth - root.clientWidth, keluar };
  });

const PENGINGAT = 'button[data-fungsi="kirimPengingat"]';

describe('Sidebar.html', () => {
  it('calls getPanelState through google.script.run and shows the spreadsheet it answers for', async () => {
    const emu = emulatorBaru('LKj <b>Kesbangpol</b> 2026');
    const calls: string[] = [];
    const page = await bukaSidebar(emu, calls);
    await expect.poll(() => page.innerText('#app')).toContain('LKj <b>Kesbangpol</b> 2026');
    expect(calls).toContain('getPanelState');
    await page.close();
  });

  it('before a cycle the admin sees the persiapan stage: the Mulai di sini guide and the start form, no recap or letter buttons', async () => {
    const page = await bukaSidebar(emulatorBaru(), []);
    expect(await page.innerText('.tahap [aria-current="step"]')).toBe('Persiapan');
    expect(await page.locator('.langkah-sekarang #mulai-di-sini').count()).toBe(1);
    const fungsi = await page.locator('button[data-fungsi]').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.fungsi));
    expect(new Set(fungsi)).toEqual(new Set(['siapkanLembarKerja', 'kosongkanTabIndikator']));
    expect(await page.locator('.langkah-sekarang #form-mulai').count()).toBe(1);
    expect(await page.innerText('.langkah-sekarang')).toContain('Mulai di sini');
    expect(await lebihLebar(page)).toEqual({ lebih: 0, keluar: [] });
    await page.screenshot({ path: `${ARTIFACTS}/panel-persiapan.png`, fullPage: true });
    await page.close();
  });

  it('while an action runs, its button and every other one are disabled and progress shows beside it: a double click starts it once', async () => {
    const emu = siklusDimulai();
    const calls: string[] = [];
    let lepas = (): void => undefined;
    const tahan = new Promise<void>((resolve) => {
      lepas = resolve;
    });
    const page = await bukaSidebar(emu, calls, (fn) => (fn === 'kirimPengingat' ? tahan : undefined));
    await page.waitForSelector(PENGINGAT);
    expect(await page.innerText('.tahap [aria-current="step"]')).toBe('Pengumpulan');
    const awal = await tombol(page);
    expect(awal.semua).toBeGreaterThan(5);
    expect(awal.aktif).toBe(awal.semua);

    await page.dblclick(PENGINGAT);
    await expect.poll(() => calls.filter((c) => c === 'kirimPengingat').length).toBe(1);
    expect(await tombol(page)).toEqual({ aktif: 0, semua: awal.semua });
    expect(await umpan(page, 'kirimPengingat')).toEqual({ teks: 'Sedang diproses…', terlihat: true });
    // Another action's button does nothing while the first runs.
    await page.click('button[data-fungsi="buatNotaDinas"]', { force: true });
    await page.click(PENGINGAT, { force: true });

    lepas();
    await expect.poll(async () => (await umpan(page, 'kirimPengingat'))?.teks).not.toBe('Sedang diproses…');
    expect((await umpan(page, 'kirimPengingat'))?.terlihat).toBe(true);
    expect(await tombol(page)).toEqual({ aktif: awal.semua, semua: awal.semua });
    expect(calls.filter((c) => c === 'kirimPengingat')).toHaveLength(1);
    expect(calls).not.toContain('buatNotaDinas');
    await page.close();
  });

  it("a Google error in English shows in Indonesian beside the button, Google's text kept under Rincian teknis", async () => {
    const emu = siklusDimulai();
    const page = await bukaSidebar(emu, [], (fn) => {
      if (fn === 'kirimPengingat') emu.ws.injectFault({ atCall: 1, message: PESAN_TIMEOUT });
    });
    await page.click(PENGINGAT);
    const sel = '.umpan[data-untuk="kirimPengingat"]';
    await expect.poll(() => page.innerText(`${sel} .error p`).catch(() => '')).toBe('Google Sheets sedang sibuk atau waktu habis; coba lagi sebentar lagi.');
    expect(await page.isVisible(`${sel} details.teknis code`)).toBe(false);
    await page.click(`${sel} details.teknis summary`);
    expect(await page.innerText(`${sel} details.teknis code`)).toBe(PESAN_TIMEOUT);
    const { aktif, semua } = await tombol(page);
    expect(aktif).toBe(semua);
    await page.close();
  });

  it('an action at the bottom of the panel shows its outcome in view, next to the control', async () => {
    const emu = siklusDimulai();
    const page = await bukaSidebar(emu, []);
    const terakhir = page.locator('.aksi-bidang').last().locator('button[data-fungsi="periksaIsian"]');
    await terakhir.scrollIntoViewIfNeeded();
    const kunci = (await terakhir.getAttribute('data-kunci')) ?? '';
    await terakhir.click();
    await expect.poll(async () => (await umpan(page, kunci))?.teks ?? '').toMatch(/belum|masalah|Realisasi/i);
    expect((await umpan(page, kunci))?.terlihat).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/panel-periksa-bawah.png` });
    await page.close();
  });

  it('fits 300 px without a horizontal scrollbar in every stage view', async () => {
    const emu = siklusDimulai();
    const page = await bukaSidebar(emu, []);
    await page.click('.tindakan-lain summary');
    expect(await lebihLebar(page)).toEqual({ lebih: 0, keluar: [] });
    await page.screenshot({ path: `${ARTIFACTS}/panel-pengumpulan.png`, fullPage: true });
    await page.close();
  });

  it('a refused start keeps what was typed in the form, and says why beside it', async () => {
    const page = await bukaSidebar(emulatorTerisi(), []);
    await page.fill('#form-mulai [name="batasWaktu"]', '2020-01-01');
    await page.fill('#form-mulai [name="catatan"]', 'Mohon dikirim tepat waktu.');
    await page.click('#form-mulai button[value="mulaiSiklus"]');
    await expect.poll(async () => (await umpan(page, 'form-mulai'))?.teks ?? '').toContain('sudah lewat');
    expect(await page.inputValue('#form-mulai [name="batasWaktu"]')).toBe('2020-01-01');
    expect(await page.inputValue('#form-mulai [name="catatan"]')).toBe('Mohon dikirim tepat waktu.');
    expect((await umpan(page, 'form-mulai'))?.terlihat).toBe(true);
    // …with its Pemecahan masalah entry folded under it.
    expect(await page.innerText('.umpan[data-untuk="form-mulai"] .bantuan summary')).toBe('Apa yang harus dilakukan?');
    await page.close();
  });

  it('Siapkan siklus, then the persiapan stage: Buat nota dinas first, then Mulai siklus for that period opens the tabs', async () => {
    const emu = emulatorTerisi();
    const calls: string[] = [];
    const page = await bukaSidebar(emu, calls);
    await page.fill('#form-mulai [name="batasWaktu"]', '2026-04-15');
    await page.click('#form-mulai button[value="siapkanSiklus"]');
    await expect.poll(() => calls).toContain('siapkanSiklus');
    await expect.poll(() => page.innerText('.siklus h2')).toBe('Siklus TW I 2026 (persiapan)');
    expect(await page.locator('.langkah-sekarang button.action').getAttribute('data-fungsi')).toBe('buatNotaDinas');
    expect(await page.locator('.sop summary').innerText()).toContain('Langkah 1');
    expect(await lebihLebar(page)).toEqual({ lebih: 0, keluar: [] });
    await page.screenshot({ path: `${ARTIFACTS}/panel-persiapan.png`, fullPage: true });
    await page.click('.langkah-sekarang button[data-fungsi="buatNotaDinas"]');
    await expect.poll(() => calls).toContain('buatNotaDinas');
    await page.click('#form-mulai button[value="mulaiSiklus"]');
    await expect.poll(() => page.innerText('.siklus h2')).toBe('Siklus TW I 2026');
    expect(calls.filter((c) => c === 'mulaiSiklus')).toHaveLength(1);
    expect(emu.spreadsheet.sheetNames()).toContain('TW1-26·KWN');
    await page.close();
  });

  it("asks with the menu's Sheets dialog (tanyaYaTidak), not the browser's confirm, before starting a second period", async () => {
    const emu = siklusDimulai();
    const calls: string[] = [];
    const page = await bukaSidebar(emu, calls);
    await page.click('.tindakan-lain summary');
    await page.selectOption('#form-mulai [name="periode"]', 'TW2');
    await page.click('#form-mulai button[value="mulaiSiklus"]');
    await expect.poll(() => calls).toContain('tanyaYaTidak');
    // Nobody answered the dialog (the emulator closes it): nothing started.
    await expect.poll(() => page.innerText('.siklus h2')).toBe('Siklus TW I 2026');
    await page.close();
  });

  it("a Kabid's first screen is their own tab: a link to it, its status, how to submit, Periksa isian", async () => {
    const emu = siklusDimulai();
    const page = await bukaSidebar(emu, [], undefined, KABID_POL);
    const pertama = page.locator('#app section').first();
    expect(await pertama.getAttribute('class')).toContain('bidang-saya');
    expect(await pertama.innerText()).toContain('centang kotak Kirim di D5');
    expect(await pertama.locator('h2 a').getAttribute('href')).toMatch(/#gid=\d+$/);
    expect(await pertama.locator('.status').innerText()).toBe('Belum diisi');
    expect(await pertama.locator('button[data-fungsi="periksaIsian"]').isVisible()).toBe(true);
    expect(await page.locator('.tahap, #form-mulai, button[data-fungsi="kirimPengingat"]').count()).toBe(0);
    expect(await lebihLebar(page)).toEqual({ lebih: 0, keluar: [] });
    await page.screenshot({ path: `${ARTIFACTS}/panel-kabid.png`, fullPage: true });
    await page.close();
  });

  it('the panel updates after a tick: the Kabid submits in the grid, and on focus the panel says Terkirim', async () => {
    const emu = siklusDimulai();
    const page = await bukaSidebar(emu, [], undefined, KABID_POL);
    isi(emu, KABID_POL, TAB_POL_TW1, ISIAN_POL);
    expect(emu.edit(KABID_POL, TAB_POL_TW1, 'D5', true).ok).toBe(true);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 3_100)));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => page.innerText('.bidang-saya .status')).toBe('Terkirim');
    expect(await page.innerText('.siklus')).toContain('1 dari 5 bidang sudah mengirim');
    await page.close();
  });

  it("a returned tab shows the admin's reason on the Kabid's first screen", async () => {
    const emu = siklusDimulai();
    isi(emu, KABID_POL, TAB_POL_TW1, ISIAN_POL);
    emu.edit(KABID_POL, TAB_POL_TW1, 'D5', true);
    const kembali = emu.call(ADMIN, 'kembalikanUntukPerbaikan', { bidang: 'POL', alasan: 'Bukti dukung IK-09 tidak dapat dibuka.' }) as { status: string };
    expect(kembali.status).toBe('ok');
    const page = await bukaSidebar(emu, [], undefined, KABID_POL);
    expect(await page.innerText('.bidang-saya .kembali')).toContain('Bukti dukung IK-09 tidak dapat dibuka.');
    await page.screenshot({ path: `${ARTIFACTS}/panel-kabid-dikembalikan.png`, fullPage: true });
    await page.close();
  });
});
