/**
 * Writes ("Siapkan lembar kerja") and reads the three configuration tabs. Writing adds only what
 * is missing — a missing tab, a missing column or a missing Pengaturan row — and never touches a
 * cell an admin typed. Every tab costs a constant number of calls.
 */
import { isDate } from '../core/angka';
import type { GridKonfigurasi } from '../core/konfigurasi/index';
import { judulCocok } from '../core/konfigurasi/judul';
import { isiTab } from './spreadsheet';
import { KUNCI_PENGATURAN, PENGATURAN_KOLOM, SKEMA_BIDANG, SKEMA_INDIKATOR, TAB_PENGATURAN, type KolomTabel, type KunciPengaturan, type SkemaTabel } from '../core/konfigurasi/skema';
import { BANTUAN_PERIKSA, rumusPeriksa, type JenisPeriksa } from '../core/konfigurasi/periksa-sel';
import { hurufKolom } from '../core/lembar-bidang';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A strict drop-down of `pilihan`, with `bantuan` as its help text when given. */
export function dropDown(pilihan: readonly string[], bantuan?: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const v = SpreadsheetApp.newDataValidation().requireValueInList([...pilihan], true).setAllowInvalid(false);
  return (bantuan ? v.setHelpText(bantuan) : v).build();
}

/**
 * A warning (not a refusal: allowInvalid) on a cell whose value fails the inline check `jenis`,
 * with Indonesian help text; `a1` is the top-left cell the formula is written for.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireFormulaSatisfied(String)
 */
export function periksaSel(jenis: JenisPeriksa, a1: string): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireFormulaSatisfied(rumusPeriksa(jenis, a1)).setAllowInvalid(true).setHelpText(BANTUAN_PERIKSA[jenis]).build();
}

/** The header style of the configuration and SOP tabs. */
export function gayaJudul(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground('#dfe7f3');
}

/**
 * Adds `kolom` at columns `mulai`.. of a table tab: plain-text cells, widths, drop-downs, notes and
 * style, and the titles LAST — a column whose title is there is complete, so a setup cut off
 * half-way is finished by the next one.
 */
function tulisKolom(sheet: Sheet, mulai: number, kolom: readonly KolomTabel[]): void {
  const baris = sheet.getMaxRows() - 1;
  // Plain text first: "12,5", "85%" and leading zeros of a NIP reach the reader as typed.
  sheet.getRange(2, mulai, baris, kolom.length).setNumberFormat('@');
  kolom.forEach((k, i) => {
    sheet.setColumnWidth(mulai + i, k.lebar);
    // A drop-down says what its choices mean as the admin picks (the Agregasi column explains rasio).
    if (k.pilihan) sheet.getRange(2, mulai + i, baris, 1).setDataValidation(dropDown(k.pilihan, k.catatan));
    else if (k.periksa) sheet.getRange(2, mulai + i, baris, 1).setDataValidation(periksaSel(k.periksa, `${hurufKolom(mulai + i)}2`));
  });
  const judul = sheet.getRange(1, mulai, 1, kolom.length);
  judul.setNotes([kolom.map((k) => k.catatan)]);
  gayaJudul(judul);
  judul.setValues([kolom.map((k) => k.judul)]);
}

/** The schema's example rows in the order of the tab's titles `judul`. */
function contohMenurut(skema: SkemaTabel, judul: readonly string[]): string[][] {
  const posisi = judul.map((j) => skema.kolom.findIndex((k) => judulCocok(k, j)));
  return skema.contoh.map((r) => posisi.map((i) => (i < 0 ? '' : r[i])));
}

