/**
 * The "Arsip Kiriman" tab: hidden, protected for the admins only, appended to in one write per
 * submission and never rewritten (src/core/arsip.ts holds the row format).
 */
import { bacaArsip, barisTulisUlang, KOLOM_ARSIP, kirimanKeBaris, NAMA_TAB_ARSIP, type Kiriman } from '../core/arsip';
import { pasangJudul, tambahBaris } from './baris';
import { aturEditor } from './proteksi';
import { BARIS_ARSIP_PERTAMA } from '../core/siklus';
import { proteksiTab } from './spreadsheet';
import { tabBaru } from './ukuran-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The submissions archived from row `baris` on (one getValues of those rows only; a cycle's
 * `barisArsip`, or the first of a year's cycles): [] when there are none.
 */
export function bacaArsipSejak(ss: Spreadsheet, baris: number): Kiriman[] {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  if (!sheet) return [];
  const akhir = sheet.getLastRow();
  if (akhir < baris) return [];
  return bacaArsip([KOLOM_ARSIP, ...sheet.getRange(baris, 1, akhir - baris + 1, lebarArsip(sheet)).getValues()]);
}

/**
 * The columns to read: KOLOM_ARSIP, or fewer in a tab made before its last columns were added and
 * not written since (a range past the grid is refused); `bacaArsip` reads the missing cells as empty.
 */
function lebarArsip(sheet: Sheet): number {
  return Math.min(KOLOM_ARSIP.length, sheet.getMaxColumns());
}

/** Where the next submission's rows will start: the row after the archive's last (2 before the first). */
export function barisArsipBerikut(ss: Spreadsheet): number {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  return Math.max(BARIS_ARSIP_PERTAMA, (sheet?.getLastRow() ?? 0) + 1);
}

/**
 * Puts back what a creation cut off part-way left out — the protection, the header row (above any
 * rows appended without it), the hidden state — so the tab is complete whenever it is found.
 * A tab made before the Pembilang and Penyebut columns grows them and gets their titles in one
 * write to its header row: its rows stay where they are (cycles' `barisArsip` point at them).
 * Five read calls when nothing is missing.
 */
function lengkapi(sheet: Sheet, saya: string, admin: readonly string[]): void {
  if (!proteksiTab(sheet)) {
    aturEditor(sheet.protect().setDescription('Arsip kiriman bidang: hanya diubah oleh skrip'), saya, admin);
  }
  const lebar = sheet.getMaxColumns();
  if (lebar < KOLOM_ARSIP.length) sheet.insertColumnsAfter(lebar, KOLOM_ARSIP.length - lebar);
  if (sheet.getLastRow() === 0) {
    pasangJudul(sheet, KOLOM_ARSIP, []);
  } else {
    const judul = sheet.getRange(1, 1, 1, KOLOM_ARSIP.length).getValues()[0];
    if (judul[0] !== KOLOM_ARSIP[0]) {
      // No header at all (a creation cut off before it): put it above the rows, moving them down one.
      pasangJudul(sheet, KOLOM_ARSIP, sheet.getDataRange().getValues().map(barisTulisUlang));
    } else if (KOLOM_ARSIP.some((j, i) => judul[i] !== j)) {
      sheet.getRange(1, 1, 1, KOLOM_ARSIP.length).setValues([[...KOLOM_ARSIP]]).setFontWeight('bold');
    }
  }
  if (!sheet.isSheetHidden()) sheet.hideSheet();
}

function tabArsip(ss: Spreadsheet, saya: string, admin: readonly string[]): Sheet {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP) ?? tabBaru(ss, NAMA_TAB_ARSIP, 1, KOLOM_ARSIP.length);
  lengkapi(sheet, saya, admin);
  return sheet;
}

/** Appends `k` (one row per indicator) in one setValues. Call under the document lock. */
export function tambahKiriman(ss: Spreadsheet, k: Kiriman, saya: string, admin: readonly string[]): void {
  const rows = kirimanKeBaris(k);
  if (rows.length === 0) return;
  tambahBaris(tabArsip(ss, saya, admin), rows);
}

/**
 * Blanks the rows of version `versi` of bidang `bidang` in cycle `siklus` (one read, one write per
 * run of rows): what a submission cut off before it counted had archived. Blank rows are skipped
 * by `bacaArsip`.
 */
export function kosongkanKiriman(ss: Spreadsheet, siklus: string, bidang: string, versi: number, sejak: number): void {
  const sheet = ss.getSheetByName(NAMA_TAB_ARSIP);
  if (!sheet) return;
  const akhir = sheet.getLastRow();
  if (akhir < sejak) return;
  const lebar = lebarArsip(sheet);
  const values = sheet.getRange(sejak, 1, akhir - sejak + 1, lebar).getValues();
  const baris = values.map((r, i) => (String(r[0]) === siklus && String(r[1]) === bidang && Number(r[2]) === versi ? sejak + i : 0)).filter((r) => r > 1);
  for (let i = 0; i < baris.length; ) {
    let n = 1;
    while (baris[i + n] === baris[i] + n) n++;
    sheet.getRange(baris[i], 1, n, lebar).setValues(Array.from({ length: n }, () => new Array<string>(lebar).fill('')));
    i += n;
  }
}
