/**
 * The two SOP tabs in the workbook: the "Status SOP <periode>" view (protected, admins only; its
 * Peristiwa column is where the admin maps steps to cycle events) and the "SOP" configuration tab.
 * Each write costs a constant number of calls, whatever the number of steps.
 */
import { nilaiDariGrid } from '../core/konfigurasi/pengaturan';
import { masalahTab } from '../core/konfigurasi/tabel';
import { TAB_PENGATURAN } from '../core/konfigurasi/skema';
import type { Masalah, Pengaturan } from '../core/types';
import {
  BARIS_JUDUL_STATUS,
  isiTabSop,
  isiTabStatus,
  KOLOM_PERISTIWA_STATUS,
  KOLOM_STATUS,
  PILIHAN_PERISTIWA,
  TAB_SOP,
  type RekamSop,
} from '../core/sop/lembar';
import type { SopTemplate, WaktuLokal } from '../core/sop/model';
import { KOLOM_SOP, readSopTab } from '../core/sop/tab';
import { cariTemplate, TEMPLATE_BAWAAN } from '../core/sop/templates/index';
import { aturEditor } from './proteksi';
import { tabBaru } from './ukuran-tab';
import { bisaMengubahTab, isiTab } from './spreadsheet';
import { dropDown, gayaJudul } from './tab-konfigurasi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LEBAR_KOLOM = [60, 320, 160, 120, 140, 90, 150, 150, 150, 150, 200, 260, 220, 180];

function buatTabStatus(ss: Spreadsheet, rekam: RekamSop, saya: string, admin: readonly string[]): Sheet {
  const langkah = rekam.status.langkah.length;
  const sheet = tabBaru(ss, rekam.tab, BARIS_JUDUL_STATUS + langkah, KOLOM_STATUS.length);
  // Plain text: step texts come from an admin-typed SOP tab and must never run as formulas.
  sheet.getRange(1, 1, BARIS_JUDUL_STATUS + langkah, KOLOM_STATUS.length).setNumberFormat('@').setWrap(true).setVerticalAlignment('top');
  sheet.getRange(BARIS_JUDUL_STATUS, 1, 1, KOLOM_STATUS.length).setFontWeight('bold');
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  sheet.getRange(BARIS_JUDUL_STATUS + 1, KOLOM_PERISTIWA_STATUS, langkah, 1).setDataValidation(
    dropDown(PILIHAN_PERISTIWA, 'Peristiwa siklus yang menandai langkah ini selesai; kosongkan bila langkah ditandai manual dari panel.'),
  );
  sheet.setFrozenRows(BARIS_JUDUL_STATUS);
  LEBAR_KOLOM.forEach((lebar, i) => sheet.setColumnWidth(i + 1, lebar));
  const p = sheet.protect().setDescription(`Status SOP ${rekam.label}: hanya admin`);
  aturEditor(p, saya, admin);
  return sheet;
}

/** Whether the status tab exists and its protection keeps the running user out (an admin added later). */
export function tabStatusTerkunci(ss: Spreadsheet, rekam: RekamSop): boolean {
  return !bisaMengubahTab(ss, rekam.tab);
}

/** The Peristiwa column as the admin left it, one value per step (one read); null when the tab is missing. */
export function bacaKolomPeristiwa(ss: Spreadsheet, rekam: RekamSop): unknown[] | null {
  const sheet = ss.getSheetByName(rekam.tab);
  if (!sheet) return null;
  return sheet
    .getRange(BARIS_JUDUL_STATUS + 1, KOLOM_PERISTIWA_STATUS, rekam.status.langkah.length, 1)
    .getValues()
    .map((r) => r[0]);
}

/** Writes the whole status tab as of `sekarang` (creates and protects it first when missing). */
export function tulisTabStatus(ss: Spreadsheet, rekam: RekamSop, sekarang: WaktuLokal, saya: string, admin: readonly string[]): void {
  const sheet = ss.getSheetByName(rekam.tab) ?? buatTabStatus(ss, rekam, saya, admin);
  const isi = isiTabStatus(rekam, sekarang);
  const blok = sheet.getRange(1, 1, isi.nilai.length, KOLOM_STATUS.length);
  blok.setValues(isi.nilai);
  blok.setBackgrounds(isi.warna as string[][]);
}

/**
 * "Siapkan lembar kerja": the SOP tab when missing, pre-filled with the built-in template Pengaturan
 * selects (else the first) as a starting point for a custom SOP.
 */
export function siapkanTabSop(ss: Spreadsheet): string[] {
  if (ss.getSheetByName(TAB_SOP)) return [];
  const isi = isiTabSop(cariTemplate(nilaiDariGrid(isiTab(ss, TAB_PENGATURAN), 'templateSop').toLowerCase()) ?? TEMPLATE_BAWAAN[0]);
  const sheet = ss.insertSheet(TAB_SOP);
  sheet.getRange(1, 1, sheet.getMaxRows(), isi[0].length).setNumberFormat('@');
  sheet.getRange(1, 1, isi.length, isi[0].length).setValues(isi).setWrap(true).setVerticalAlignment('top');
  gayaJudul(sheet.getRange(1, 1, 1, isi[0].length));
  sheet.getRange(2, KOLOM_SOP.indexOf('Peristiwa') + 1, sheet.getMaxRows() - 1, 1).setDataValidation(dropDown(PILIHAN_PERISTIWA));
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 320);
  return [`tab ${TAB_SOP}`];
}

export type HasilTemplateSop =
  | { readonly ok: true; readonly template: SopTemplate }
  | { readonly ok: false; readonly masalah: readonly Masalah[] };

/** The template Pengaturan selects: a built-in one, or the SOP tab for 'kustom' (one read). */
export function bacaTemplateSop(ss: Spreadsheet, pengaturan: Pengaturan): HasilTemplateSop {
  const bawaan = cariTemplate(pengaturan.templateSop);
  if (bawaan) return { ok: true, template: bawaan };
  const isi = isiTab(ss, TAB_SOP);
  if (!isi) {
    return { ok: false, masalah: [masalahTab(TAB_SOP, `Template SOP "kustom" memakai tab ${TAB_SOP}, tetapi tab itu tidak ada. Jalankan Siapkan lembar kerja.`)] };
  }
  return readSopTab(isi, TAB_SOP);
}
