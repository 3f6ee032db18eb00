/**
 * Writes ("Siapkan lembar kerja") and reads the three configuration tabs. Writing adds only what
 * is missing — a missing tab, a missing column or a missing Pengaturan row — and never touches a
 * cell an admin typed. Every tab costs a constant number of calls.
 */
import type { GridKonfigurasi } from '../core/konfigurasi/index';
import { KUNCI_PENGATURAN, PENGATURAN_KOLOM, SKEMA_BIDANG, SKEMA_INDIKATOR, TAB_PENGATURAN, type KolomTabel, type SkemaTabel } from '../core/konfigurasi/skema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function dropDown(pilihan: readonly string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList([...pilihan], true).setAllowInvalid(false).build();
}

function gayaJudul(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground('#dfe7f3');
}

/** Adds `kolom` at columns `mulai`.. of a table tab: headers, notes, widths, drop-downs, plain-text cells. */
function tulisKolom(sheet: Sheet, mulai: number, kolom: readonly KolomTabel[]): void {
  const baris = sheet.getMaxRows() - 1;
  // Plain text first: "12,5", "85%" and leading zeros of a NIP reach the reader as typed.
  sheet.getRange(2, mulai, baris, kolom.length).setNumberFormat('@');
  const judul = sheet.getRange(1, mulai, 1, kolom.length);
  judul.setValues([kolom.map((k) => k.judul)]).setNotes([kolom.map((k) => k.catatan)]);
  gayaJudul(judul);
  kolom.forEach((k, i) => {
    sheet.setColumnWidth(mulai + i, k.lebar);
    if (k.pilihan) sheet.getRange(2, mulai + i, baris, 1).setDataValidation(dropDown(k.pilihan));
  });
}

/** Creates or completes a table tab; returns what was added, for the log. */
function siapkanTabel(ss: Spreadsheet, skema: SkemaTabel): string[] {
  const ada = ss.getSheetByName(skema.tab);
  if (!ada) {
    const sheet = ss.insertSheet(skema.tab);
    tulisKolom(sheet, 1, skema.kolom);
    sheet.getRange(2, 1, skema.contoh.length, skema.kolom.length).setValues(skema.contoh.map((r) => [...r]));
    sheet.setFrozenRows(1);
    return [`tab ${skema.tab}`];
  }
  const lebar = Math.max(ada.getLastColumn(), 1);
  const judul = ada.getRange(1, 1, 1, lebar).getValues()[0].map((v) => String(v).trim().toLowerCase());
  const kurang = skema.kolom.filter((k) => !judul.includes(k.judul.toLowerCase()));
  if (kurang.length === 0) return [];
  const mulai = judul.every((j) => j === '') ? 1 : lebar + 1;
  tulisKolom(ada, mulai, kurang);
  return kurang.map((k) => `kolom ${skema.tab} ▸ ${k.judul}`);
}

function siapkanPengaturan(ss: Spreadsheet): string[] {
  let sheet = ss.getSheetByName(TAB_PENGATURAN);
  const baru = !sheet;
  if (!sheet) {
    sheet = ss.insertSheet(TAB_PENGATURAN, 0);
    sheet.getRange(1, 1, sheet.getMaxRows(), 2).setNumberFormat('@');
    const judul = sheet.getRange(1, 1, 1, 2);
    judul.setValues([[...PENGATURAN_KOLOM]]);
    gayaJudul(judul);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidth(2, 420);
  }
  const terakhir = sheet.getLastRow();
  const label = terakhir < 2 ? [] : sheet.getRange(2, 1, terakhir - 1, 1).getValues().map((r) => String(r[0]).trim().toLowerCase());
  const kurang = KUNCI_PENGATURAN.filter((k) => !label.includes(k.label.toLowerCase()));
  if (kurang.length === 0) return [];
  const mulai = Math.max(terakhir, 1) + 1;
  const blok = sheet.getRange(mulai, 1, kurang.length, 2);
  blok.setNumberFormat('@').setValues(kurang.map((k) => [k.label, k.contoh]));
  sheet.getRange(mulai, 1, kurang.length, 1).setNotes(kurang.map((k) => [k.catatan]));
  // Drop-downs only on the value cells that have choices: one setDataValidations for the block.
  blok.offset(0, 1, kurang.length, 1).setDataValidations(kurang.map((k) => [k.pilihan ? dropDown(k.pilihan) : null]));
  return baru ? [`tab ${TAB_PENGATURAN}`] : kurang.map((k) => `baris ${TAB_PENGATURAN} ▸ ${k.label}`);
}

/** "Siapkan lembar kerja": returns a description of each thing added (empty = nothing missing). */
export function siapkanTabKonfigurasi(ss: Spreadsheet): string[] {
  return [...siapkanPengaturan(ss), ...siapkanTabel(ss, SKEMA_BIDANG), ...siapkanTabel(ss, SKEMA_INDIKATOR)];
}

function isDate(v: unknown): v is Date {
  // Dates from getValues come from another realm in tests (domain.md §7): no instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

function grid(ss: Spreadsheet, tab: string): unknown[][] | null {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return null;
  const tz = ss.getSpreadsheetTimeZone();
  return sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v: unknown) => (isDate(v) ? Utilities.formatDate(v, tz, 'yyyy-MM-dd') : v)));
}

/** One getValues per tab. */
export function bacaGridKonfigurasi(ss: Spreadsheet): GridKonfigurasi {
  return {
    pengaturan: grid(ss, TAB_PENGATURAN),
    bidang: grid(ss, SKEMA_BIDANG.tab),
    indikator: grid(ss, SKEMA_INDIKATOR.tab),
  };
}
