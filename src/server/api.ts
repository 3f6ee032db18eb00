/**
 * The sidebar's server API (google.script.run). Shapes are in `api-types.ts`:
 *   getPanelState(): PanelState                         — the cycle dashboard, for everyone
 *   siapkanLembarKerja(): HasilSiapkan                   — admin only
 *   getMulaiDiSini(): KeadaanMulaiDiSini                 — admin only; the first-run checklist (mulai-di-sini.ts)
 *   kosongkanTabIndikator(masukan?): HasilKosongkanIndikator — admin only; an empty Indikator tab to paste
 *     the PK into ('perlu-konfirmasi' when it holds typed rows, kept as "Indikator lama")
 *   mulaiSiklus(masukan: MasukanMulaiSiklus): HasilMulaiSiklus — admin only; answer
 *     'perlu-konfirmasi' means: ask, then call again with `konfirmasi: true`
 *   buatTabRekap(masukan?: MasukanBuatRekap): HasilBuatRekap — admin only; the recap tab of the
 *     open cycle (or the period asked for), rebuilt in place
 *   buatRekapDenganDraf(): HasilBuatRekap                — the same with drafts included and marked
 *   buatDokumenLkj(masukan?: MasukanBuatRekap): HasilBuatDokumen — admin only; a new LKj draft (Google Doc)
 *   buatDokumenLkjDenganDraf(): HasilBuatDokumen         — the same with drafts included and marked
 *   buatNotaDinas(): HasilBuatDokumen                    — admin only; the open cycle's request for data
 *   buatSuratPeringatan(): HasilBuatDokumen              — admin only; a letter to each bidang late past
 *     the start of the week after the deadline ('ditolak' when there is none)
 * Failures (not an admin, the lock busy, Google not telling who you are) arrive as an Error
 * with an Indonesian message in the failure handler.
 */
import { BARIS_DATA_PERTAMA, posisiKolom } from '../core/lembar-bidang';
import { labelSiklus } from '../core/periode';
import { LABEL_STATUS, statusTampil, tanggalTampil, type StatusSiklus } from '../core/siklus';
import { dokumenTerbaru } from '../gas/dokumen-simpan';
import { siklusAktif } from '../gas/siklus-store';
import { hariIni } from '../gas/sop-waktu';
import { penjalan } from './akses';
import { panelSop } from './sop';
import type { BidangPanel, PanelState, SiklusPanel } from './api-types';
import { spreadsheetAktif } from '../gas/spreadsheet';

export type { BidangPanel, DokumenPanel, HasilBuatDokumen, HasilBuatRekap, HasilMulaiSiklus, HasilSiapkan, MasukanBuatRekap, MasukanMulaiSiklus, PanelState, SiklusPanel } from './api-types';
export { mulaiSiklus } from './mulai-siklus';
export { buatRekapDenganDraf, buatTabRekap } from './rekap';
export { buatDokumenLkj, buatDokumenLkjDenganDraf } from './lkj';
export { buatNotaDinas, buatSuratPeringatan } from './surat';
export { siapkanLembarKerja } from './siapkan';
export { tandaiLangkahSop } from './sop';

/** Counts filled realisasi cells of a bidang tab (one read). */
function isian(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: StatusSiklus, tab: string): { terisi: number; jumlah: number } {
  const sheet = ss.getSheetByName(tab);
  const jumlah = sheet ? sheet.getLastRow() - BARIS_DATA_PERTAMA + 1 : 0;
  if (!sheet || jumlah < 1) return { terisi: 0, jumlah: 0 };
  const nilai = sheet.getRange(BARIS_DATA_PERTAMA, posisiKolom(s.periode, 'realisasi'), jumlah, 1).getValues();
  return { terisi: nilai.filter((r) => r[0] !== '' && r[0] !== null).length, jumlah };
}

function siklusPanel(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: StatusSiklus): SiklusPanel {
  const hari = hariIni(ss);
  const bidang = s.bidang.map((b): BidangPanel => {
    const { terisi, jumlah } = isian(ss, s, b.tab);
    const tersimpan = b.status === 'belum-diisi' && terisi > 0 ? { ...b, status: 'sedang-diisi' as const } : b;
    const status = statusTampil(tersimpan, s.batasWaktu, hari);
    return { kode: b.kode, nama: b.nama, tab: b.tab, status, labelStatus: LABEL_STATUS[status], terisi, jumlahIndikator: jumlah };
  });
  return {
    id: s.id,
    periode: s.periode,
    label: labelSiklus(s),
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
  const ss = spreadsheetAktif();
  const siapa = penjalan(ss);
  const siklus = siklusAktif();
  return {
    spreadsheetName: ss.getName(),
    pengguna: siapa.email,
    admin: siapa.admin,
    siklus: siklus ? siklusPanel(ss, siklus) : null,
    dokumen: siapa.admin ? dokumenTerbaru() : [],
    sop: siklus ? panelSop(ss, siklus, siapa) : null,
  };
}
