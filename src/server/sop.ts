/**
 * SOP tracking of the open cycle (issue 8). The record (src/gas/sop-store.ts) is made at the
 * cycle's persiapan (Siapkan siklus, or Mulai siklus on the way), advanced by the cycle's own events through `peristiwaSop` (call it inside the calling
 * operation's document lock), and marked by hand from the sidebar by the role that performs a
 * step (`tandaiLangkahSop`). Every change rewrites the "Status SOP <periode>" tab and goes to the
 * Log; a change by someone who cannot write those admins-only tabs waits in the record until the
 * next run with admin authority (any later event, or the hourly `perbaruiStatusSop` trigger).
 */
import { labelSiklus } from '../core/periode';
import type { StatusSiklus } from '../core/siklus';
import { rencanaJadwal } from '../core/sop/jadwal';
import { namaLangkah } from '../core/sop/langkah';
import {
  daftarTerlambat,
  formatWaktuLokal,
  judulSop,
  LABEL_STATUS_LANGKAH,
  labelStatusLangkah,
  namaTabStatusSop,
  ringkasRekam,
  sumberSop,
  terapkanPetaTab,
  uraianPerubahan,
  waktuSop,
  type RekamSop,
} from '../core/sop/lembar';
import type { Peristiwa, SopTemplate, WaktuLokal } from '../core/sop/model';
import { alasanTidakBoleh } from '../core/sop/peran';
import { LABEL_PERISTIWA } from '../core/sop/peristiwa';
import { buatStatusSop, tandaiManual, terapkanPeristiwa, type StatusSop } from '../core/sop/status';
import type { Konfigurasi } from '../core/types';
import { withDocumentLock } from '../gas/kunci';
import { bisaMenulisLog, catatLog, type EntriLog } from '../gas/log';
import { pastikanPemicuSop } from '../gas/pemicu';
import { PESAN_TANPA_EMAIL, emailEfektif, emailPengguna } from '../gas/pengguna';
import { siklusAktif } from '../gas/siklus-store';
import { peranPengguna } from '../gas/sop-peran';
import { bacaRekamSop, simpanRekamSop } from '../gas/sop-store';
import { bacaKolomPeristiwa, tabStatusTerkunci, tulisTabStatus } from '../gas/sop-tab';
import { sekarangLokal, waktuLokalDari } from '../gas/sop-waktu';
import { penjalan, wajibAdmin, type Penjalan } from './akses';
import type { HasilTandaiSop, MasukanTandaiSop, SopPanel } from './api-types';
import { bacaKonfigurasiSs, kalenderDari } from './konfigurasi';
import { spreadsheetAktif } from '../gas/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OLEH_LAPKIN = 'Lapkin';

/** The record with the admin's event mapping from the status tab applied. */
function denganPeta(ss: Spreadsheet, rekam: RekamSop): RekamSop {
  const kolom = bacaKolomPeristiwa(ss, rekam);
  return kolom ? terapkanPetaTab(rekam, kolom) : rekam;
}

/**
 * Saves `sesudah`. Running with admin authority (an admin, or a trigger an admin installed: the
 * effective user can write the admins-only status tab, and so the Log), writes the Log entries
 * waiting in the record and this change's entry, then the whole status tab; otherwise the entry
 * waits in the record.
 */
function simpan(ss: Spreadsheet, sebelum: StatusSop, sesudah: RekamSop, pengguna: string, tindakan: string, sekarang: WaktuLokal): void {
  const perubahan = uraianPerubahan(sebelum, sesudah.status);
  const entri: EntriLog[] = perubahan.length > 0 ? [{ tindakan, rincian: `${sesudah.label}: ${perubahan.join('; ')}` }] : [];
  const admin = penjalan(ss).adminEmails;
  if (!denganWewenangAdmin(ss, sesudah, admin)) {
    const tunda = entri.map((e) => ({ pengguna, tindakan: e.tindakan, rincian: `${e.rincian} (dicatat ${formatWaktuLokal(sekarang)})` }));
    simpanRekamSop({ ...sesudah, tertunda: [...sesudah.tertunda, ...tunda] });
    return;
  }
  catatLog(ss, pengguna, admin, [...sesudah.tertunda, ...entri]);
  const rekam = { ...sesudah, tertunda: [] };
  simpanRekamSop(rekam);
  tulisTabStatus(ss, rekam, sekarang, pengguna, admin);
}

/**
 * Whether this run has admin authority over the SOP tabs: the effective user (the person, or the
 * admin whose trigger runs) is an admin who can write the Log and the status tab. Never a path that
 * creates those tabs as a non-admin, who would become their editor.
 */
