/**
 * The sidebar's server API (google.script.run). Shapes are in `api-types.ts`:
 *   getPanelState(): PanelState                         — the cycle dashboard, for everyone
 *   siapkanLembarKerja(): HasilSiapkan                   — admin only
 *   mulaiSiklus(masukan: MasukanMulaiSiklus): HasilMulaiSiklus — admin only; answer
 *     'perlu-konfirmasi' means: ask, then call again with `konfirmasi: true`
 * Failures (not an admin, the lock busy, Google not telling who you are) arrive as an Error
 * with an Indonesian message in the failure handler.
 */
import { BARIS_DATA_PERTAMA, posisiKolom } from '../core/lembar-bidang';
import { labelPeriode } from '../core/periode';
import { LABEL_STATUS, statusTampil, tanggalTampil, type StatusSiklus } from '../core/siklus';
import { siklusAktif } from '../gas/siklus-store';
import { penjalan } from './akses';
import type { BidangPanel, PanelState, SiklusPanel } from './api-types';

export type { BidangPanel, HasilMulaiSiklus, HasilSiapkan, MasukanMulaiSiklus, PanelState, SiklusPanel } from './api-types';
export { mulaiSiklus } from './mulai-siklus';
export { siapkanLembarKerja } from './siapkan';

/** Counts filled realisasi cells of a bidang tab (one read). */
function isian(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: StatusSiklus, tab: string): { terisi: number; jumlah: number } {
  const sheet = ss.getSheetByName(tab);
  const jumlah = sheet ? sheet.getLastRow() - BARIS_DATA_PERTAMA + 1 : 0;
  if (!sheet || jumlah < 1) return { terisi: 0, jumlah: 0 };
  const nilai = sheet.getRange(BARIS_DATA_PERTAMA, posisiKolom(s.periode, 'realisasi'), jumlah, 1).getValues();
  return { terisi: nilai.filter((r) => r[0] !== '' && r[0] !== null).length, jumlah };
}

function siklusPanel(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: StatusSiklus): SiklusPanel {
  const hariIni = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  const bidang = s.bidang.map((b): BidangPanel => {
    const { terisi, jumlah } = isian(ss, s, b.tab);
    const tersimpan = b.status === 'belum-diisi' && terisi > 0 ? { ...b, status: 'sedang-diisi' as const } : b;
    const status = statusTampil(tersimpan, s.batasWaktu, hariIni);
    return { kode: b.kode, nama: b.nama, tab: b.tab, status, labelStatus: LABEL_STATUS[status], terisi, jumlahIndikator: jumlah };
  });
  return {
    id: s.id,
    periode: s.periode,
    label: `${labelPeriode(s.periode)} ${s.tahun}`,
    tahun: s.tahun,
    batasWaktu: s.batasWaktu,
    batasWaktuTampil: tanggalTampil(s.batasWaktu),
    dimulai: s.dimulai,
    catatan: s.catatan,
    lengkap: s.lengkap,
    bidang,
    terkirim: s.bidang.filter((b) => b.status === 'terkirim').length,
    jumlahBidang: s.bidang.length,
  };
}

export function getPanelState(): PanelState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const siapa = penjalan(ss);
  const siklus = siklusAktif();
  return {
    spreadsheetName: ss.getName(),
    pengguna: siapa.email,
    admin: siapa.admin,
    siklus: siklus ? siklusPanel(ss, siklus) : null,
  };
}
