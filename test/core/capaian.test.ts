import { describe, expect, it } from 'vitest';
import { ATURAN_BAWAAN, formatCapaian, hitungCapaian, nilaiAngka, type AturanCapaian } from '../../src/core/capaian';
import type { Capaian, Nilai, Polaritas } from '../../src/core/types';

const positif = (target: Nilai | null, realisasi: Nilai | null, aturan: AturanCapaian = ATURAN_BAWAAN): Capaian =>
  hitungCapaian({ polaritas: 'positif', target, realisasi }, aturan);
const negatif = (target: Nilai | null, realisasi: Nilai | null, aturan: AturanCapaian = ATURAN_BAWAAN): Capaian =>
  hitungCapaian({ polaritas: 'negatif', target, realisasi }, aturan);
const rumusTR: AturanCapaian = { ...ATURAN_BAWAAN, rumusNegatif: 'T/R' };

function persen(c: Capaian): number {
  if (c.jenis !== 'nilai') throw new Error(`expected a value, got ${JSON.stringify(c)}`);
  return c.persen;
}

describe('hitungCapaian: the worked examples of domain.md §4', () => {
  it('T 100, R 85 → 85 % Tinggi', () => {
    expect(positif(100, 85)).toEqual({ jenis: 'nilai', persen: 85, kategori: 'Tinggi' });
    expect(formatCapaian(positif(100, 85))).toBe('85,00 %');
  });

  it('T 8, R 4, negatif → 150 % by the default formula, 200 % by T/R', () => {
    expect(negatif(8, 4)).toEqual({ jenis: 'nilai', persen: 150, kategori: 'Sangat Tinggi' });
    expect(persen(negatif(8, 4, rumusTR))).toBe(200);
  });

  it('T 8, R 10, negatif → 75 %; T 8, R 20 → 0 % (floored)', () => {
    expect(negatif(8, 10)).toEqual({ jenis: 'nilai', persen: 75, kategori: 'Sedang' });
    expect(negatif(8, 20)).toEqual({ jenis: 'nilai', persen: 0, kategori: 'Sangat Rendah' });
  });

  it('T 0, R 5 → tidak dapat dihitung, never 0 % or 100 %', () => {
    expect(positif(0, 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
    expect(negatif(0, 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
    expect(formatCapaian(positif(0, 5))).toBe('tidak dapat dihitung (target 0)');
  });
});

describe('hitungCapaian: formulas', () => {
  it('positive: R / T × 100, above 100 and below 0 alike, unrounded', () => {
    expect(persen(positif(80, 100))).toBe(125);
    expect(persen(positif(3, 1))).toBeCloseTo(33.333333333, 8);
    expect(persen(positif(3, 1))).not.toBe(33.33);
    expect(persen(positif(5, -1))).toBe(-20);
  });

  it('negative T/R: T 8, R 10 → 80 %, R 0 → tidak dapat dihitung with the reason', () => {
    expect(persen(negatif(8, 10, rumusTR))).toBe(80);
    const nol = negatif(8, 0, rumusTR);
    expect(nol.jenis).toBe('tidak-dapat-dihitung');
    expect(formatCapaian(nol)).toContain('realisasi 0');
    expect(negatif(8, -2, rumusTR).jenis).toBe('tidak-dapat-dihitung');
  });

  it('negative default: R 0 → 200 %, R = T → 100 %', () => {
    expect(persen(negatif(8, 0))).toBe(200);
    expect(persen(negatif(8, 8))).toBe(100);
  });

  it('a real 0 realisasi is a value, not belum diisi', () => {
    expect(positif(100, 0)).toEqual({ jenis: 'nilai', persen: 0, kategori: 'Sangat Rendah' });
  });
});

describe('hitungCapaian: what cannot be computed', () => {
  it('distinguishes target belum diisi from target 0', () => {
    expect(positif(null, 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
    expect(positif('  ', 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
    expect(positif('0', 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
  });

  it('refuses a negative target', () => {
    expect(positif(-10, 5)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target negatif' });
  });

  it('empty realisasi is belum diisi', () => {
    expect(positif(100, null)).toEqual({ jenis: 'belum-diisi' });
    expect(positif(100, '')).toEqual({ jenis: 'belum-diisi' });
    expect(formatCapaian(positif(100, null))).toBe('belum diisi');
  });

  it('reports the target problem before a missing realisasi', () => {
    expect(positif(null, null)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target belum diisi' });
    expect(positif(0, null)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
  });

  it('reads realisasi typed as text in a text-formatted cell', () => {
    expect(persen(positif(100, '85,5'))).toBe(85.5);
    expect(persen(positif('1.000', '750'))).toBe(75);
  });
});

describe('hitungCapaian: qualitative indicators', () => {
  const predikat: AturanCapaian = { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4, WDP: 3, ' BB ': 80, A: 90 } };

  it('maps labels through the scale, ignoring case and spaces', () => {
    expect(persen(positif('WTP', 'WDP', predikat))).toBe(75);
    expect(persen(positif('wtp', ' wtp ', predikat))).toBe(100);
    expect(positif('A', 'BB', predikat)).toEqual({ jenis: 'nilai', persen: (80 * 100) / 90, kategori: 'Tinggi' });
  });

  it('names an unknown label', () => {
    expect(positif('WTP', 'TMP', predikat)).toEqual({
      jenis: 'tidak-dapat-dihitung',
      alasan: 'realisasi “TMP” tidak ada di skala kualitatif',
    });
    expect(positif('AA', 'A', predikat)).toEqual({
      jenis: 'tidak-dapat-dihitung',
      alasan: 'target “AA” tidak ada di skala kualitatif',
    });
  });

  it('nilaiAngka tells empty, known, numeric and unknown apart', () => {
    expect(nilaiAngka(null, predikat.skalaKualitatif)).toBeNull();
    expect(nilaiAngka('', predikat.skalaKualitatif)).toBeNull();
    expect(nilaiAngka('bb', predikat.skalaKualitatif)).toBe(80);
    expect(nilaiAngka(' 12,5 ', predikat.skalaKualitatif)).toBe(12.5);
    expect(nilaiAngka('Baik Sekali', predikat.skalaKualitatif)).toEqual({ tidakDikenal: 'Baik Sekali' });
    expect(nilaiAngka(Number.NaN, predikat.skalaKualitatif)).toEqual({ tidakDikenal: 'NaN' });
    expect(nilaiAngka('toString', {})).toEqual({ tidakDikenal: 'toString' });
  });
});

describe('hitungCapaian: cap and category', () => {
  const cap100: AturanCapaian = { ...ATURAN_BAWAAN, batasAtasCapaian: 100 };
  const cap120: AturanCapaian = { ...ATURAN_BAWAAN, batasAtasCapaian: 120 };

  it('no cap by default', () => {
    expect(persen(positif(50, 100))).toBe(200);
  });

  it('caps when configured, for both polarities', () => {
    expect(persen(positif(50, 100, cap100))).toBe(100);
    expect(persen(positif(50, 55, cap120))).toBe(110);
    expect(persen(positif(50, 100, cap120))).toBe(120);
    expect(persen(negatif(8, 4, cap100))).toBe(100);
  });

  it('takes the category from the configured scale at every boundary', () => {
    const cases: Array<[number, string]> = [
      [91, 'Sangat Tinggi'], [90.994, 'Tinggi'], [76, 'Tinggi'], [75.994, 'Sedang'],
      [66, 'Sedang'], [65.994, 'Rendah'], [51, 'Rendah'], [50.994, 'Sangat Rendah'],
    ];
    for (const [r, kategori] of cases) {
      const c = positif(100, r);
      expect(c.jenis === 'nilai' && c.kategori).toBe(kategori);
    }
  });

  it('puts an exact 76 % computed with floating-point noise in Tinggi', () => {
    expect(positif(3, 2.28)).toMatchObject({ jenis: 'nilai', kategori: 'Tinggi' });
  });

  it('uses a custom scale', () => {
    const dua: AturanCapaian = { ...ATURAN_BAWAAN, skalaKategori: [{ kategori: 'Tercapai', min: 100 }, { kategori: 'Belum Tercapai', min: -Infinity }] };
    expect(positif(100, 100, dua)).toMatchObject({ kategori: 'Tercapai' });
    expect(positif(100, 99, dua)).toMatchObject({ kategori: 'Belum Tercapai' });
  });

  it('a capped value is categorised after capping', () => {
    const kecil: AturanCapaian = { ...ATURAN_BAWAAN, batasAtasCapaian: 80 };
    expect(positif(100, 95, kecil)).toEqual({ jenis: 'nilai', persen: 80, kategori: 'Tinggi' });
  });
});

describe('hitungCapaian polarity table', () => {
  it('matches the ASN form (1 + (1 − R/T)) × 100 for the default negative formula', () => {
    const pol: Polaritas = 'negatif';
    for (const [t, r] of [[8, 4], [8, 10], [50, 12.5], [3, 1]]) {
      const c = hitungCapaian({ polaritas: pol, target: t, realisasi: r }, ATURAN_BAWAAN);
      expect(persen(c)).toBeCloseTo((1 + (1 - r / t)) * 100, 9);
    }
  });
});

describe('hitungCapaian: numbers past what a double holds', () => {
  it('R 1E+308 overflows × 100: tidak dapat dihitung, never Infinity (also under a cap)', () => {
    expect(formatCapaian(positif(10, 1e308))).toBe('tidak dapat dihitung (hasil di luar jangkauan angka)');
    expect(positif(10, 1e308, { ...ATURAN_BAWAAN, batasAtasCapaian: 120 }).jenis).toBe('tidak-dapat-dihitung');
  });
});