function denganWewenangAdmin(ss: Spreadsheet, rekam: RekamSop, admin: readonly string[]): boolean {
  return admin.includes(emailEfektif()) && !tabStatusTerkunci(ss, rekam) && bisaMenulisLog(ss);
}

/**
 * The persiapan (inside the lock of Siapkan or Mulai siklus): the record and the status tab,
 * planned from the cycle's start in working time, every step open — the nota dinas chain is
 * tracked from here, and Mulai siklus's 'siklus-dimulai' follows when the tabs open. A record
 * already made is kept as it is; its tab is written when a run cut off before it.
 */
export function siapkanSop(ss: Spreadsheet, siklus: StatusSiklus, template: SopTemplate, k: Konfigurasi, siapa: Penjalan): void {
  const sekarang = sekarangLokal(ss);
  const ada = bacaRekamSop(siklus.id);
  if (ada) {
    if (!ss.getSheetByName(ada.tab)) simpan(ss, ada.status, ada, siapa.email, 'SOP', sekarang);
    return;
  }
  const kalender = kalenderDari(k);
  const jadwal = rencanaJadwal(template, waktuLokalDari(new Date(siklus.dimulai), ss.getSpreadsheetTimeZone()), kalender);
  const label = labelSiklus(siklus);
  const awal = buatStatusSop(template, jadwal);
  const rekam: RekamSop = {
    siklusId: siklus.id,
    label,
    tab: namaTabStatusSop(label),
    judul: judulSop(template, k.pengaturan.instansi),
    sumber: sumberSop(template),
    catatanSumber: template.catatanSumber,
    totalSumber: template.totalWaktu ?? '',
    kalender,
    totalWaktu: jadwal.totalWaktu,
    status: awal,
    tertunda: [],
  };
  simpan(ss, awal, rekam, siapa.email, 'SOP', sekarang);
  pastikanPemicuSop(siapa.email, siapa.adminEmails);
}

export interface OpsiPeristiwaSop {
  /** Who caused the event (a submitter's e-mail); default 'Lapkin'. */
  readonly oleh?: string;
  /** For 'bidang-mengirim': how many bidang have submitted, of how many. */
  readonly terkirim?: number;
  readonly jumlahBidang?: number;
  /** For 'surat-peringatan-dibuat': the step's note. */
  readonly catatan?: string;
}

/**
 * The hook for the cycle's operations; call it inside their document lock. When the last bidang
 * is in, a 'bidang-mengirim' also counts as 'semua-terkirim'. Does nothing when the open cycle has
 * no SOP record (started before SOP tracking).
 */
export function peristiwaSop(ss: Spreadsheet, peristiwa: Peristiwa, opsi: OpsiPeristiwaSop = {}): void {
  const siklus = siklusAktif();
  const rekam = siklus ? bacaRekamSop(siklus.id) : null;
  if (!rekam) return;
  const sekarang = sekarangLokal(ss);
  const dipetakan = denganPeta(ss, rekam);
  const o = { ...opsi, oleh: opsi.oleh ?? OLEH_LAPKIN, waktu: sekarang };
  let status = terapkanPeristiwa(dipetakan.status, peristiwa, o);
  const semua = peristiwa === 'bidang-mengirim' && o.terkirim !== undefined && o.jumlahBidang !== undefined && o.terkirim >= o.jumlahBidang;
  if (semua) status = terapkanPeristiwa(status, 'semua-terkirim', o);
  simpan(ss, rekam.status, { ...dipetakan, status }, emailPengguna(), `SOP: ${LABEL_PERISTIWA[semua ? 'semua-terkirim' : peristiwa]}`, sekarang);
}

function rekamAktif(): { siklus: StatusSiklus; rekam: RekamSop } {
  const siklus = siklusAktif();
  if (!siklus) throw new Error('Belum ada siklus berjalan.');
  const rekam = bacaRekamSop(siklus.id);
  if (!rekam) throw new Error(`Siklus ${labelSiklus(siklus)} belum memiliki status SOP. Jalankan Mulai siklus untuk siklus baru.`);
  return { siklus, rekam };
}

/** The roles of the running user (three reads); null when the configuration has problems. */
function peranSaya(ss: Spreadsheet, siapa: Penjalan): ReturnType<typeof peranPengguna> | null {
  const { hasil } = bacaKonfigurasiSs(ss);
  return hasil.ok ? peranPengguna(siapa.email, siapa.admin, hasil.konfigurasi) : null;
}

