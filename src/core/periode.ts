/** Reporting periods: TW I–IV (triwulan) and Tahunan (domain.md §1, §4). */
import type { Periode } from './types';

export const PERIODE: readonly Periode[] = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'];

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;

/** 'TW I' … 'TW IV', 'Tahunan'. */
export function labelPeriode(p: Periode): string {
  return p === 'TAHUNAN' ? 'Tahunan' : `TW ${ROMAWI[nomorTriwulan(p) - 1]}`;
}

/** 'TW I 2026', 'Tahunan 2026'. */
export function labelSiklus(s: { readonly periode: Periode; readonly tahun: number }): string {
  return `${labelPeriode(s.periode)} ${s.tahun}`;
}

/** 's.d. TW I' … 's.d. TW IV' (up to the end of the quarter), 'Tahunan'. */
export function labelSampaiPeriode(p: Periode): string {
  return p === 'TAHUNAN' ? 'Tahunan' : `s.d. ${labelPeriode(p)}`;
}

const KE_NOMOR: ReadonlyMap<string, 1 | 2 | 3 | 4> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4],
  ['pertama', 1], ['kedua', 2], ['ketiga', 3], ['keempat', 4],
] as const);

/**
 * Reads what people write for a period, case- and space-insensitive: 'TW I', 'tw1', 'TW.2',
 * 'Triwulan II', 'triwulan 3', 'Triwulan Keempat', 'TW-IV', the codes 'TW1'…'TAHUNAN', and
 * 'Tahunan'/'Tahun'. Anything else → null.
 */
export function parsePeriode(text: string): Periode | null {
  const t = text.toLowerCase().replace(/[\s.\-_]+/g, '');
  if (t === 'tahunan' || t === 'tahun') return 'TAHUNAN';
  const m = /^(?:tw|triwulan|trw)(.+)$/.exec(t);
  const nomor = m ? KE_NOMOR.get(m[1]) : undefined;
  return nomor === undefined ? null : PERIODE[nomor - 1];
}

/** 1–4; Tahunan counts as the fourth quarter (its data runs to the end of TW IV). */
export function nomorTriwulan(p: Periode): 1 | 2 | 3 | 4 {
  switch (p) {
    case 'TW1': return 1;
    case 'TW2': return 2;
    case 'TW3': return 3;
    case 'TW4':
    case 'TAHUNAN': return 4;
  }
}
