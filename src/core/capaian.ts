/**
 * Capaian of one indicator (domain.md §4):
 * - positif: R / T × 100;
 * - negatif, '2T-R' (default): (2T − R) / T × 100, floored at 0; 'T/R': T / R × 100;
 * - then the optional cap, then the category from the configured scale.
 *
 * Checked in this order, first match wins:
 * 1. target empty or '' → tidak dapat dihitung "target belum diisi"; a label not on the
 *    qualitative scale → "target “X” tidak ada di skala kualitatif"; 0 → "target 0";
 *    negative → "target negatif" (no formula means anything then).
 *    The target goes first because no amount of filling-in by the bidang fixes it.
 * 2. realisasi empty → belum diisi (a real 0 is a value); an unknown label → tidak dapat dihitung.
 * 3. 'T/R' with R ≤ 0 → tidak dapat dihitung (it would divide by zero or turn the sign).
 * The stored persen is never rounded; round only when showing it (`formatCapaian`).
 */
import { parseAngka } from './angka';
import { formatPersen } from './format';
import { kategoriCapaian, SKALA_KATEGORI_BAWAAN } from './kategori';
import type { BatasKategori, Capaian, Nilai, Polaritas, RumusNegatif } from './types';

export interface AturanCapaian {
  readonly rumusNegatif: RumusNegatif;
  /** null = no cap. */
  readonly batasAtasCapaian: number | null;
  readonly skalaKategori: readonly BatasKategori[];
  /** Predikat label → number; matched ignoring case and surrounding spaces. */
  readonly skalaKualitatif: Readonly<Record<string, number>>;
}

export const ATURAN_BAWAAN: AturanCapaian = {
  rumusNegatif: '2T-R',
  batasAtasCapaian: null,
  skalaKategori: SKALA_KATEGORI_BAWAAN,
  skalaKualitatif: {},
};

/**
 * A value as a number: numbers as they are; '' or null → null (not filled in); a label →
 * its number on the qualitative scale (ignoring case and spaces); otherwise text that reads
 * as a number (`parseAngka`, e.g. '85' from a cell formatted as text); anything else →
 * `{ tidakDikenal: label }`. Non-finite numbers are `tidakDikenal` too.
 */
export function nilaiAngka(
  v: Nilai | null,
  skalaKualitatif: Readonly<Record<string, number>>,
): number | null | { tidakDikenal: string } {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { tidakDikenal: String(v) };
  const label = v.trim();
  if (label === '') return null;
  const kunci = label.toLowerCase();
  for (const [nama, skor] of Object.entries(skalaKualitatif)) {
    if (nama.trim().toLowerCase() === kunci) return skor;
  }
  const angka = parseAngka(label);
  return angka.ok ? angka.nilai : { tidakDikenal: label };
}

function tidakDapat(alasan: string): Capaian {
  return { jenis: 'tidak-dapat-dihitung', alasan };
}

/** Why the negative formula T/R gives no capaian for a realisasi of 0 or below. */
export const ALASAN_TR = { nol: 'realisasi 0 (rumus T/R membagi dengan realisasi)', negatif: 'realisasi negatif (rumus T/R)' } as const;

/** Why no capaian: a realisasi (`apa`) holds `label`, which is not on the qualitative scale. */
export function labelTakDikenal(apa: string, label: string): string {
  return `${apa} “${label}” tidak ada di skala kualitatif`;
}

/** The target as a number, or why no capaian can be measured against it (step 1 above). */
function bacaTarget(target: Nilai | null, skalaKualitatif: Readonly<Record<string, number>>): { angka: number } | { alasan: string } {
  const t = nilaiAngka(target, skalaKualitatif);
  if (t === null) return { alasan: 'target belum diisi' };
  if (typeof t !== 'number') return { alasan: labelTakDikenal('target', t.tidakDikenal) };
  if (t === 0) return { alasan: 'target 0' };
  if (t < 0) return { alasan: 'target negatif' };
  return { angka: t };
}

/** Why no capaian can be measured against this target (step 1 above), or null when it can. */
export function alasanTargetTidakDapat(target: Nilai | null, skalaKualitatif: Readonly<Record<string, number>>): string | null {
  const t = bacaTarget(target, skalaKualitatif);
  return 'alasan' in t ? t.alasan : null;
}

export function hitungCapaian(
  p: { polaritas: Polaritas; target: Nilai | null; realisasi: Nilai | null },
  aturan: AturanCapaian,
): Capaian {
  const target = bacaTarget(p.target, aturan.skalaKualitatif);
  if ('alasan' in target) return tidakDapat(target.alasan);
  const t = target.angka;

  const r = nilaiAngka(p.realisasi, aturan.skalaKualitatif);
  if (r === null) return { jenis: 'belum-diisi' };
  if (typeof r !== 'number') return tidakDapat(labelTakDikenal('realisasi', r.tidakDikenal));

  let persen: number;
  if (p.polaritas === 'positif') {
    persen = (r * 100) / t;
  } else if (aturan.rumusNegatif === '2T-R') {
    persen = Math.max(0, ((2 * t - r) * 100) / t);
  } else {
    if (r === 0) return tidakDapat(ALASAN_TR.nol);
    if (r < 0) return tidakDapat(ALASAN_TR.negatif);
    persen = (t * 100) / r;
  }
  // 1E+308 × 100 overflows: no capaian is a number then (and "Infinity" must never reach a reader).
  if (!Number.isFinite(persen)) return tidakDapat('hasil di luar jangkauan angka');
  if (aturan.batasAtasCapaian !== null) persen = Math.min(persen, aturan.batasAtasCapaian);
  return { jenis: 'nilai', persen, kategori: kategoriCapaian(persen, aturan.skalaKategori) };
}

/** What a reader sees: '85,00 %', 'belum diisi', 'tidak dapat dihitung (target 0)'. */
export function formatCapaian(c: Capaian): string {
  switch (c.jenis) {
    case 'nilai': return formatPersen(c.persen);
    case 'belum-diisi': return 'belum diisi';
    case 'tidak-dapat-dihitung': return `tidak dapat dihitung (${c.alasan})`;
  }
}
