import { HyperFormula } from 'hyperformula';
import { describe, expect, test } from 'vitest';
import { capaianSampaiTw } from '../../src/core/agregasi';
import { ATURAN_BAWAAN, type AturanCapaian } from '../../src/core/capaian';
import { BARIS_DATA_PERTAMA, BARIS_JUDUL_TABEL, SEL_KIRIM, kolomLembar, posisiKolom, rumusBaris } from '../../src/core/lembar-bidang';
import type { Agregasi, Capaian, Nilai, Periode, Polaritas } from '../../src/core/types';

interface Kasus {
  periode: Periode;
  polaritas?: Polaritas;
  agregasi?: Agregasi;
  target: Nilai | null;
  /** Realisasi TW I..IV (for Tahunan) or TW I..n, the last being this period's input. */
  realisasi: (Nilai | null)[];
  /** Tahunan only: the final value typed in this cycle. */
  final?: Nilai | null;
}

/** Evaluates the generated row formulas with HyperFormula (the engine the emulator uses) and reads what the sheet shows. */
function diLembar(k: Kasus, aturan: AturanCapaian): { sd: unknown; capaian: unknown; kategori: unknown } {
  const indikator = { polaritas: k.polaritas ?? 'positif', agregasi: k.agregasi ?? 'kumulatif', targetTahunan: k.target, targetTw: [k.target, k.target, k.target, k.target] as const };
  const tahunan = k.periode === 'TAHUNAN';
  const sebelumnya = tahunan ? k.realisasi : k.realisasi.slice(0, -1);
  const masukan = tahunan ? (k.final ?? null) : (k.realisasi[k.realisasi.length - 1] ?? null);
  const rumus = rumusBaris(k.periode, indikator, sebelumnya, BARIS_DATA_PERTAMA, aturan);
  const row: (string | number | null)[] = new Array(kolomLembar(k.periode).length).fill(null);
  const taruh = (id: string, v: string | number | null): void => {
    row[posisiKolom(k.periode, id) - 1] = v;
  };
  taruh('target', k.target);
  sebelumnya.forEach((v, i) => (row[posisiKolom(k.periode, 'target') + i] = v));
  taruh('realisasi', masukan);
  taruh('realisasiSd', rumus.realisasiSd);
  taruh('capaian', rumus.capaian);
  taruh('kategori', rumus.kategori);
  const data: (string | number | null)[][] = Array.from({ length: BARIS_DATA_PERTAMA - 1 }, () => []);
  data.push(row);
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
  const nilai = (id: string): unknown => hf.getCellValue({ sheet: 0, row: BARIS_DATA_PERTAMA - 1, col: posisiKolom(k.periode, id) - 1 });
  return { sd: nilai('realisasiSd'), capaian: nilai('capaian'), kategori: nilai('kategori') };
}

function diRekap(k: Kasus, aturan: AturanCapaian): Capaian {
  return capaianSampaiTw(
    {
      indikator: { polaritas: k.polaritas ?? 'positif', agregasi: k.agregasi ?? 'kumulatif', targetTahunan: k.target, targetTw: [k.target, k.target, k.target, k.target] },
      realisasiTw: k.realisasi,
      periode: k.periode,
      realisasiFinal: k.final,
    },
    aturan,
  ).capaian;
}

