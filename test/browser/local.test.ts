import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startLocalLapkin, type LocalLapkin } from './local-server';
import { demoOpd } from '../../node/demo/opd';
import { isianBidang } from '../../node/demo/isian';
import { readDocx } from '../../node/docx/read';
import type { PageState } from '../../node/local/protocol';

const ARTIFACTS = 'test-artifacts';
const ADMIN = demoOpd.owner;
const XSS = '<img src=x onerror=alert(1)>';
/** The tab of the bidang whose name is XSS: tabs are named by period, year and kode. */
const TAB_IDB = /^TW1-\d\d·IDB$/;
const KABID_IDB = 'kabid.idb@contoh.go.id';

/** Each step is a round trip through the emulator (triggers, onOpen for the menus): allow it time. */
const poll = <T>(read: () => Promise<T> | T): ReturnType<typeof expect.poll<T>> => expect.poll(read, { timeout: 15_000 });

let lapkin: LocalLapkin;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  lapkin = await startLocalLapkin();
  page = await lapkin.context.newPage();
  // Any window.alert means markup from the workbook ran as script.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'confirm') return void dialog.accept();
    dialogs.push(dialog.message());
    return void dialog.dismiss();
  });
  await page.goto(lapkin.url);
}, 120_000);

// A failing step leaves a picture of the page behind.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await page.screenshot({ path: `${ARTIFACTS}/gagal-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  }
});

afterAll(async () => {
  await lapkin?.stop();
});

async function playAs(email: string): Promise<void> {
  await page.selectOption('#user', email);
  await page.waitForFunction((e) => (document.getElementById('user') as HTMLSelectElement).value === e, email);
  // The switch redraws the page (menus included) once the new user's state is in.
  await page.waitForFunction((e) => document.body.dataset.user === e, email);
}

/** Types into one cell through the formula bar and waits until the grid shows it. */
async function typeInto(a1: string, text: string): Promise<void> {
  const cell = page.locator(`.cell[data-a1="${a1}"]`);
  const before = await cell.textContent();
  await cell.click();
  await page.fill('#formula', text);
  await page.press('#formula', 'Enter');
  // The page redraws once the server answered: only then is the next cell safe to select.
  await poll(() => cell.textContent()).not.toBe(before);
}

/** Answers the script's alert or prompt shown in the page. */
async function answer(expected: RegExp, button: 'OK' | 'YES' | 'NO', text?: string): Promise<void> {
  await poll(() => page.locator('#question[open] #question-text').textContent()).toMatch(expected);
  if (text !== undefined) await page.fill('#question-input', text);
  await page.click(`#question [data-button="${button}"]`);
}

async function closeMessage(expected: RegExp): Promise<void> {
  await poll(() => page.locator('#dialog[open]').textContent()).toMatch(expected);
  await page.click('#dialog-ok');
}

