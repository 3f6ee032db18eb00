/**
 * Capaian of one indicator (domain.md §4):
 * - positif: R / T × 100;
 * - negatif, '2T-R' (default): (2T − R) / T × 100, floored at 0; 'T/R': T / R × 100;
 * - then the optional cap, then the category from the configured scale.
 *
 * Checked in this order, first match wins:
 * 1. target empty or '' → tidak dapat dihitung "target belum diisi"; a label not on the
 *    qualitative scale → "target “X” tidak ada di skala kualitatif"; 0 → "target 0" (unless the
 *    Pengaturan rule for target 0 says otherwise, below); negative → "target negatif" (no formula
 *    means anything then). The target goes first because no amount of filling-in by the bidang fixes it.
 * 2. realisasi empty → belum diisi (a real 0 is a value); an unknown label → tidak dapat dihitung.
 * 3. 'T/R' with R ≤ 0 → tidak dapat dihitung (it would divide by zero or turn the sign); with the
 *    target-0 rule on, R = 0 gives the cap, or 100 % with a note when there is no cap.
 * Target 0 with the rule on ('nol-100', domain.md §4): negative polarity, R ≤ 0 → 100 %, R > 0 →
 * 0 %; positive polarity stays tidak dapat dihitung.
 * A range target ("80–90 %", "7–8 hari"; PermenPAN-RB 6/2022 annex): R inside → 100 %; above →
 * the formula against the upper bound; below → against the lower bound.
 * The stored persen is never rounded; round only when showing it (`formatCapaian`); the category
 * is that of the value as shown (`kategoriCapaian` rounds to two decimals).
 */
import { parseAngka } from './angka';
import { formatPersen } from './format';
import { kategoriCapaian, SKALA_KATEGORI_BAWAAN } from './kategori';
import type { BatasKategori, Capaian, Nilai, Polaritas, RumusNegatif, TargetNol } from './types';

export interface AturanCapaian {
  readonly rumusNegatif: RumusNegatif;
  /** null = no cap. */
  readonly batasAtasCapaian: number | null;
  readonly skalaKategori: readonly BatasKategori[];
  /** Predikat label → number; matched ignoring case and surrounding spaces. */
  readonly skalaKualitatif: Readonly<Record<string, number>>;
  /** What a target of 0 gives (default 'tidak-dapat-dihitung'). */
  readonly targetNol: TargetNol;
}

/** The cap on averages over indicators (Ikhtisar, per sasaran, per bidang) when Pengaturan names none. */
export const BATAS_RATA_RATA_BAWAAN = 120;

