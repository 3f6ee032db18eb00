/**
 * What the documents know of earlier years, per indicator: the year-on-year analysis of the LKj
 * (Permen PAN-RB 53/2014, BAB III A: "membandingkan realisasi kinerja serta capaian kinerja tahun
 * ini dengan tahun lalu dan beberapa tahun terakhir") compares realisasi with realisasi and capaian
 * with capaian, never last year's realisasi as if it were a target.
 *
 * Read from the tab "Riwayat" (one row per indicator and year: Kode indikator, Tahun, Target,
 * Realisasi, Capaian (%)), which closing a year (Tutup tahun) fills; for n − 1 the Indikator tab's
 * "Realisasi tahun lalu" stands in when the tab has no row (realisasi only, no target or capaian).
 * Pure.
 */
import { bacaAngka } from './konfigurasi/angka';
import type { Indikator, Masalah, Nilai } from './types';

export const TAB_RIWAYAT = 'Riwayat';
export const KOLOM_RIWAYAT = ['Kode indikator', 'Tahun', 'Target', 'Realisasi', 'Capaian (%)'] as const;

/** One indicator's figures of one year; null where unknown. */
export interface NilaiTahun {
  readonly target: Nilai | null;
  readonly realisasi: Nilai | null;
  /** Capaian in percent (85 for 85 %), as computed when that year was closed. */
  readonly capaian: number | null;
}

/** Per indicator kode, per year. */
export type Riwayat = Readonly<Record<string, Readonly<Record<number, NilaiTahun>>>>;

function nilai(sel: unknown): Nilai | null {
  if (typeof sel === 'number') return sel;
  const teks = String(sel ?? '').trim();
  if (teks === '') return null;
  const a = bacaAngka(teks);
  return a.jenis === 'angka' ? a.nilai : teks;
}

/**
 * The Riwayat tab's getValues grid (null when there is no such tab), header row first. Rows with
 * no kode are skipped; a year or capaian that is not a number is a problem naming row and column,
 * and its row is left out.
 */
export function bacaRiwayat(grid: readonly (readonly unknown[])[] | null): { riwayat: Riwayat; masalah: Masalah[] } {
  const riwayat: Record<string, Record<number, NilaiTahun>> = {};
  const masalah: Masalah[] = [];
  (grid ?? []).slice(1).forEach((row, i) => {
    const kode = String(row[0] ?? '').trim();
    if (kode === '') return;
    const baris = i + 2;
    const tahun = nilai(row[1]);
    if (typeof tahun !== 'number' || !Number.isInteger(tahun)) {
      masalah.push({ tab: TAB_RIWAYAT, baris, kolom: KOLOM_RIWAYAT[1], pesan: `Tahun "${String(row[1] ?? '')}" bukan tahun (mis. 2025).` });
      return;
    }
    const capaian = nilai(row[4]);
    if (capaian !== null && typeof capaian !== 'number') {
      masalah.push({ tab: TAB_RIWAYAT, baris, kolom: KOLOM_RIWAYAT[4], pesan: `Capaian "${String(row[4])}" bukan angka persen (mis. 85,5).` });
      return;
    }
    (riwayat[kode] ??= {})[tahun] = { target: nilai(row[2]), realisasi: nilai(row[3]), capaian };
  });
  return { riwayat, masalah };
}

/** `riwayat`, with n − 1's realisasi taken from the Indikator tab where the Riwayat tab has no row for that year. */
export function denganTahunLalu(riwayat: Riwayat, indikator: readonly Indikator[], tahun: number): Riwayat {
  const hasil: Record<string, Record<number, NilaiTahun>> = {};
  for (const [kode, tahunan] of Object.entries(riwayat)) hasil[kode] = { ...tahunan };
  for (const i of indikator) {
    if (i.realisasiTahunLalu === null || hasil[i.kode]?.[tahun - 1]) continue;
    (hasil[i.kode] ??= {})[tahun - 1] = { target: null, realisasi: i.realisasiTahunLalu, capaian: null };
  }
  return hasil;
}
