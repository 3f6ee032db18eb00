/**
 * The sidebar's server API (google.script.run). Shapes are in `api-types.ts`:
 *   getPanelState(): PanelState                         — the cycle dashboard, for everyone
 *   siapkanLembarKerja(): HasilSiapkan                   — admin only
 *   getMulaiDiSini(): KeadaanMulaiDiSini                 — admin only; the first-run checklist (mulai-di-sini.ts)
 *   kosongkanTabIndikator(masukan?): HasilKosongkanIndikator — admin only; an empty Indikator tab to paste
 *     the PK into ('perlu-konfirmasi' when it holds typed rows, kept as "Indikator lama")
 *   siapkanSiklus(masukan: MasukanMulaiSiklus): HasilMulaiSiklus — admin only; the persiapan: the
 *     cycle and its SOP status, no bidang tab yet (mulai-siklus.ts)
 *   mulaiSiklus(masukan: MasukanMulaiSiklus): HasilMulaiSiklus — admin only; opens the bidang tabs
 *     (preparing the period on the way when it was not); answer 'perlu-konfirmasi' means: ask,
 *     then call again with `konfirmasi: true`
 *   buatTabRekap(masukan?: MasukanBuatRekap): HasilBuatRekap — admin only; the recap tab of the
 *     open cycle (or the period asked for), rebuilt in place
 *   buatRekapDenganDraf(): HasilBuatRekap                — the same with drafts included and marked
 *   buatDokumenLkj(masukan?: MasukanBuatRekap): HasilBuatDokumen — admin only; a new LKj draft (Google Doc)
 *   buatDokumenLkjDenganDraf(): HasilBuatDokumen         — the same with drafts included and marked
 *   buatNotaDinas(): HasilBuatDokumen                    — admin only; the open cycle's request for data
 *   buatSuratPeringatan(): HasilBuatDokumen              — admin only; a letter to each bidang late past
 *     the start of the week after the deadline ('ditolak' when there is none)
 *   simpanTriwulanSebelumnya(): HasilAksi                — admin only; the closed quarters the admin typed
 *     into the bidang tabs become those quarters' submissions (an office starting mid-year)
 * Failures (not an admin, the lock busy, Google not telling who you are) arrive as an Error
 * with an Indonesian message in the failure handler.
 */
import { BARIS_DATA_PERTAMA, posisiKolom, SEL_KIRIM_A1, SEL_STATUS } from '../core/lembar-bidang';
import { labelPeriode, labelSiklus } from '../core/periode';
import { LABEL_STATUS, statusTampil, tanggalTampil, type StatusSiklus } from '../core/siklus';
import { dokumenTerbaru } from '../gas/dokumen-simpan';
import { siklusAktif, triwulanTanpaSiklus } from '../gas/siklus-store';
import { hariIni } from '../gas/sop-waktu';
import { penjalan } from './akses';
import { panelSop } from './sop';
import type { BidangPanel, BidangSaya, DokumenPanel, PanelState, SiklusPanel } from './api-types';
import { namaTabRekap } from '../core/nama-tab';
import { tahapSiklus, type Tahap } from '../core/tahap';
import { tautanTab } from './kirim';
import { spreadsheetAktif } from '../gas/spreadsheet';

export type { BidangPanel, DokumenPanel, HasilBuatDokumen, HasilBuatRekap, HasilMulaiSiklus, HasilSiapkan, MasukanBuatRekap, MasukanMulaiSiklus, PanelState, SiklusPanel } from './api-types';
export { mulaiSiklus, siapkanSiklus } from './mulai-siklus';
export { buatRekapDenganDraf, buatTabRekap } from './rekap';
export { buatDokumenLkj, buatDokumenLkjDenganDraf } from './lkj';
export { buatNotaDinas, buatSuratPeringatan } from './surat';
export { siapkanLembarKerja } from './siapkan';
export { tandaiLangkahSop } from './sop';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Counts rows of a bidang tab with a realisasi or (rasio rows) a pembilang (one read of the two neighbouring columns), with the tab's link. */
function isian(ss: Spreadsheet, s: StatusSiklus, tab: string): { terisi: number; jumlah: number; url: string } {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return { terisi: 0, jumlah: 0, url: '' };
  const url = tautanTab(ss, sheet);
  const jumlah = sheet.getLastRow() - BARIS_DATA_PERTAMA + 1;
  if (jumlah < 1) return { terisi: 0, jumlah: 0, url };
  const nilai = sheet.getRange(BARIS_DATA_PERTAMA, posisiKolom(s.periode, 'realisasi'), jumlah, 2).getValues();
  return { terisi: nilai.filter((r) => r.some((v) => v !== '' && v !== null)).length, jumlah, url };
}

