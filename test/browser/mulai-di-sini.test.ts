/**
 * The first run as a new admin would play it in the browser, from an empty spreadsheet to a started
 * TW I, through the real sidebar's "Mulai di sini": Siapkan, Pengaturan, Bidang, the office's PK
 * pasted (its own headers, one unreadable row reported by row and column, then fixed), SOP, Mulai
 * siklus. Also takes the Panduan's screenshots when LAPKIN_GAMBAR is set (test/browser/gambar.ts).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { startLocalLapkin, type LocalLapkin } from './local-server';
import { gambar } from './gambar';
import { opdKosong } from '../../node/demo/opd';
import { BIDANG_CONTOH, PENGATURAN_CONTOH } from '../../node/fixtures/opd-contoh';
import { KUNCI_PENGATURAN } from '../../src/core/konfigurasi/skema';

const ADMIN = opdKosong.owner;
const KABID_KWN = 'kabid.kwn@contoh.go.id';
// Each step is a round trip through the emulator; on a loaded 2-core machine allow it time.
const poll = <T>(read: () => Promise<T> | T): ReturnType<typeof expect.poll<T>> => expect.poll(read, { timeout: 60_000 });

/** The office's PK as pasted from Word: its own headers, no Kode/Polaritas/Agregasi, a merged Sasaran, one target typed in words. */
const PK = [
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2026', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'Penanggung Jawab'],
  ['1', 'Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP Badan', 'nilai', '75', '70', '72', '74', '75', 'Sekretariat'],
  ['2', 'Terkendalinya potensi konflik sosial', 'Jumlah konflik sosial', 'kejadian', '8', '2', '4', '6', '8', 'KWN'],
  ['3', '', 'Persentase deteksi dini ditindaklanjuti', '%', '90%', 'sembilan puluh', '90%', '90%', '90%', 'Bidang Kewaspadaan Nasional'],
];
/** What the admin adds in the columns Lapkin put beside the PK (K Kode, L Polaritas, M Agregasi). */
const LENGKAPI = [
  ['IK-01', 'positif', 'terakhir'],
  ['IK-18', 'negatif', 'kumulatif'],
  ['IK-19', 'positif', 'terakhir'],
];

let lapkin: LocalLapkin;
let page: Page;
let panel: FrameLocator;

beforeAll(async () => {
  lapkin = await startLocalLapkin(undefined, { LAPKIN_AWAL: 'kosong' });
  page = await lapkin.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(lapkin.url);
  panel = page.frameLocator('#sidebar-frame');
}, 300_000);

// A failing step leaves a picture of the page behind.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: `test-artifacts/mulai-di-sini-gagal-${context.task.name.slice(0, 30).replace(/\W+/g, '-')}.png` });
  }
});

afterAll(async () => {
  await lapkin?.stop();
});

async function playAs(email: string): Promise<void> {
  await page.selectOption('#user', email);
  await page.waitForFunction((e) => document.body.dataset.user === e, email);
}

async function clickMenu(caption: string): Promise<void> {
  const item = page.locator('#menus [data-fn]', { hasText: caption });
  const menu = page.locator('#menus .menu', { has: page.locator('[data-fn]', { hasText: caption }) });
  await poll(async () => {
    await menu.hover();
    return item.click({ timeout: 2_000 }).then(() => true, () => false);
  }).toBe(true);
}

async function bukaTab(nama: string): Promise<void> {
  await page.locator('#tabs .tab', { hasText: new RegExp(`^${nama}$`) }).click();
  await poll(() => page.locator('#tabs .tab.active').textContent()).toBe(nama);
}

/** Types into one cell through the formula bar (what a paste does cell by cell) and waits for the grid. */
async function ketik(a1: string, text: string): Promise<void> {
  const cell = page.locator(`.cell[data-a1="${a1}"]`);
  await cell.click();
  await page.fill('#formula', text);
  await page.press('#formula', 'Enter');
  // A drop-down cell shows its ▾ after the value.
  await poll(async () => (await cell.textContent())?.replace(/▾$/, '')).toBe(text);
}

