import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startLocalLapkin, type LocalLapkin } from './local-server';
import { demoOpd } from '../../node/local/demo';

const ARTIFACTS = 'test-artifacts';
const ADMIN = demoOpd.owner;
const XSS = '<img src=x onerror=alert(1)>';

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

afterAll(async () => {
  await lapkin?.stop();
});

async function playAs(email: string): Promise<void> {
  await page.selectOption('#user', email);
  await page.waitForFunction((e) => (document.getElementById('user') as HTMLSelectElement).value === e, email);
}

async function clickMenu(caption: string): Promise<void> {
  const item = page.locator('#menus [data-fn]', { hasText: caption });
  await page.locator('#menus .menu', { has: page.locator('[data-fn]', { hasText: caption }) }).hover();
  await item.click();
}

describe('npm start: Lapkin in a browser on the emulator', () => {
  it('shows the demo OPD with its tab strip and the Sheets menu', async () => {
    await playAs(ADMIN);
    await expect.poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(
      expect.arrayContaining(['Pengaturan', 'Bidang', 'Indikator']),
    );
    await expect.poll(() => page.locator('#menus .menu-title').allTextContents()).toContain('Laporan Kinerja');
    await page.screenshot({ path: `${ARTIFACTS}/01-workbook.png`, fullPage: true });
  });

  it('opens the real sidebar from the menu, bridged to the bundle', async () => {
    await clickMenu('Buka panel');
    const frame = page.frameLocator('#sidebar-frame');
    await expect.poll(() => frame.locator('h1').textContent()).toBe(demoOpd.spreadsheetName);
    await page.screenshot({ path: `${ARTIFACTS}/02-sidebar.png`, fullPage: true });
  });

  it('starts a cycle from the sidebar; a bidang named with markup shows as text in grid, tabs and sidebar', async () => {
    await page.locator('#tabs .tab', { hasText: /^Bidang$/ }).click();
    await page.locator('.cell[data-a1="B3"]').click();
    await page.fill('#formula', XSS);
    await page.press('#formula', 'Enter');
    await expect.poll(() => page.locator('.cell[data-a1="B3"]').textContent()).toBe(XSS);

    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('select[name="periode"]').selectOption('TW1');
    await frame.locator('#form-mulai button[type="submit"]').click();
    await expect.poll(() => frame.locator('.siklus h2').textContent()).toMatch(/^Siklus TW I \d{4}$/);
    await expect.poll(() => frame.locator('.bidang-nama').allTextContents()).toContain(XSS);
    await expect.poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(XSS)]),
    );
    expect(await page.locator('img').count()).toBe(0);
    expect(await frame.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/03-siklus.png`, fullPage: true });
  });

  it("refuses a Kabid's edit of a protected header with Sheets' own text", async () => {
    await playAs('kabid.pol@contoh.go.id');
    await page.locator('#tabs .tab', { hasText: XSS }).click();
    await page.locator('.cell[data-a1="A1"]').click();
    await page.fill('#formula', 'diubah');
    await page.press('#formula', 'Enter');
    await expect.poll(() => page.locator('#dialog[open]').textContent()).toContain('You are trying to edit a protected cell');
    await page.screenshot({ path: `${ARTIFACTS}/04-ditolak.png`, fullPage: true });
    await page.click('#dialog-ok');
    await playAs(ADMIN);
  });

  it('writes what a user types into the grid through the emulator', async () => {
    await page.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
    await page.locator('.cell[data-a1="H20"]').click();
    await page.fill('#formula', XSS);
    await page.press('#formula', 'Enter');
    await expect.poll(() => page.locator('.cell[data-a1="H20"]').textContent()).toBe(XSS);
    await page.screenshot({ path: `${ARTIFACTS}/05-edit.png`, fullPage: true });
  });

  it('keeps the workbook across a restart, and a reset restores the demo', async () => {
    const again = await startLocalLapkin(lapkin.dataDir);
    try {
      const second = await again.context.newPage();
      await second.goto(again.url);
      await second.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
      await expect.poll(() => second.locator('.cell[data-a1="H20"]').textContent()).toContain('<img');
    } finally {
      await again.stop();
    }
    await page.click('#reset');
    await page.locator('#tabs .tab', { hasText: /^Pengaturan$/ }).click();
    await expect.poll(() => page.locator('.cell[data-a1="H20"]').textContent()).toBe('');
  });
});
