/**
 * The "Riwayat Capaian" tab (src/core/riwayat.ts holds its row format): hidden, protected for the
 * admins, sized to its rows, rewritten as a whole by Tutup tahun (a few hundred rows a year).
 */
import { bacaRiwayat, gantiTahun, KOLOM_RIWAYAT, NAMA_TAB_RIWAYAT, riwayatKeBaris, type RiwayatIndikator } from '../core/riwayat';
import { aturEditor } from './proteksi';
import { isiTab, proteksiTab } from './spreadsheet';
import { tabBaru, ukurTab } from './ukuran-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every closed year's history (one read); [] before the first Tutup tahun. */
export function bacaRiwayatTab(ss: Spreadsheet): RiwayatIndikator[] {
  return bacaRiwayat(isiTab(ss, NAMA_TAB_RIWAYAT) ?? []);
}

/** Replaces year `tahun`'s rows with `baru` (one read, one write). Call under the document lock. */
export function tulisRiwayatTahun(ss: Spreadsheet, tahun: number, baru: readonly RiwayatIndikator[], saya: string, admin: readonly string[]): void {
  const semua = gantiTahun(bacaRiwayatTab(ss), tahun, baru);
  const sheet = ss.getSheetByName(NAMA_TAB_RIWAYAT) ?? tabBaru(ss, NAMA_TAB_RIWAYAT, 1, KOLOM_RIWAYAT.length);
  if (!proteksiTab(sheet)) aturEditor(sheet.protect().setDescription('Riwayat capaian per tahun: hanya diubah oleh skrip'), saya, admin);
  const rows = [KOLOM_RIWAYAT, ...semua.map(riwayatKeBaris)];
  // At least one row below the frozen header: Sheets keeps a non-frozen row.
  ukurTab(sheet, Math.max(rows.length, 2), KOLOM_RIWAYAT.length);
  sheet.getRange(1, 1, rows.length, KOLOM_RIWAYAT.length).setValues(rows.map((r) => [...r]));
  sheet.getRange(1, 1, 1, KOLOM_RIWAYAT.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
}
