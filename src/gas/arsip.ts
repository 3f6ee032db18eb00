/**
 * The "Arsip Kiriman" tab: hidden, protected for the admins only, appended to in one write per
 * submission and never rewritten (src/core/arsip.ts holds the row format).
 */
import { bacaArsip, KOLOM_ARSIP, kirimanKeBaris, NAMA_TAB_ARSIP, type Kiriman } from '../core/arsip';
import { aturEditor } from './proteksi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every submission so far (one getValues); [] before the first. */
export function bacaArsipKiriman(ss: Spreadsheet): Kiriman[] {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  return sheet ? bacaArsip(sheet.getDataRange().getValues()) : [];
}

function tabArsip(ss: Spreadsheet, saya: string, admin: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const ada = ss.getSheetByName(NAMA_TAB_ARSIP);
  if (ada) return ada;
  const sheet = ss.insertSheet(NAMA_TAB_ARSIP);
  sheet.getRange(1, 1, 1, KOLOM_ARSIP.length).setValues([[...KOLOM_ARSIP]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  aturEditor(sheet.protect().setDescription('Arsip kiriman bidang: hanya diubah oleh skrip'), saya, admin);
  sheet.hideSheet();
  return sheet;
}

/** Appends `k` (one row per indicator) in one setValues. Call under the document lock. */
export function tambahKiriman(ss: Spreadsheet, k: Kiriman, saya: string, admin: readonly string[]): void {
  const rows = kirimanKeBaris(k);
  if (rows.length === 0) return;
  const sheet = tabArsip(ss, saya, admin);
  const mulai = sheet.getLastRow() + 1;
  const kurang = mulai + rows.length - 1 - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
  sheet.getRange(mulai, 1, rows.length, KOLOM_ARSIP.length).setValues(rows);
}

/**
 * Blanks the rows of version `versi` of bidang `bidang` in cycle `siklus` (one read, one write per
 * run of rows): what a submission cut off before it counted had archived. Blank rows are skipped
 * by `bacaArsip`.
 */
export function kosongkanKiriman(ss: Spreadsheet, siklus: string, bidang: string, versi: number): void {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const baris = values.map((r, i) => (String(r[0]) === siklus && String(r[1]) === bidang && Number(r[2]) === versi ? i + 1 : 0)).filter((r) => r > 1);
  for (let i = 0; i < baris.length; ) {
    let n = 1;
    while (baris[i + n] === baris[i] + n) n++;
    sheet.getRange(baris[i], 1, n, KOLOM_ARSIP.length).setValues(Array.from({ length: n }, () => KOLOM_ARSIP.map(() => '')));
    i += n;
  }
}