const kolom = (i: number): string => String.fromCharCode(65 + i);
/**
 * Scrolls to `el`, again if the panel's refresh (on focus, every 30 s) or the grid redrew it
 * meanwhile: on a busy machine a step can outlast a refresh.
 */
const gulirKe = (el: { scrollIntoViewIfNeeded(o: { timeout: number }): Promise<void> }) =>
  poll(() => el.scrollIntoViewIfNeeded({ timeout: 5_000 }).then(() => true, () => false)).toBe(true);
const langkah = (id: string) => panel.locator(`li[data-langkah="${id}"]`);

/**
 * Clicks a button of step `id` (its details opened first) and waits until its outcome shows beside
 * it. The panel redraws itself every 30 s; a click that lands on a button being replaced starts
 * nothing (the panel is not busy right after it), so it is clicked again.
 */
async function tekan(id: string, label: string): Promise<void> {
  for (let coba = 0; coba < 3; coba++) {
    await langkah(id).locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await langkah(id).locator('button', { hasText: label }).click();
    if ((await panel.locator('#app[aria-busy="true"], .umpan .proses').count()) > 0) break;
  }
  await poll(async () => (await panel.locator('#app[aria-busy="true"]').count()) === 0 && (await panel.locator('.umpan .info, .umpan .error').count()) > 0).toBe(true);
}

