/**
 * The protected Log tab: one row per action of Lapkin (when, who, what, details), written in
 * one batched call per action. Reusable by every capability: call `catatLog` inside the
 * document lock with all the entries of the action.
 */
import { aturEditor } from './proteksi';

export const TAB_LOG = 'Log';
const JUDUL = ['Waktu', 'Pengguna', 'Tindakan', 'Rincian'];

export interface EntriLog {
  /** Short verb phrase, e.g. "Mulai siklus". */
  readonly tindakan: string;
  readonly rincian: string;
}

export const PESAN_LOG =
  'Anda belum menjadi editor tab Log. Minta pemilik spreadsheet atau admin lain menjalankan Laporan Kinerja ▸ Siapkan lembar kerja sekali lagi, agar daftar admin diperbarui.';

function proteksiLog(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Protection | undefined {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
}

/**
 * Throws `PESAN_LOG` when the running user could not write the Log tab (an admin added to
 * Pengaturan after the Log's editors were last set). Call it before an action changes anything.
 */
export function periksaLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = ss.getSheetByName(TAB_LOG);
  const p = sheet ? proteksiLog(sheet) : undefined;
  if (p && !p.canEdit()) throw new Error(PESAN_LOG);
}

/** Creates the Log tab, or makes its editors exactly `admin` again (run by "Siapkan lembar kerja"). */
export function siapkanLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, admin: readonly string[]): void {
  const ada = ss.getSheetByName(TAB_LOG);
  const p = ada ? proteksiLog(ada) : undefined;
  if (!ada) tabLog(ss, saya, admin);
  else if (p && p.canEdit()) aturEditor(p, saya, admin);
}

function tabLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saya: string, admin: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const ada = ss.getSheetByName(TAB_LOG);
  if (ada) return ada;
  const sheet = ss.insertSheet(TAB_LOG);
  // Columns B–D hold text people typed (names, notes): plain text so nothing runs as a formula.
  sheet.getRange(1, 1, sheet.getMaxRows(), JUDUL.length).setNumberFormats(
    Array.from({ length: sheet.getMaxRows() }, () => ['yyyy-mm-dd hh:mm:ss', '@', '@', '@']),
  );
  sheet.getRange(1, 1, 1, JUDUL.length).setValues([JUDUL]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 2, 180);
  sheet.setColumnWidths(3, 2, 320);
  const p = sheet.protect().setDescription('Log Lapkin: hanya diubah oleh skrip');
  aturEditor(p, saya, admin);
  return sheet;
}

/**
 * Appends `entri` as rows (one setValues). `pengguna` is the e-mail shown ('' → "(tidak diketahui)");
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
  const siapa = pengguna === '' ? '(tidak diketahui)' : pengguna;
  const rows = entri.map((e) => [waktu, siapa, e.tindakan, e.rincian]);
  const mulai = sheet.getLastRow() + 1;
  const kurang = mulai + rows.length - 1 - sheet.getMaxRows();
  if (kurang > 0) sheet.insertRowsAfter(sheet.getMaxRows(), kurang);
  sheet.getRange(mulai, 1, rows.length, JUDUL.length).setValues(rows);
}