function siklusPanel(ss: Spreadsheet, s: StatusSiklus, admin: boolean): SiklusPanel {
  const hari = hariIni(ss);
  const bidang = s.bidang.map((b): BidangPanel => {
    const { terisi, jumlah, url } = isian(ss, s, b.tab);
    const tersimpan = b.status === 'belum-diisi' && terisi > 0 ? { ...b, status: 'sedang-diisi' as const } : b;
    const status = statusTampil(tersimpan, s.batasWaktu, hari);
    return { kode: b.kode, nama: b.nama, tab: b.tab, status, labelStatus: LABEL_STATUS[status], terisi, jumlahIndikator: jumlah, url };
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
    persiapan: s.persiapan === true,
    bidang,
    terkirim: s.bidang.filter((b) => b.status === 'terkirim').length,
    jumlahBidang: s.bidang.length,
    triwulanTanpaSiklus: admin ? triwulanTanpaSiklus(s).map(labelPeriode) : [],
  };
}

/** The admin's stage of the open cycle (core/tahap.ts). */
function tahapPanel(ss: Spreadsheet, s: StatusSiklus | null, panel: SiklusPanel | null, dokumen: readonly DokumenPanel[]): Tahap {
  return tahapSiklus({
    siklus: panel && {
      lengkap: panel.lengkap,
      terkirim: panel.terkirim,
      jumlahBidang: panel.jumlahBidang,
      lewatBatas: hariIni(ss) > panel.batasWaktu,
    },
    adaRekap: s !== null && ss.getSheetByName(namaTabRekap(s.periode, s.tahun)) !== null,
    adaDrafLkj: s !== null && dokumen.some((d) => d.jenis === 'Draf LKj' && d.dibuat >= s.dimulai),
  });
}

/** The bidang `email` fills, with the Kirim cell and, when returned, the admin's reason (one note read each). */
function bidangSaya(ss: Spreadsheet, s: StatusSiklus, panel: SiklusPanel, email: string): BidangSaya[] {
  return panel.bidang
    .filter((b) => email !== '' && (s.bidang.find((x) => x.kode === b.kode)?.editor ?? []).includes(email))
    .map((b) => {
      const sheet = b.status === 'dikembalikan' ? ss.getSheetByName(b.tab) : null;
      const alasanKembali = sheet ? sheet.getRange(SEL_STATUS.baris, SEL_STATUS.kolom).getNote() : '';
      return { ...b, selKirim: SEL_KIRIM_A1, alasanKembali };
    });
}

export function getPanelState(): PanelState {
  const ss = spreadsheetAktif();
  const siapa = penjalan(ss);
  const siklus = siklusAktif();
  const panel = siklus ? siklusPanel(ss, siklus, siapa.admin) : null;
  const dokumen = siapa.admin ? dokumenTerbaru() : [];
  return {
    spreadsheetName: ss.getName(),
    pengguna: siapa.email,
    admin: siapa.admin,
    siklus: panel,
    dokumen,
    sop: siklus ? panelSop(ss, siklus, siapa) : null,
    tahap: siapa.admin ? tahapPanel(ss, siklus, panel, dokumen) : null,
    bidangSaya: !siapa.admin && siklus && panel && !siklus.persiapan ? bidangSaya(ss, siklus, panel, siapa.email) : [],
  };
}
