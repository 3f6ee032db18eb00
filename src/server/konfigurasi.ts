/** The configuration as the entry points use it: read once, its problems answered one way, and the rules derived from it. */
import type { AturanCapaian } from '../core/capaian';
import { bacaKonfigurasi, uraianMasalah, type GridKonfigurasi, type HasilKonfigurasi } from '../core/konfigurasi/index';
import type { Kalender } from '../core/sop/model';
import type { Konfigurasi, Masalah } from '../core/types';
import { bacaGridKonfigurasi } from '../gas/tab-konfigurasi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The three tabs (one read each) and what they say. */
export function bacaKonfigurasiSs(ss: Spreadsheet): { grid: GridKonfigurasi; hasil: HasilKonfigurasi } {
  const grid = bacaGridKonfigurasi(ss);
  return { grid, hasil: bacaKonfigurasi(grid) };
}

/** The answer 'masalah': the problems, and one Indonesian line per problem in `uraian`. */
export interface HasilMasalah {
  status: 'masalah';
  pesan: string;
  masalah: Masalah[];
  uraian: string[];
}

/** The answer 'ditolak': nothing was done, and `pesan` says why. */
export interface Ditolak {
  status: 'ditolak';
  pesan: string;
}

/** The answer 'masalah': "<apa> belum benar (n masalah). Perbaiki lalu coba lagi.", one line per problem. */
export function hasilMasalah(apa: string, masalah: readonly Masalah[]): HasilMasalah {
  return { status: 'masalah', pesan: `${apa} belum benar (${masalah.length} masalah). Perbaiki lalu coba lagi.`, masalah: [...masalah], uraian: masalah.map(uraianMasalah) };
}

/** The answer 'ditolak'. */
export function ditolak(pesan: string): Ditolak {
  return { status: 'ditolak', pesan };
}

/** The configuration, or an Error naming how many problems it has. */
export function konfigurasiSah(ss: Spreadsheet): Konfigurasi {
  const { hasil } = bacaKonfigurasiSs(ss);
  if (!hasil.ok) throw new Error(`Konfigurasi belum benar (${hasil.masalah.length} masalah). Admin memperbaikinya di tab Pengaturan, Bidang dan Indikator.`);
  return hasil.konfigurasi;
}

export function aturanDari(k: Konfigurasi): AturanCapaian {
  const p = k.pengaturan;
  return { rumusNegatif: p.rumusNegatif, batasAtasCapaian: p.batasAtasCapaian, skalaKategori: p.skalaKategori, skalaKualitatif: p.skalaKualitatif, targetNol: p.targetNol };
}

/** The office's working calendar (Pengaturan ▸ Hari libur, Jam kantor). */
export function kalenderDari(k: Konfigurasi): Kalender {
  const p = k.pengaturan;
  return { hariLibur: p.hariLibur, jamMulai: p.jamKantor.mulai, jamSelesai: p.jamKantor.selesai, jamPerHari: p.jamKantor.perHari };
}
