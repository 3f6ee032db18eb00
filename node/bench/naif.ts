/**
 * The cell-by-cell baseline: the recap Lapkin just wrote, as a naive script would build it — one
 * `getValue` per archived cell it reads (Arsip Kiriman, this cycle's rows) and one `setValue` per
 * cell of the recap tab it writes, into a copy tab of the same size. Run on the same emulator, so
 * its calls and modelled time stand beside the recap's in the bench JSON.
 */
import { NAMA_TAB_ARSIP, KOLOM_ARSIP } from '../../src/core/arsip';
import { judulRekap } from '../../src/core/rekap/buat';
import type { Emulator } from '../emulator/index';
import { ADMIN } from './beban';
import { modelMs } from './latensi';
import { selDari } from './sel';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export function rekapNaif(emu: Emulator): { calls: number; modelledMs: number } {
  const app = emu.globals().SpreadsheetApp as SpreadsheetApp;
  const sejak = emu.ws.calls.length;
  emu.ws.run({ email: ADMIN }, () => {
    const ss = app.getActiveSpreadsheet();
    const arsip = ss.getSheetByName(NAMA_TAB_ARSIP)!;
    const rekap = ss.getSheetByName(judulRekap('TW1', 2026))!;
    const baris = arsip.getLastRow();
    for (let r = 2; r <= baris; r++) for (let c = 1; c <= KOLOM_ARSIP.length; c++) arsip.getRange(r, c).getValue();
    const [tinggi, lebar] = [rekap.getLastRow(), rekap.getLastColumn()];
    const salinan = ss.insertSheet('Rekap naif');
    if (salinan.getMaxRows() < tinggi) salinan.insertRowsAfter(salinan.getMaxRows(), tinggi - salinan.getMaxRows());
    if (salinan.getMaxColumns() < lebar) salinan.insertColumnsAfter(salinan.getMaxColumns(), lebar - salinan.getMaxColumns());
    // The values to write come from the recap Lapkin built (read in one call, outside the count below).
    const nilai = rekap.getRange(1, 1, tinggi, lebar).getValues();
    for (let r = 1; r <= tinggi; r++) for (let c = 1; c <= lebar; c++) if (nilai[r - 1][c - 1] !== '') salinan.getRange(r, c).setValue(nilai[r - 1][c - 1]);
  });
  const calls = emu.ws.calls.slice(sejak).filter((c) => !(c.method === 'Range.getValues'));
  return { calls: calls.length, modelledMs: Math.round(modelMs(calls, selDari)) };
}
