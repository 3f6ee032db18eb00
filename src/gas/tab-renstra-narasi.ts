/**
 * The Renstra and Narasi tabs (src/core/konfigurasi/renstra.ts, narasi.ts): "Siapkan lembar kerja"
 * makes each when it is missing or empty — labelled rows with their notes, and under Renstra's the
 * indicator table with its drop-down — and never touches a tab holding anything (an admin's text is
 * never resized, relabelled or overwritten). Every title and label is written last in one call, so a
 * setup cut off before it leaves an empty tab the rerun makes again. src/server/renstra-narasi.ts reads them.
 */
import { KUNCI_NARASI, NARASI_KOLOM, TAB_NARASI } from '../core/konfigurasi/narasi';
import type { BarisKunci } from '../core/konfigurasi/kunci-nilai';
import { KUNCI_RENSTRA, RENSTRA_KOLOM, SKEMA_RENSTRA, TAB_RENSTRA } from '../core/konfigurasi/renstra';
import { hurufKolom } from '../core/lembar-bidang';
import { dropDown, gayaJudul, periksaSel } from './tab-konfigurasi';
import { ukurTab } from './ukuran-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows of the Renstra tab's indicator table an admin gets before inserting more (the Indikator tab's default size). */
const BARIS_TABEL_RENSTRA = 1000;

/** The tab `nama` when it must be made: missing, or holding nothing at all (a setup cut off right after inserting it). */
function tabKosong(ss: Spreadsheet, nama: string): { sheet: Sheet } | null {
  const ada = ss.getSheetByName(nama);
  if (ada && ada.getLastRow() > 0) return null;
  return { sheet: ada ?? ss.insertSheet(nama) };
}

/**
 * Formats of labelled rows 2.. of `kunci` under a header row: plain text, wrapped values, widths,
 * the notes, bold labels and the header's style. Values come last, in one write (`isi`).
 */
function formatKunci(sheet: Sheet, lebarJudul: number, kunci: readonly BarisKunci[], lebarNilai: number): void {
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setNumberFormat('@');
  sheet.getRange(2, 2, kunci.length, 1).setWrap(true);
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(2, lebarNilai);
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, kunci.length, 1).setNotes(kunci.map((k) => [k.catatan])).setFontWeight('bold');
  gayaJudul(sheet.getRange(1, 1, 1, lebarJudul));
}

/** Every title and label of the tab in one setValues: a tab cut off before it holds nothing and is made again. */
function isi(sheet: Sheet, baris: readonly (readonly string[])[]): void {
  const lebar = Math.max(...baris.map((b) => b.length));
  sheet.getRange(1, 1, baris.length, lebar).setValues(baris.map((b) => [...b, ...Array<string>(lebar - b.length).fill('')]));
}

function siapkanNarasi(ss: Spreadsheet): string[] {
  const tab = tabKosong(ss, TAB_NARASI);
  if (!tab) return [];
  ukurTab(tab.sheet, KUNCI_NARASI.length + 1, NARASI_KOLOM.length);
  formatKunci(tab.sheet, NARASI_KOLOM.length, KUNCI_NARASI, 640);
  isi(tab.sheet, [[...NARASI_KOLOM], ...KUNCI_NARASI.map((k) => [k.label])]);
  return [`tab ${TAB_NARASI}`];
}

function siapkanRenstra(ss: Spreadsheet): string[] {
  const tab = tabKosong(ss, TAB_RENSTRA);
  if (!tab) return [];
  const kolom = SKEMA_RENSTRA.kolom;
  // The summary rows, one empty row, then the table's header.
  const kepala = KUNCI_RENSTRA.length + 3;
  ukurTab(tab.sheet, kepala + BARIS_TABEL_RENSTRA, kolom.length);
  formatKunci(tab.sheet, RENSTRA_KOLOM.length, KUNCI_RENSTRA, 420);
  kolom.slice(2).forEach((k, i) => tab.sheet.setColumnWidth(3 + i, k.lebar));
  // The kind's drop-down; targets and standards warn (not refuse) on words, as in the Indikator tab.
  kolom.forEach((k, i) => {
    const sel = tab.sheet.getRange(kepala + 1, i + 1, BARIS_TABEL_RENSTRA, 1);
    if (k.pilihan) sel.setDataValidation(dropDown(k.pilihan));
    else if (k.periksa) sel.setDataValidation(periksaSel(k.periksa, `${hurufKolom(i + 1)}${kepala + 1}`));
  });
  const judulTabel = tab.sheet.getRange(kepala, 1, 1, kolom.length);
  judulTabel.setNotes([kolom.map((k) => k.catatan)]);
  gayaJudul(judulTabel);
  isi(tab.sheet, [[...RENSTRA_KOLOM], ...KUNCI_RENSTRA.map((k) => [k.label]), [], kolom.map((k) => k.judul)]);
  return [`tab ${TAB_RENSTRA}`];
}

/** "Siapkan lembar kerja": the Renstra and Narasi tabs when missing; returns what was added. */
export function siapkanTabRenstraNarasi(ss: Spreadsheet): string[] {
  return [...siapkanRenstra(ss), ...siapkanNarasi(ss)];
}
