/**
 * Capaian against the Renstra's end target (domain.md §5, BAB III analysis 3), computed once: the
 * annual recap's Renstra columns and the LKj's sentence both read this result. The realisasi it is
 * measured with follows the target's jenis in the Renstra tab:
 *   kumulatif     — this year's figure plus the earlier years' of the Renstra period from the
 *                   Riwayat Capaian tab (years it lacks are named, never guessed);
 *   kondisi akhir — this year's figure; so is a target without a jenis (the Indikator tab's alone).
 * Pure.
 */
import { hitungCapaian, type AturanCapaian } from '../capaian';
import type { JenisTargetRenstra, Renstra } from '../konfigurasi/renstra';
import type { RiwayatIndikator } from '../riwayat';
import type { Capaian, Indikator, Nilai } from '../types';

export interface RealisasiTahun {
  readonly tahun: number;
  readonly nilai: number;
}

/** One indicator's standing against its Renstra end target. */
export interface CapaianRenstra {
  /** The end target (the Renstra tab's, else the Indikator tab's). */
  readonly target: Nilai;
  /** Null when the target came from the Indikator tab alone: read as an end condition. */
  readonly jenis: JenisTargetRenstra | null;
  /** The Renstra's first and last year; null when not given. */
  readonly periode: { readonly awal: number; readonly akhir: number } | null;
  /** Kumulatif: the years summed, oldest first, this year last. Empty for an end condition or without this year's figure. */
  readonly rincian: readonly RealisasiTahun[];
  /** What is measured: the sum of `rincian` (kumulatif) or this year's figure; null when this year's is missing. */
  readonly realisasi: number | null;
  readonly capaian: Capaian;
  /** Kumulatif with a Renstra period: its years before this one that Riwayat Capaian has no realisasi for. */
  readonly tahunHilang: readonly number[];
}

/** What the annual recap measures against: the read Renstra tab, the earlier years and the recap's year. */
export interface AcuanRenstra {
  readonly tahun: number;
  readonly renstra: Renstra;
  /** Earlier years per indicator (Riwayat Capaian, src/core/riwayat.ts). */
  readonly riwayat: readonly RiwayatIndikator[];
}

/** Earlier years' numeric realisasi of `kode` from the Renstra's first year (all earlier years without a period), oldest first. */
function realisasiSebelumnya(riwayat: readonly RiwayatIndikator[], kode: string, tahun: number, awal: number): RealisasiTahun[] {
  const perTahun = new Map<number, number>();
  for (const r of riwayat) {
    if (r.kodeIndikator.toUpperCase() === kode && r.tahun < tahun && r.tahun >= awal && typeof r.realisasi === 'number' && !perTahun.has(r.tahun)) perTahun.set(r.tahun, r.realisasi);
  }
  return [...perTahun.entries()].sort((a, b) => a[0] - b[0]).map(([t, nilai]) => ({ tahun: t, nilai }));
}

/**
 * `realisasi` is this year's figure (the recap's realisasi tahunan as a number). Without `acuan`
 * (no Renstra tab read) the Indikator tab's end target is read as an end condition. Null when the
 * indicator has no end target.
 */
export function capaianRenstra(indikator: Indikator, realisasi: number | null, acuan: AcuanRenstra | undefined, aturan: AturanCapaian): CapaianRenstra | null {
  const kode = indikator.kode.toUpperCase();
  const ri = acuan ? acuan.renstra.indikator.get(kode) : indikator.targetRenstra === null ? undefined : { target: indikator.targetRenstra, jenis: null };
  if (!ri || ri.target === null) return null;
  const periode = acuan?.renstra.periode ?? null;
  const dasar = { target: ri.target, jenis: ri.jenis, periode };
  if (realisasi === null) return { ...dasar, rincian: [], realisasi: null, capaian: { jenis: 'belum-diisi' }, tahunHilang: [] };
  const rincian: RealisasiTahun[] = [];
  let tahunHilang: number[] = [];
  if (acuan && ri.jenis === 'kumulatif') {
    const { tahun } = acuan;
    rincian.push(...realisasiSebelumnya(acuan.riwayat, kode, tahun, periode?.awal ?? -Infinity), { tahun, nilai: realisasi });
    if (periode) {
      const ada = new Set(rincian.map((x) => x.tahun));
      tahunHilang = Array.from({ length: Math.max(0, tahun - periode.awal) }, (_, i) => periode.awal + i).filter((t) => !ada.has(t));
    }
  }
  const diukur = rincian.length ? rincian.reduce((n, x) => n + x.nilai, 0) : realisasi;
  const capaian = hitungCapaian({ polaritas: indikator.polaritas, target: ri.target, realisasi: diukur }, aturan);
  return { ...dasar, rincian, realisasi: diukur, capaian, tahunHilang };
}