export const ATURAN_BAWAAN: AturanCapaian = {
  rumusNegatif: '2T-R',
  batasAtasCapaian: null,
  skalaKategori: SKALA_KATEGORI_BAWAAN,
  skalaKualitatif: {},
  targetNol: 'tidak-dapat-dihitung',
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

/** A range target's bounds, lower first. */
export interface Rentang {
  readonly bawah: number;
  readonly atas: number;
}

/** One bound of a range: a number, with a unit after it ('%', 'hari') allowed. */
function batasRentang(teks: string): number | null {
  const m = /^([-+\u2212]?[\d.,]+)\s*(?:%|[a-zA-Z][a-zA-Z .]*)?$/.exec(teks.trim());
  const angka = m ? parseAngka(m[1]) : null;
  return angka && angka.ok ? angka.nilai : null;
}

/**
 * A range target as people write it: "80–90 %", "80 - 90", "7–8 hari", "80 s.d. 90", "80 sampai
 * 90"; null for anything else (a lone number, a label, a range whose lower bound is not below its
 * upper one, or a negative bound).
 */
export function bacaRentang(v: Nilai | null): Rentang | null {
  if (typeof v !== 'string') return null;
  const m = /^(.+?)\s*(?:[–—]|-(?=\s*\d)|s\.?\s?d\.?|sampai(?: dengan)?)\s*(\d.*)$/i.exec(v.trim());
  if (!m) return null;
  const bawah = batasRentang(m[1]);
  const atas = batasRentang(m[2]);
  if (bawah === null || atas === null || bawah < 0 || bawah >= atas) return null;
  return { bawah, atas };
}

/** A target read for a formula: a number > 0, a range, 0 under the target-0 rule, or why none can be used. */
export type TargetTerbaca = { readonly angka: number } | { readonly rentang: Rentang } | { readonly nol: true } | { readonly alasan: string };

/** The target as a number or a range, or why no capaian can be measured against it (step 1 above). */
export function bacaTarget(target: Nilai | null, aturan: Pick<AturanCapaian, 'skalaKualitatif' | 'targetNol'>, polaritas: Polaritas | null): TargetTerbaca {
  const rentang = bacaRentang(target);
  if (rentang !== null) return { rentang };
  const t = nilaiAngka(target, aturan.skalaKualitatif);
  if (t === null) return { alasan: 'target belum diisi' };
  if (typeof t !== 'number') return { alasan: labelTakDikenal('target', t.tidakDikenal) };
  if (t === 0) return aturan.targetNol === 'nol-100' && polaritas === 'negatif' ? { nol: true } : { alasan: 'target 0' };
  if (t < 0) return { alasan: 'target negatif' };
  return { angka: t };
}

/**
 * Why no capaian can be measured against this target (step 1 above), or null when it can;
 * `polaritas` decides whether the target-0 rule applies (null: as for positive polarity).
 */
export function alasanTargetTidakDapat(
  target: Nilai | null,
  aturan: Pick<AturanCapaian, 'skalaKualitatif' | 'targetNol'>,
  polaritas: Polaritas | null = null,
): string | null {
  const t = bacaTarget(target, aturan, polaritas);
  return 'alasan' in t ? t.alasan : null;
}

/** The note of a T/R capaian at R = 0 under the target-0 rule without a cap. */
export const CATATAN_TR_NOL = 'realisasi 0: dianggap 100 %';

/** R against a single target `t` > 0, before the cap. */
function persenTerhadap(polaritas: Polaritas, t: number, r: number, aturan: AturanCapaian): { persen: number; catatan?: string } | { alasan: string } {
  if (polaritas === 'positif') return { persen: (r * 100) / t };
  if (aturan.rumusNegatif === '2T-R') return { persen: Math.max(0, ((2 * t - r) * 100) / t) };
  if (r === 0) {
    if (aturan.targetNol !== 'nol-100') return { alasan: ALASAN_TR.nol };
    return aturan.batasAtasCapaian !== null ? { persen: aturan.batasAtasCapaian } : { persen: 100, catatan: CATATAN_TR_NOL };
  }
  if (r < 0) return { alasan: ALASAN_TR.negatif };
  return { persen: (t * 100) / r };
}

export function hitungCapaian(
  p: { polaritas: Polaritas; target: Nilai | null; realisasi: Nilai | null },
  aturan: AturanCapaian,
): Capaian {
  const target = bacaTarget(p.target, aturan, p.polaritas);
  if ('alasan' in target) return tidakDapat(target.alasan);

  const r = nilaiAngka(p.realisasi, aturan.skalaKualitatif);
  if (r === null) return { jenis: 'belum-diisi' };
  if (typeof r !== 'number') return tidakDapat(labelTakDikenal('realisasi', r.tidakDikenal));

  let hasil: { persen: number; catatan?: string } | { alasan: string };
  if ('nol' in target) hasil = { persen: r <= 0 ? 100 : 0 };
  else if ('angka' in target) hasil = persenTerhadap(p.polaritas, target.angka, r, aturan);
  else if (r > target.rentang.atas) hasil = persenTerhadap(p.polaritas, target.rentang.atas, r, aturan);
  else if (r < target.rentang.bawah) hasil = persenTerhadap(p.polaritas, target.rentang.bawah, r, aturan);
  else hasil = { persen: 100 };
  if ('alasan' in hasil) return tidakDapat(hasil.alasan);
  let persen = hasil.persen;
  // 1E+308 × 100 overflows: no capaian is a number then (and "Infinity" must never reach a reader).
  if (!Number.isFinite(persen)) return tidakDapat('hasil di luar jangkauan angka');
  if (aturan.batasAtasCapaian !== null) persen = Math.min(persen, aturan.batasAtasCapaian);
  const nilai = { jenis: 'nilai' as const, persen, kategori: kategoriCapaian(persen, aturan.skalaKategori) };
  return hasil.catatan === undefined ? nilai : { ...nilai, catatan: hasil.catatan };
}

/** The capaian with the note `catatan` added (a value's note joins an earlier one with '; '). */
export function denganCatatan(c: Capaian, catatan: string | null): Capaian {
  if (catatan === null || c.jenis !== 'nilai') return c;
  return { ...c, catatan: c.catatan === undefined ? catatan : `${c.catatan}; ${catatan}` };
}

/** What a reader sees: '85,00 %', '50,00 % (TW I tidak ada data)', 'belum diisi', 'tidak dapat dihitung (target 0)'. */
export function formatCapaian(c: Capaian): string {
  switch (c.jenis) {
    case 'nilai': return c.catatan === undefined ? formatPersen(c.persen) : `${formatPersen(c.persen)} (${c.catatan})`;
    case 'belum-diisi': return 'belum diisi';
    case 'tidak-dapat-dihitung': return `tidak dapat dihitung (${c.alasan})`;
  }
}