async function clickMenu(caption: string): Promise<void> {
  const item = page.locator('#menus [data-fn]', { hasText: caption });
  const menu = page.locator('#menus .menu', { has: page.locator('[data-fn]', { hasText: caption }) });
  // The page redraws its menus whenever fresh state arrives, which closes a menu opened by hovering:
  // hover again until the click lands.
  await poll(async () => {
    await menu.hover();
    return item.click({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
  }).toBe(true);
}

describe('npm start: Lapkin in a browser on the emulator', () => {
  it('shows the demo OPD with its tab strip and the Sheets menu', async () => {
    await playAs(ADMIN);
    await poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(
      expect.arrayContaining(['Pengaturan', 'Bidang', 'Indikator']),
    );
    await poll(() => page.locator('#menus .menu-title').allTextContents()).toContain('Laporan Kinerja');
    await page.screenshot({ path: `${ARTIFACTS}/01-workbook.png`, fullPage: true });
  });

  it('opens the real sidebar from the menu, bridged to the bundle', async () => {
    await clickMenu('Buka panel');
    const frame = page.frameLocator('#sidebar-frame');
    await poll(() => frame.locator('h1').textContent()).toBe(demoOpd.spreadsheetName);
    await page.screenshot({ path: `${ARTIFACTS}/02-sidebar.png`, fullPage: true });
  });

  it('starts a cycle from the sidebar; a bidang named with markup shows as text in grid, tabs and sidebar', async () => {
    await page.locator('#tabs .tab', { hasText: /^Bidang$/ }).click();
    await page.locator('.cell[data-a1="B3"]').click();
    await page.fill('#formula', XSS);
    await page.press('#formula', 'Enter');
    await poll(() => page.locator('.cell[data-a1="B3"]').textContent()).toBe(XSS);

    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('select[name="periode"]').selectOption('TW1');
    await frame.locator('#form-mulai button[value="mulaiSiklus"]').click();
    await poll(() => frame.locator('.siklus h2').textContent()).toMatch(/^Siklus TW I \d{4}$/);
    await poll(() => frame.locator('.bidang-nama').allTextContents()).toContain(XSS);
    // The tab is named by the bidang's kode; its title cell carries the name, as text.
    await page.locator('#tabs .tab', { hasText: TAB_IDB }).click();
    await poll(() => page.locator('.cell[data-a1="C1"]').textContent()).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(await frame.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/03-siklus.png`, fullPage: true });
  });

  it("refuses a Kabid's edit of a protected header with Sheets' own dialog, in Indonesian", async () => {
    await playAs('kabid.pol@contoh.go.id');
    await page.locator('#tabs .tab', { hasText: TAB_IDB }).click();
    await page.locator('.cell[data-a1="A1"]').click();
    await page.fill('#formula', 'diubah');
    await page.press('#formula', 'Enter');
    await poll(() => page.locator('#dialog[open]').textContent()).toContain('Anda mencoba mengedit sel atau objek yang dilindungi');
    await page.screenshot({ path: `${ARTIFACTS}/04-ditolak.png`, fullPage: true });
    await page.click('#dialog-ok');
    await playAs(ADMIN);
  });

  it('a Kabid types the bidang data into the grid and submits by ticking Kirim; the tab locks', async () => {
    await playAs(KABID_IDB);
    await page.locator('#tabs .tab', { hasText: TAB_IDB }).click();
    await poll(() => page.locator('#tabs .tab.active').textContent()).toMatch(TAB_IDB);
    const stateOf = async (sheet: string): Promise<PageState> =>
      (await (await page.request.get(`${lapkin.url}api/state?${new URLSearchParams({ user: KABID_IDB, sheet }).toString()}`)).json()) as PageState;
    const tab = (await stateOf('')).tabs.find((t) => TAB_IDB.test(t.name))?.name ?? '';
    const state = await stateOf(tab);
    if (state.sheet?.name !== tab) throw new Error(`no tab ${tab}`);
    // What the demo's Kabid types, as a person types it in the id_ID locale (decimal comma).
    for (const k of isianBidang(state.sheet, 'TW1', new Map())) await typeInto(k.a1, typeof k.value === 'number' ? String(k.value).replace('.', ',') : k.value);
    await page.screenshot({ path: `${ARTIFACTS}/05-isian.png`, fullPage: true });

    await page.locator('.cell[data-a1="D5"] input[type="checkbox"]').click();
    // The trigger's toast shows as Sheets shows toasts: bottom right, not as a dialog.
    await poll(() => page.locator('#toast').textContent()).toMatch(/dikunci untuk bidang/);
    expect(await page.locator('#dialog[open]').count()).toBe(0);
    await poll(() => page.locator('.cell[data-a1="H4"]').textContent()).toBe('Terkirim');
    const realisasi = isianBidang(state.sheet, 'TW1', new Map())[0]?.a1 ?? '';
    await poll(() => page.locator(`.cell[data-a1="${realisasi}"]`).getAttribute('data-editable')).toBe('false');
    await page.screenshot({ path: `${ARTIFACTS}/06-terkirim.png`, fullPage: true });
    await playAs(ADMIN);
  });

  it('the admin builds the recap and the LKj draft from the menu, answering its questions in the page', async () => {
    await clickMenu('Buat rekap');
    await answer(/^Periode/, 'OK', '');
    await answer(/Sertakan data draf/, 'NO');
    await closeMessage(/Rekap TW I \d{4}/);
    await page.locator('#tabs .tab', { hasText: /^Rekap TW1-/ }).click();
    // IK-05: target s.d. TW I 300, the Kabid typed 255 → 85,00 % Tinggi; the bidang's name is text.
    const grid = page.locator('#grid');
    await poll(() => grid.textContent()).toContain('85,00 %');
    expect(await grid.textContent()).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/07-rekap.png`, fullPage: true });

    await clickMenu('Buat draf LKj');
    await answer(/Sertakan data draf/, 'NO');
    await closeMessage(/Draf Laporan Capaian Kinerja TW I/);
    await poll(() => page.locator('#documents li').allTextContents()).toEqual([expect.stringContaining('Laporan Capaian Kinerja')]);
    expect(dialogs).toEqual([]);
  });

  it('opens the quarterly report in the page as the Google Doc holds it, and downloads it as .docx', async () => {
    const href = await page.locator('#documents li a').first().getAttribute('href');
    const doc = await lapkin.context.newPage();
    await doc.goto(new URL(href ?? '', lapkin.url).href);
    await poll(() => doc.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining(['A. Capaian Kinerja', 'C. Kendala dan Upaya', 'D. Rencana Tindak Lanjut Triwulan Berikutnya']),
    );
    expect(await doc.locator('article table').count()).toBeGreaterThan(1);
    // The one picture is the capaian chart; the bidang named with markup stays text.
    expect(await doc.locator('img').evaluateAll((i) => i.map((x) => (x as HTMLImageElement).src.slice(0, 22)))).toEqual(['data:image/png;base64,']);
    expect(await doc.locator('article').textContent()).toContain(XSS);
    await doc.screenshot({ path: `${ARTIFACTS}/08-lkj.png`, fullPage: true });
    const docx = await doc.request.get(new URL(`${href ?? ''}.docx`, lapkin.url).href);
    expect(docx.headers()['content-disposition']).toMatch(/\.docx/);
    const headings = (await readDocx(await docx.body())).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(await doc.locator('article h1, article h2, article h3, article h4').allTextContents());
    await doc.close();
  });

  it("returns the submission from the sidebar's Kembalikan beside the bidang; the reason is asked in the page", async () => {
    await page.locator('#tabs .tab', { hasText: TAB_IDB }).click();
    await poll(() => page.locator('#tabs .tab.active').textContent()).toMatch(TAB_IDB);
    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('#perbarui').click();
    const kembalikan = frame.locator('button[data-fungsi="kembalikanUntukPerbaikan"]');
    await poll(() => kembalikan.count()).toBe(1);
    const kunci = (await kembalikan.getAttribute('data-kunci')) ?? '';
    await kembalikan.click();
    await answer(/Alasan mengembalikan isian/, 'OK', 'Tautan bukti dukung IK-05 belum dapat dibuka.');
    await poll(() => frame.locator(`.umpan[data-untuk="${kunci}"]`).textContent()).toContain('dikembalikan untuk perbaikan');
    await poll(() => page.locator('.cell[data-a1="H4"]').textContent()).toBe('Dikembalikan');
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/09-dikembalikan.png`, fullPage: true });
    // Kotak surat: the e-mail to the bidang, with the reason.
    await poll(() => page.locator('#mails summary').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('dikembalikan untuk perbaikan')]));
    await page.locator('#mails summary', { hasText: 'dikembalikan untuk perbaikan' }).first().click();
    expect(await page.locator('#mails details[open] pre').first().textContent()).toContain('Tautan bukti dukung IK-05 belum dapat dibuka.');
  });

  it('shows Diagnostik in a dialog, and the Log times as Sheets shows them', async () => {
    await clickMenu('Diagnostik');
    await poll(() => page.locator('#shown-dialog[open] #shown-dialog-title').textContent()).toBe('Diagnostik Lapkin');
    const frame = page.frameLocator('#shown-dialog-frame');
    await poll(async () => ((await frame.locator('body').textContent()) ?? '').length).toBeGreaterThan(50);
    await page.screenshot({ path: `${ARTIFACTS}/10-diagnostik.png` });
    await page.click('#shown-dialog-close');

    const log = (await (await page.request.get(`${lapkin.url}api/state?${new URLSearchParams({ user: ADMIN, sheet: 'Log' }).toString()}`)).json()) as PageState;
    const waktu = log.sheet?.cells.find((c) => c.row === 2 && c.column === 1);
    const jakarta = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(String(waktu?.value)));
    expect(waktu?.display).toBe(jakarta);
  });

  it('writes what a user types into a selected cell, as in Sheets: typing starts the edit, Enter commits and moves down', async () => {
    await page.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
    await page.locator('.cell[data-a1="H19"]').click();
    await page.keyboard.press('ArrowDown');
    await poll(() => page.locator('#cell-name').textContent()).toBe('H20');
    await page.keyboard.type(XSS);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.cell[data-a1="H20"]').textContent()).toBe(XSS);
    expect(await page.locator('#cell-name').textContent()).toBe('H21');
    await page.screenshot({ path: `${ARTIFACTS}/05-edit.png`, fullPage: true });
  });

  it('keeps the workbook across a restart, and a reset restores the demo', async () => {
    const again = await startLocalLapkin(lapkin.dataDir);
    try {
      const second = await again.context.newPage();
      await second.goto(again.url);
      await second.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
      await poll(() => second.locator('.cell[data-a1="H20"]').textContent()).toContain('<img');
    } finally {
      await again.stop();
    }
    await page.click('#reset');
    await page.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
    await poll(() => page.locator('.cell[data-a1="H20"]').textContent()).toBe('');
  });
});
