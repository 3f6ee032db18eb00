/**
 * "Uji dengan akun Kabid": the scratch tab and the state in the document properties. Writes here
 * run under the document lock (the callers take it).
 */
import { emailUnik } from '../core/email-unik';
import { KUNCI_UJI_KABID, keadaanDariTeks, type KeadaanUjiKabid } from '../core/uji-kabid/keadaan';
import {
  BARIS_KABID, BARIS_KOTAK, BARIS_PEMICU, JUMLAH_BARIS, KOLOM_NILAI, PENGAMATAN_KABID, PENGAMATAN_PEMICU, SEL_X_A1, SEL_Y_A1,
  TAB_UJI_KABID, dekodekan, gridUji, kodekan, type KunciKabid, type KunciPemicu,
} from '../core/uji-kabid/tata-letak';
import { props } from './properti';
import { aturEditor } from './proteksi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function bacaKeadaanUji(): KeadaanUjiKabid | null {
  return keadaanDariTeks(props().getProperty(KUNCI_UJI_KABID));
}

export function simpanKeadaanUji(k: KeadaanUjiKabid): void {
  props().setProperty(KUNCI_UJI_KABID, JSON.stringify(k));
}

export function tabUji(ss: Spreadsheet): Sheet {
  const sheet = ss.getSheetByName(TAB_UJI_KABID);
  if (!sheet) throw new Error(`Tab "${TAB_UJI_KABID}" tidak ada. Admin memulai uji lagi: Laporan Kinerja ▸ Uji dengan akun Kabid ▸ Mulai.`);
  return sheet;
}

/** Removes the tab (when there is one) and the state. */
export function hapusUji(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName(TAB_UJI_KABID);
  if (sheet) ss.deleteSheet(sheet);
  props().deleteProperty(KUNCI_UJI_KABID);
  return sheet !== null;
}

/**
 * Makes the tab afresh: instructions, Sel X protected with only addEditor(admin) (a call that
 * changes nothing), Sel Y protected and never touched, the box for `admin` + the Kabid, the
 * trigger's rows for `admin` only, the Kabid's rows for `admin` + the Kabid.
 */
export function buatTabUji(ss: Spreadsheet, k: KeadaanUjiKabid, waktu: string, admin: readonly string[]): Sheet {
  hapusUji(ss);
  const sheet = ss.insertSheet(TAB_UJI_KABID);
  sheet.getRange(1, 1, JUMLAH_BARIS, 2).setValues(gridUji(k.kabid, k.admin, waktu));
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.getRange(1, 1, JUMLAH_BARIS, 1).setWrap(true);
  sheet.setColumnWidth(1, 460);
  sheet.setColumnWidth(KOLOM_NILAI, 320);
  const pemicu = sheet.getRange(BARIS_PEMICU, KOLOM_NILAI, PENGAMATAN_PEMICU.length, 1);
  const kabid = sheet.getRange(BARIS_KABID, KOLOM_NILAI, PENGAMATAN_KABID.length, 1);
  for (const r of [pemicu, kabid]) r.setNumberFormat('@').setBackground('#f3f3f3');
  const kotak = sheet.getRange(BARIS_KOTAK, KOLOM_NILAI);
  kotak.insertCheckboxes();
  sheet.getRange(SEL_X_A1).protect().addEditor(k.admin);
  sheet.getRange(SEL_Y_A1).protect();
  const adminSaja = emailUnik([...admin, k.pembuat]);
  aturEditor(kotak.protect(), k.admin, [...adminSaja, k.kabid]);
  aturEditor(pemicu.protect(), k.admin, adminSaja);
  aturEditor(kabid.protect(), k.admin, [...adminSaja, k.kabid]);
  return sheet;
}

function tulis(sheet: Sheet, baris: number, nilai: readonly unknown[]): void {
  sheet.getRange(baris, KOLOM_NILAI, nilai.length, 1).setValues(nilai.map((v) => [kodekan(v)]));
}

export function tulisPengamatanPemicu(sheet: Sheet, nilai: Readonly<Record<KunciPemicu, unknown>>): void {
  tulis(sheet, BARIS_PEMICU, PENGAMATAN_PEMICU.map((p) => nilai[p.kunci]));
}

export function tulisPengamatanKabid(sheet: Sheet, nilai: Readonly<Record<KunciKabid, unknown>>): void {
  tulis(sheet, BARIS_KABID, PENGAMATAN_KABID.map((p) => nilai[p.kunci]));
}

export interface IsiTabUji {
  readonly pemicu: Partial<Record<KunciPemicu, unknown>>;
  readonly kabid: Partial<Record<KunciKabid, unknown>>;
}

/** Both blocks of observations (one read). */
export function bacaPengamatan(sheet: Sheet): IsiTabUji {
  const b = sheet.getRange(1, KOLOM_NILAI, JUMLAH_BARIS, 1).getValues().map((r) => r[0]);
  return {
    pemicu: dekodekan(PENGAMATAN_PEMICU, b.slice(BARIS_PEMICU - 1, BARIS_PEMICU - 1 + PENGAMATAN_PEMICU.length)),
    kabid: dekodekan(PENGAMATAN_KABID, b.slice(BARIS_KABID - 1, BARIS_KABID - 1 + PENGAMATAN_KABID.length)),
  };
}

/** The lower-cased editors of the range protection over `a1` (null: none). */
export function editorProteksi(sheet: Sheet, a1: string): string[] | null {
  const p = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((x) => x.getRange().getA1Notation() === a1);
  return p ? p.getEditors().map((u) => u.getEmail().trim().toLowerCase()) : null;
}
