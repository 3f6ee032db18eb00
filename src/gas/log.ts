/**
 * The protected Log tab: one row per action of Lapkin (when, who, what, details), written in
 * one batched call per action. Reusable by every capability: call `catatLog` inside the
 * document lock with all the entries of the action.
 */
import { pasangJudul, tambahBaris } from './baris';
import { aturEditor } from './proteksi';
import { bisaMengubahTab } from './spreadsheet';
import { tabBaru } from './ukuran-tab';

export const TAB_LOG = 'Log';
const JUDUL = ['Waktu', 'Pengguna', 'Tindakan', 'Rincian'];

export interface EntriLog {
  /** Short verb phrase, e.g. "Mulai siklus". */
  readonly tindakan: string;
  readonly rincian: string;
  /** Who did it, when not the caller of `catatLog` (an entry that waited for a later run). */
  readonly pengguna?: string;
}

export const PESAN_LOG =
  'Anda belum menjadi editor tab Log. Minta pemilik spreadsheet atau admin lain menjalankan Laporan Kinerja ▸ Siapkan lembar kerja sekali lagi, agar daftar admin diperbarui.';

/**
 * Throws `PESAN_LOG` when the running user could not write the Log tab (an admin added to
 * Pengaturan after the Log's editors were last set). Call it before an action changes anything.
 */
export function periksaLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if (!bisaMenulisLog(ss)) throw new Error(PESAN_LOG);
}

/** Whether the running user can write the Log tab (true while it does not exist yet). */
export function bisaMenulisLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return bisaMengubahTab(ss, TAB_LOG);
}

function lindungi(sheet: GoogleAppsScript.Spreadsheet.Sheet, saya: string, admin: readonly string[]): void {
  aturEditor(sheet.protect().setDescription('Log Lapkin: hanya diubah oleh skrip'), saya, admin);
}

/**
 * Creates the Log tab, or repairs it (run by "Siapkan lembar kerja"): a missing header row is put
 * back above the rows. Its protection's editors are set with every Lapkin tab's (proteksi-admin.ts).
 */
export function siapkanLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, admin: readonly string[]): void {
  const ada = ss.getSheetByName(TAB_LOG);
  if (!ada) {
    tabLog(ss, saya, admin);
    return;
  }
  const baris = ada.getLastRow();
  const atas = ada.getRange(1, 1, Math.max(baris, 1), JUDUL.length).getValues();
  if (atas[0][0] === JUDUL[0]) return;
  pasangJudul(ada, JUDUL, baris === 0 ? [] : atas);
}

function tabLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, admin: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const ada = ss.getSheetByName(TAB_LOG);
  if (ada) return ada;
  // Rows stay (the Log grows into them); columns are cut to the Log's four (ukuran-tab.ts).
  const sheet = tabBaru(ss, TAB_LOG, 1000, JUDUL.length);
  // Protected at once: a creation cut off later still leaves a Log only scripts and admins change.
  lindungi(sheet, saya, admin);
  // Columns B–D hold text people typed (names, notes): plain text so nothing runs as a formula.
  sheet.getRange(1, 1, sheet.getMaxRows(), JUDUL.length).setNumberFormats(
    Array.from({ length: sheet.getMaxRows() }, () => ['yyyy-mm-dd hh:mm:ss', '@', '@', '@']),
  );
  sheet.getRange(1, 1, 1, JUDUL.length).setValues([JUDUL]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 2, 180);
  sheet.setColumnWidths(3, 2, 320);
  return sheet;
}

/** Whether a row of the Log satisfies `cocok` (one read of the Tindakan and Rincian columns). */
export function adaCatatan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, cocok: (tindakan: string, rincian: string) => boolean): boolean {
  const sheet = ss.getSheetByName(TAB_LOG);
  const jumlah = sheet ? sheet.getLastRow() - 1 : 0;
  if (!sheet || jumlah < 1) return false;
  return sheet.getRange(2, 3, jumlah, 2).getValues().some((r) => cocok(String(r[0]), String(r[1])));
}

/** One Log row of `tindakan` by `siapa` (the admins are the editors of a newly created Log tab). */
export function catat(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  siapa: { readonly email: string; readonly adminEmails: readonly string[] },
  tindakan: string,
  rincian: string,
): void {
  catatLog(ss, siapa.email, siapa.adminEmails, [{ tindakan, rincian }]);
}

/**
 * Appends `entri` as rows (one setValues). `pengguna` is the e-mail shown ('' → "(tidak diketahui)")
 * for entries without their own;
 * `admin` are the editors given to a newly created Log tab.
 */
export function catatLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  pengguna: string,
  admin: readonly string[],
  entri: readonly EntriLog[],
): void {
  if (entri.length === 0) return;
  const sheet = tabLog(ss, pengguna, admin);
  const waktu = new Date();
  const rows = entri.map((e) => {
    const siapa = e.pengguna ?? pengguna;
    return [waktu, siapa === '' ? '(tidak diketahui)' : siapa, e.tindakan, e.rincian];
  });
  tambahBaris(sheet, rows);
}
