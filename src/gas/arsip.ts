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
