/**
 * Screenshots the browser tests take for the Panduan: when LAPKIN_GAMBAR names a folder
 * (`npm run panduan` sets it), `gambar(page, name)` writes `<folder>/<name>.png` there, cropped to
 * `bagian` when given. Without it nothing is written. Node only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export async function gambar(page: Page, nama: string, bagian?: Locator): Promise<void> {
  const folder = process.env.LAPKIN_GAMBAR;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${nama}.png`);
  if (bagian) await bagian.screenshot({ path });
  else await page.screenshot({ path });
}
