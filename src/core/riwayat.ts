/**
 * The targets' history ("Riwayat Capaian"): per closed year and indicator, the target, the
 * realisasi and the capaian the annual recap computed, written by *Tutup tahun* so next year's LKj
 * can set this year against last year (n−1) and the years before (n−2, n−3). One row per year and
 * indicator in a hidden, admin-only tab; a year's rows are replaced as a whole when it is closed
 * again. Pure: src/gas/riwayat.ts reads and writes the tab.
 */
import type { BarisRekap } from './rekap/model';
import type { Indikator, Nilai } from './types';

export const NAMA_TAB_RIWAYAT = 'Riwayat Capaian';

export const KOLOM_RIWAYAT: readonly string[] = [
  'Tahun', 'Kode indikator', 'Indikator', 'Kode bidang', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori',
];

export interface RiwayatIndikator {
  readonly tahun: number;
  readonly kodeIndikator: string;
  readonly indikator: string;
  readonly kodeBidang: string;
  readonly satuan: string;
  /** The year's target (target tahunan); null when none was set. */
  readonly target: Nilai | null;
  /** The year's realisasi as the annual recap used it (final value, else the TW aggregate); null when missing. */
  readonly realisasi: Nilai | null;
  /** Capaian in percent (0–100+); null when it could not be computed. */
  readonly capaian: number | null;
  /** The capaian's category ('Sangat Tinggi'…); '' when none. */
  readonly kategori: string;
}

/** The year's history from its annual recap rows. */
export function riwayatDariRekap(tahun: number, baris: readonly BarisRekap[]): RiwayatIndikator[] {
  return baris.map((b) => ({
    tahun,
    kodeIndikator: b.kode,
    indikator: b.indikator,
    kodeBidang: b.bidang.kode,
    satuan: b.satuan,
    target: b.target,
    realisasi: b.realisasi,
    capaian: b.capaian.jenis === 'nilai' ? b.capaian.persen : null,
    kategori: b.capaian.jenis === 'nilai' ? b.capaian.kategori : '',
  }));
}

/** Text kept as text when written (a leading apostrophe: no formula runs). */
function teks(s: string): string {
  return s === '' ? '' : `'${s}`;
}

function nilaiSel(v: Nilai | null): string | number {
  if (v === null) return '';
  return typeof v === 'number' ? v : teks(v);
}

export function riwayatKeBaris(r: RiwayatIndikator): (string | number)[] {
  return [r.tahun, teks(r.kodeIndikator), teks(r.indikator), teks(r.kodeBidang), teks(r.satuan), nilaiSel(r.target), nilaiSel(r.realisasi), r.capaian ?? '', teks(r.kategori)];
}

function nilaiDari(v: unknown): Nilai | null {
  if (typeof v === 'number') return v;
  const s = v === null || v === undefined ? '' : String(v);
  return s === '' ? null : s;
}

/** The tab's rows (header first) as history; rows without a year or kode are skipped. */
export function bacaRiwayat(values: readonly (readonly unknown[])[]): RiwayatIndikator[] {
  const hasil: RiwayatIndikator[] = [];
  for (const row of values.slice(1)) {
    const tahun = Number(row[0]);
    const kode = String(row[1] ?? '').trim();
    if (!Number.isInteger(tahun) || tahun <= 0 || kode === '') continue;
    const capaian = typeof row[7] === 'number' ? row[7] : null;
    hasil.push({
      tahun, kodeIndikator: kode, indikator: String(row[2] ?? ''), kodeBidang: String(row[3] ?? ''), satuan: String(row[4] ?? ''),
      target: nilaiDari(row[5]), realisasi: nilaiDari(row[6]), capaian, kategori: String(row[8] ?? ''),
    });
  }
  return hasil;
}

/** `riwayat` without year `tahun`, then `baru` (closing a year again replaces its rows). */
export function gantiTahun(riwayat: readonly RiwayatIndikator[], tahun: number, baru: readonly RiwayatIndikator[]): RiwayatIndikator[] {
  return [...riwayat.filter((r) => r.tahun !== tahun), ...baru].sort((a, b) => a.tahun - b.tahun);
}

/**
 * Indicator `kode`'s history for the LKj of year `tahun`: index 0 = n−1, 1 = n−2, 2 = n−3 (null where
 * that year was not closed in Lapkin or the indicator did not exist then).
 */
export function riwayatUntuk(riwayat: readonly RiwayatIndikator[], kode: string, tahun: number): readonly [RiwayatIndikator | null, RiwayatIndikator | null, RiwayatIndikator | null] {
  const cari = (t: number): RiwayatIndikator | null => riwayat.find((r) => r.tahun === t && r.kodeIndikator.toUpperCase() === kode.toUpperCase()) ?? null;
  return [cari(tahun - 1), cari(tahun - 2), cari(tahun - 3)];
}

/**
 * `riwayat` with year `tahun − 1`'s realisasi from *Indikator ▸ Realisasi tahun lalu* for each
 * indicator that has no row of that year (a year closed before Lapkin, or typed by the admin): the
 * LKj then still sets this year's realisasi against last year's. Target and capaian stay unknown.
 */
export function denganTahunLalu(riwayat: readonly RiwayatIndikator[], indikator: readonly Indikator[], tahun: number): RiwayatIndikator[] {
  const tambahan = indikator
    .filter((i) => i.realisasiTahunLalu !== null && riwayatUntuk(riwayat, i.kode, tahun)[0] === null)
    .map((i): RiwayatIndikator => ({ tahun: tahun - 1, kodeIndikator: i.kode, indikator: i.indikator, kodeBidang: i.bidang, satuan: i.satuan, target: null, realisasi: i.realisasiTahunLalu, capaian: null, kategori: '' }));
  return [...riwayat, ...tambahan];
}