describe('Mulai di sini: a new admin from an empty spreadsheet to a started TW I', () => {
  it('opens the panel on an empty spreadsheet: every step open, step 1 says which tabs are missing', async () => {
    await playAs(ADMIN);
    await clickMenu('Buka panel');
    await poll(() => langkah('siapkan').locator('.kurang li').allTextContents()).toEqual([
      'Tab Pengaturan belum ada.',
      'Tab Bidang belum ada.',
      'Tab Indikator belum ada.',
      'Tab SOP belum ada.',
    ]);
    expect(await panel.locator('.langkah-mulai.selesai').count()).toBe(0);
    expect(await langkah('pengaturan').locator('.kurang li').allTextContents()).toEqual(['Jalankan langkah 1 (Siapkan lembar kerja) lebih dulu.']);
    await gambar(page, 'mulai-di-sini', page.locator('#sidebar-frame'));
  }, 180_000);

  it('Siapkan makes the tabs; Pengaturan is filled in place and checked again', async () => {
    await tekan('siapkan', 'Siapkan lembar kerja');
    await poll(() => langkah('siapkan').getAttribute('class')).toContain('selesai');
    await poll(() => langkah('pengaturan').locator('.kurang li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Nama Kepala: Wajib diisi/)]));
    await bukaTab('Pengaturan');
    for (const [label, nilai] of Object.entries(PENGATURAN_CONTOH)) await ketik(`B${KUNCI_PENGATURAN.findIndex((k) => k.label === label) + 2}`, nilai);
    await tekan('pengaturan', 'Periksa lagi');
    await poll(() => langkah('pengaturan').getAttribute('class')).toContain('selesai');
    expect(await panel.locator('#mulai-di-sini').textContent()).toContain('Asia/Jakarta (WIB)');
  }, 300_000);

  it('Bidang: the example row is named until it is replaced by the office\'s bidang', async () => {
    expect(await langkah('bidang').locator('.kurang li').allTextContents()).toEqual(['Bidang: baris contoh "Sekretariat" masih ada; ganti dengan bidang OPD Anda.']);
    await bukaTab('Bidang');
    const bidang = [BIDANG_CONTOH[0], BIDANG_CONTOH[4]];
    for (const [r, row] of bidang.entries()) for (const [c, v] of row.entries()) if (v !== '') await ketik(`${kolom(c)}${r + 2}`, v);
    await tekan('bidang', 'Periksa lagi');
    await poll(() => langkah('bidang').getAttribute('class')).toContain('selesai');
  }, 300_000);

  it('Indikator: the office PK pasted into an emptied tab; its unreadable row is reported by row and column, then fixed', async () => {
    await tekan('indikator', 'Kosongkan tab Indikator');
    await poll(() => panel.locator('.umpan').textContent()).toContain('Tab Indikator sudah kosong');
    await bukaTab('Indikator');
    for (const [r, row] of PK.entries()) for (const [c, v] of row.entries()) if (v !== '') await ketik(`${kolom(c)}${r + 1}`, v);
    await tekan('indikator', 'Periksa indikator');
    // The office's headers are understood; Lapkin adds what a PK lacks beside it.
    await poll(() => page.locator('.cell[data-a1="K1"]').textContent()).toBe('Kode');
    expect(await page.locator('.cell[data-a1="L1"]').textContent()).toBe('Polaritas');
    for (const [r, row] of LENGKAPI.entries()) for (const [c, v] of row.entries()) await ketik(`${kolom(10 + c)}${r + 2}`, v);
    await tekan('indikator', 'Periksa indikator');
    await poll(() => langkah('indikator').locator('.kurang li').allTextContents()).toEqual([
      expect.stringMatching(/^Indikator, baris 4, kolom Target TW I: "sembilan puluh" bukan angka/),
    ]);
    await gulirKe(page.locator('.cell[data-a1="A1"]'));
    await gulirKe(langkah('indikator'));
    await gambar(page, 'indikator-pk');
    await ketik('F4', '90%');
    await tekan('indikator', 'Periksa indikator');
    await poll(() => langkah('indikator').getAttribute('class')).toContain('selesai');
    expect(await langkah('sop').getAttribute('class')).toContain('selesai');
  }, 400_000);

  it('Mulai siklus TW I from the last step: the bidang tabs exist and the guide gives way to the dashboard', async () => {
    expect(await langkah('mulai').textContent()).toContain('Mulai siklus baru');
    await panel.locator('#form-mulai select[name="periode"]').selectOption('TW1');
    await panel.locator('#form-mulai input[name="batasWaktu"]').fill('2099-04-15');
    await panel.locator('#form-mulai button[value="mulaiSiklus"]').click();
    await poll(() => panel.locator('.siklus h2').textContent()).toBe('Siklus TW I 2026');
    expect(await panel.locator('#mulai-di-sini').count()).toBe(0);
    await poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(expect.arrayContaining(['TW1-26·SEK', 'TW1-26·KWN']));
    await gulirKe(panel.locator('h1'));
    await gambar(page, 'panel-siklus', page.locator('#sidebar-frame'));
  }, 180_000);

  it('a second start of TW I is refused, and the refusal unfolds its Pemecahan masalah entry', async () => {
    // With a cycle running, the start form is folded under Tindakan lain.
    await panel.locator('.tindakan-lain summary').click();
    await panel.locator('#form-mulai select[name="periode"]').selectOption('TW1');
    await panel.locator('#form-mulai button[value="mulaiSiklus"]').click();
    await poll(() => panel.locator('.umpan .error').textContent()).toContain('sudah dimulai');
    await panel.locator('.umpan .bantuan summary').click();
    expect(await panel.locator('.umpan .bantuan .sumber').textContent()).toBe('Panduan ▸ Pemecahan masalah ▸ Siklus sudah dimulai');
    await gambar(page, 'bantuan', page.locator('#sidebar-frame'));
  }, 180_000);

  it('the Kabid opens the bidang tab; ticking Kirim with nothing filled is refused, naming the cells', async () => {
    await playAs(KABID_KWN);
    await bukaTab('TW1-26·KWN');
    await gambar(page, 'tab-bidang');
    await poll(() => page.locator('.cell[data-a1="D5"]').getAttribute('data-editable')).toBe('true');
    await page.locator('.cell[data-a1="D5"] input[type="checkbox"]').click({ timeout: 60_000 });
    // The trigger's toast shows as Sheets shows toasts, bottom right.
    await poll(() => page.locator('#toast').textContent()).toMatch(/Isian belum dapat dikirim: \d+ masalah/);
    await gambar(page, 'kirim-masalah');
  }, 180_000);
});