/** The sheet and the recap agree: same number and category, or the same kind of non-number. */
function samaDenganRekap(k: Kasus, aturan: AturanCapaian = ATURAN_BAWAAN): { capaian: unknown; kategori: unknown } {
  const lembar = diLembar(k, aturan);
  const rekap = diRekap(k, aturan);
  if (rekap.jenis === 'nilai') {
    // HyperFormula rounds results to 10 significant digits (its precisionRounding); Sheets keeps the double.
    expect(lembar.capaian).toBeCloseTo(rekap.persen, 8);
    expect(lembar.kategori).toBe(rekap.kategori);
  } else if (rekap.jenis === 'belum-diisi') {
    expect(lembar.capaian).toBe('belum diisi');
  } else {
    expect(String(lembar.capaian)).toMatch(/^tidak dapat dihitung \(/);
  }
  return { capaian: lembar.capaian, kategori: lembar.kategori };
}

describe('capaian formulas of the bidang tab match capaianSampaiTw (domain.md §4 worked examples)', () => {
  test('T 100, R 85 → 85 % Tinggi', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 100, realisasi: [85] })).toEqual({ capaian: 85, kategori: 'Tinggi' });
  });
  test('negatif: T 8, R 4 → 150 %; R 10 → 75 %; R 20 → 0 % (floored)', () => {
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, realisasi: [4] }).capaian).toBe(150);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, realisasi: [10] }).capaian).toBe(75);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, realisasi: [20] }).capaian).toBe(0);
  });
  test('negatif with the T/R setting: T 8, R 4 → 200 %', () => {
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, realisasi: [4] }, { ...ATURAN_BAWAAN, rumusNegatif: 'T/R' }).capaian).toBe(200);
  });
  test('T 0, R 5 → tidak dapat dihitung, never 0 % or 100 %', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 0, realisasi: [5] }).capaian).toBe('tidak dapat dihitung (target 0)');
    expect(samaDenganRekap({ periode: 'TW1', target: null, realisasi: [5] }).capaian).toBe('tidak dapat dihitung (target belum diisi)');
  });
  test('kumulatif, T₂ 50, R 20 + 25 → 90 % s.d. TW II', () => {
    expect(samaDenganRekap({ periode: 'TW2', target: 50, realisasi: [20, 25] })).toEqual({ capaian: 90, kategori: 'Tinggi' });
  });
  test('terakhir, T₃ 80, R 70, —, 76 → 95 % s.d. TW III', () => {
    expect(samaDenganRekap({ periode: 'TW3', agregasi: 'terakhir', target: 80, realisasi: [70, null, 76] })).toEqual({ capaian: 95, kategori: 'Sangat Tinggi' });
  });
  test('empty realisasi is "belum diisi", a typed 0 is a real 0 %', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 10, realisasi: [null] }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ periode: 'TW1', target: 10, realisasi: [0] })).toEqual({ capaian: 0, kategori: 'Sangat Rendah' });
  });
  test('"tidak ada data" or an unknown label cannot be computed, in the sheet as in the recap', () => {
    expect(samaDenganRekap({ periode: 'TW2', target: 50, realisasi: [20, 'tidak ada data'] }).capaian).toBe('tidak dapat dihitung (realisasi bukan angka atau predikat)');
    samaDenganRekap({ periode: 'TW2', target: 50, realisasi: ['XYZ', 20] }, { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4 } });
  });
  test('rata-rata over filled quarters, terakhir falling back to the last closed quarter', () => {
    samaDenganRekap({ periode: 'TW4', agregasi: 'rata-rata', target: 7, realisasi: [6, null, 9, 8] });
    samaDenganRekap({ periode: 'TW3', agregasi: 'terakhir', target: 80, realisasi: [70, 72, null] });
  });
  test('predikat through the scale: target WTP (4), realisasi WDP (3) → 75 %', () => {
    const aturan = { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4, WDP: 3 } };
    expect(samaDenganRekap({ periode: 'TW1', agregasi: 'terakhir', target: 'WTP', realisasi: ['WDP'] }, aturan)).toEqual({ capaian: 75, kategori: 'Sedang' });
  });
  test('a cap and a floating-point edge of the category band agree with the recap', () => {
    samaDenganRekap({ periode: 'TW1', target: 100, realisasi: [130] }, { ...ATURAN_BAWAAN, batasAtasCapaian: 120 });
    samaDenganRekap({ periode: 'TW1', target: 3, realisasi: [2.73] });
  });
  test('Tahunan: the final value overrides the quarters; without it the quarters are aggregated', () => {
    samaDenganRekap({ periode: 'TAHUNAN', target: 100, realisasi: [20, 30, 25, 30], final: 98 });
    samaDenganRekap({ periode: 'TAHUNAN', target: 100, realisasi: [20, 30, 25, 30] });
  });
});

describe('layout', () => {
  test('the inputs are one contiguous block at the right, the Kirim box sits in the header block', () => {
    for (const periode of ['TW1', 'TW3', 'TAHUNAN'] as const) {
      const jenis = kolomLembar(periode).map((k) => k.jenis);
      const awal = jenis.indexOf('masukan');
      expect(jenis.slice(awal).every((j) => j === 'masukan')).toBe(true);
      expect(jenis.slice(awal)).toHaveLength(7);
    }
    expect(SEL_KIRIM.baris).toBeLessThan(BARIS_JUDUL_TABEL);
  });
  test('TW III shows the closed quarters TW I and TW II read-only', () => {
    const sebelumnya = kolomLembar('TW3').filter((k) => k.jenis === 'sebelumnya').map((k) => k.judul);
    expect(sebelumnya).toEqual(['Realisasi TW I', 'Realisasi TW II']);
  });
});
