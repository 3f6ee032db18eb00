/** This year's figure against last year's realisasi (domain.md §5, BAB III). */
import { nilaiAngka, type AturanCapaian } from '../capaian';
import type { Nilai, Polaritas } from '../types';
import type { Arah, Perbandingan } from './model';

/** Differences smaller than this are float noise (e.g. a mean of thirds), not a move. */
const TOLERANSI = 1e-9;

/** Null when either side is missing or the reference is a label the scale does not know. */
export function bandingkan(
  polaritas: Polaritas,
  nilai: number | null,
  pembanding: Nilai | null,
  aturan: AturanCapaian,
): Perbandingan | null {
  const ref = nilaiAngka(pembanding, aturan.skalaKualitatif);
  if (nilai === null || pembanding === null || typeof ref !== 'number') return null;
  const selisih = nilai - ref;
  const arah: Arah = Math.abs(selisih) < TOLERANSI ? 'tetap' : selisih > 0 ? 'naik' : 'turun';
  const lebihBaik = polaritas === 'positif' ? arah === 'naik' : arah === 'turun';
  return { pembanding, selisih, arah, lebihBaik };
}