/** Creates or completes a table tab; adds the example rows while the table is empty; returns what was added, for the log. */
function siapkanTabel(ss: Spreadsheet, skema: SkemaTabel): string[] {
  const ada = ss.getSheetByName(skema.tab);
  const sheet = ada ?? ss.insertSheet(skema.tab);
  const lebar = Math.max(sheet.getLastColumn(), 1);
  const judul = sheet.getRange(1, 1, 1, lebar).getValues()[0].map((v) => String(v).trim());
  // A header an office wrote its own way ("Sasaran Strategis", "Target 2026") counts as the column.
  const kurang = skema.kolom.filter((k) => !judul.some((j) => judulCocok(k, j)));
  const kosong = judul.every((j) => j === '');
  const mulai = kosong ? 1 : lebar + 1;
  if (kosong) sheet.setFrozenRows(1);
  const akhir = [...(kosong ? [] : judul), ...kurang.map((k) => k.judul)];
  // Examples before the titles that complete the tab: a tab cut off in between still gets them.
  if (sheet.getLastRow() <= 1) {
    const contoh = sheet.getRange(2, 1, skema.contoh.length, akhir.length);
    contoh.setNumberFormat('@').setValues(contohMenurut(skema, akhir));
  }
  if (kurang.length > 0) tulisKolom(sheet, mulai, kurang);
  if (!ada) return [`tab ${skema.tab}`];
  return kurang.map((k) => `kolom ${skema.tab} ▸ ${k.judul}`);
}

/**
 * Creates or completes the Pengaturan tab. The header row is written last of the tab's base and each
 * block of rows gets its notes and drop-downs before its labels, so whatever a cut-off setup left
 * half-done is done again by the next one. Missing rows go below the last row, never over one.
 */
function siapkanPengaturan(ss: Spreadsheet): string[] {
  const ada = ss.getSheetByName(TAB_PENGATURAN);
  const sheet = ada ?? ss.insertSheet(TAB_PENGATURAN, 0);
  const terakhir = sheet.getLastRow();
  const label = terakhir < 1 ? [] : sheet.getRange(1, 1, terakhir, 1).getValues().map((r) => String(r[0]).trim().toLowerCase());
  // Row 1 is the header row, which the reader skips whatever it holds: only a tab with nothing typed
  // gets it written, so a title an admin typed over it is never overwritten.
  if (terakhir < 1) {
    sheet.getRange(1, 1, sheet.getMaxRows(), 2).setNumberFormat('@');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidth(2, 420);
    const judul = sheet.getRange(1, 1, 1, 2);
    gayaJudul(judul);
    judul.setValues([[...PENGATURAN_KOLOM]]);
  }
  const kurang = KUNCI_PENGATURAN.filter((k) => !label.slice(1).includes(k.label.toLowerCase()));
  if (kurang.length === 0) return [];
  const mulai = Math.max(terakhir, 1) + 1;
  const blok = sheet.getRange(mulai, 1, kurang.length, 2);
  blok.setNumberFormat('@');
  sheet.getRange(mulai, 1, kurang.length, 1).setNotes(kurang.map((k) => [k.catatan]));
  // Drop-downs on the value cells that have choices, inline checks on numbers and e-mails: one
  // setDataValidations for the block.
  const aturan = (k: KunciPengaturan, i: number): GoogleAppsScript.Spreadsheet.DataValidation | null =>
    k.pilihan ? dropDown(k.pilihan) : k.periksa ? periksaSel(k.periksa, `B${mulai + i}`) : null;
  blok.offset(0, 1, kurang.length, 1).setDataValidations(kurang.map((k, i) => [aturan(k, i)]));
  blok.setValues(kurang.map((k) => [k.label, k.contoh]));
  return !ada ? [`tab ${TAB_PENGATURAN}`] : kurang.map((k) => `baris ${TAB_PENGATURAN} ▸ ${k.label}`);
}

/** "Siapkan lembar kerja": returns a description of each thing added (empty = nothing missing). */
export function siapkanTabKonfigurasi(ss: Spreadsheet): string[] {
  return [...siapkanPengaturan(ss), ...siapkanTabel(ss, SKEMA_BIDANG), ...siapkanTabel(ss, SKEMA_INDIKATOR)];
}

function grid(ss: Spreadsheet, tab: string): unknown[][] | null {
  const isi = isiTab(ss, tab);
  if (!isi) return null;
  const tz = ss.getSpreadsheetTimeZone();
  return isi.map((row) => row.map((v: unknown) => (isDate(v) ? Utilities.formatDate(v, tz, 'yyyy-MM-dd') : v)));
}

/** One getValues per tab. */
export function bacaGridKonfigurasi(ss: Spreadsheet): GridKonfigurasi {
  return {
    pengaturan: grid(ss, TAB_PENGATURAN),
    bidang: grid(ss, SKEMA_BIDANG.tab),
    indikator: grid(ss, SKEMA_INDIKATOR.tab),
  };
}