/**
 * google.script.run: marks a step done (or, for the admin, skipped or corrected) with a note, as
 * the role the caller holds. A role that does not perform the step is refused.
 */
export function tandaiLangkahSop(masukan: MasukanTandaiSop): HasilTandaiSop {
  const ss = spreadsheetAktif();
  return withDocumentLock(() => {
    const siapa = penjalan(ss);
    if (siapa.email === '') throw new Error(PESAN_TANPA_EMAIL);
    const { rekam } = rekamAktif();
    const peran = peranSaya(ss, siapa);
    if (peran === null) throw new Error('Konfigurasi belum benar; minta admin menjalankan Siapkan lembar kerja dan memperbaikinya.');
    if (peran.length === 0) {
      throw new Error('Anda tidak tercatat sebagai pelaksana SOP (admin, Kasubbag, Kabid, staf bidang, atau e-mail peran di tab Pengaturan).');
    }
    const dipetakan = denganPeta(ss, rekam);
    const sekarang = sekarangLokal(ss);
    const catatan = (masukan.catatan ?? '').trim();
    let penolakan = '';
    for (const p of peran) {
      const hasil = tandaiManual(dipetakan.status, masukan.urutan, {
        peran: p,
        oleh: siapa.email,
        waktu: sekarang,
        ...(catatan !== '' ? { catatan } : {}),
        ...(masukan.status ? { status: masukan.status } : {}),
      });
      if (hasil.ok) {
        const tindakan = p === 'admin' ? 'SOP: koreksi admin' : 'SOP: tandai langkah';
        simpan(ss, rekam.status, { ...dipetakan, status: hasil.status }, siapa.email, tindakan, sekarang);
        const l = hasil.status.langkah[masukan.urutan - 1];
        return { pesan: `${namaLangkah(l, true)} ditandai ${LABEL_STATUS_LANGKAH[l.status].toLowerCase()}.` };
      }
      penolakan = penolakan || hasil.pesan;
    }
    throw new Error(penolakan);
  });
}

/**
 * Hourly trigger (installed at Mulai siklus, runs as the admin who made it): late rows coloured,
 * waiting Log rows written. Called any other way (google.script.run reaches every top-level
 * function), it runs with the caller's authority: only an admin's call does anything.
 */
export function perbaruiStatusSop(): void {
  const ss = spreadsheetAktif();
  wajibAdmin(penjalan(ss, emailEfektif()));
  withDocumentLock(() => {
    const siklus = siklusAktif();
    const rekam = siklus ? bacaRekamSop(siklus.id) : null;
    if (rekam) simpan(ss, rekam.status, denganPeta(ss, rekam), emailPengguna(), 'SOP', sekarangLokal(ss));
  });
}

/** The sidebar's SOP view of the open cycle; null when it has no record. */
export function panelSop(ss: Spreadsheet, siklus: StatusSiklus, siapa: Penjalan): SopPanel | null {
  const rekam = bacaRekamSop(siklus.id);
  if (!rekam) return null;
  const sekarang = sekarangLokal(ss);
  const belum = siklus.bidang.filter((b) => b.status !== 'terkirim').map((b) => b.nama);
  const ringkas = ringkasRekam(rekam, sekarang, belum);
  const peran = (siapa.email === '' ? null : peranSaya(ss, siapa)) ?? [];
  const waktu = waktuSop(rekam, sekarang);
  return {
    judul: rekam.judul,
    tab: rekam.tab,
    saatIni: ringkas.saatIni ? `${namaLangkah(ringkas.saatIni, true)}: ${ringkas.saatIni.kegiatan}` : null,
    urutanSaatIni: ringkas.saatIni?.urutan ?? null,
    menunggu: ringkas.menunggu,
    terlambat: daftarTerlambat(ringkas.langkah, rekam.kalender),
    standarWaktu: waktu.standar,
    waktuBerjalan: waktu.berjalan,
    langkah: ringkas.langkah.map((l) => ({
      urutan: l.urutan,
      nama: namaLangkah(l, true),
      kegiatan: l.kegiatan,
      pelaksana: l.pelaksana,
      status: l.status,
      labelStatus: labelStatusLangkah(l),
      tenggat: l.adaStandarWaktu ? formatWaktuLokal(l.rencanaTenggat) : '',
      oleh: l.oleh,
      catatan: l.catatan,
      bolehDitandai: peran.some((p) => alasanTidakBoleh(p, l) === null),
    })),
  };
}
