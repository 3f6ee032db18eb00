/**
 * The admin's view of a cycle as stages: persiapan → pengumpulan → rekap → draf → selesai. The
 * sidebar shows the current stage's one or two actions prominently and the rest tucked away; it
 * derives the stage from what the workbook already records (the open cycle, its recap tab, the
 * latest LKj draft), so nothing new is stored.
 */
import { labelDariId } from './format';

export type Tahap = 'persiapan' | 'pengumpulan' | 'rekap' | 'draf' | 'selesai';

export const TAHAP: readonly Tahap[] = ['persiapan', 'pengumpulan', 'rekap', 'draf', 'selesai'];

/** 'Persiapan', 'Pengumpulan', 'Rekap', 'Draf', 'Selesai'. */
export const LABEL_TAHAP = labelDariId<Tahap>(TAHAP);

export interface FaktaTahap {
  /** The open cycle; null before the first start. */
  readonly siklus: {
    /** All its tabs written (a cycle only prepared, or a start cut off, is still persiapan). */
    readonly lengkap: boolean;
    readonly terkirim: number;
    readonly jumlahBidang: number;
    /** Today is after the deadline. */
    readonly lewatBatas: boolean;
  } | null;
  /** The cycle's recap tab exists. */
  readonly adaRekap: boolean;
  /** An LKj draft was made since the cycle started. */
  readonly adaDrafLkj: boolean;
}

/**
 * Collecting lasts until every bidang submitted or the deadline passed (a recap with drafts made
 * meanwhile does not end it); then the recap, then the LKj draft.
 */
export function tahapSiklus(f: FaktaTahap): Tahap {
  const s = f.siklus;
  if (s === null || !s.lengkap) return 'persiapan';
  if (s.terkirim < s.jumlahBidang && !s.lewatBatas) return 'pengumpulan';
  if (f.adaDrafLkj) return 'selesai';
  return f.adaRekap ? 'draf' : 'rekap';
}
