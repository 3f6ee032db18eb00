/**
 * "Laporan Kinerja ▸ Diagnostik" (admin only): runs the emulator's beliefs about Apps Script on the
 * real services, shows pass or fail per behaviour in a modal dialog and returns the same as data.
 */
import { htmlLaporan, jalankanDiagnostik, type HasilDiagnostik } from '../gas/diagnostik/index';
import { emailPemilik } from '../gas/pengguna';
import { penjalan, wajibAdmin } from './akses';
import { spreadsheetAktif, ui } from '../gas/spreadsheet';

export type { HasilCek, HasilDiagnostik } from '../gas/diagnostik/index';

export function menuDiagnostik(): HasilDiagnostik {
  const ss = spreadsheetAktif();
  const siapa = penjalan(ss);
  wajibAdmin(siapa);
  const hasil = jalankanDiagnostik(ss, siapa.email, emailPemilik(ss));
  const html = HtmlService.createHtmlOutput(htmlLaporan(hasil)).setWidth(900).setHeight(600);
  ui().showModalDialog(html, 'Diagnostik Lapkin');
  return hasil;
}
