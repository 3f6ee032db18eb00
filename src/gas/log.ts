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
