import { HyperFormula } from 'hyperformula';
import { describe, expect, test } from 'vitest';
import { ATURAN_BAWAAN, formatCapaian, type AturanCapaian } from '../../src/core/capaian';
import { BARIS_DATA_PERTAMA, BARIS_JUDUL_TABEL, SEL_KIRIM, bacaBarisLembar, isiLembar, kolomLembar, posisiKolom, rumusTerurut } from '../../src/core/lembar-bidang';
import { angkaTahunan, angkaTriwulan } from '../../src/core/rekap/angka-periode';
import { nomorTriwulan } from '../../src/core/periode';
import type { Agregasi, Indikator, Nilai, Periode, Polaritas, Rasio } from '../../src/core/types';

interface Kasus {
  periode: Periode;
  polaritas?: Polaritas;
  agregasi?: Agregasi;
  target: Nilai | null;
  /** The closed quarters as the tab shows them (TW I..TW(n−1), or TW I–IV for Tahunan). */
  sebelumnya?: (Nilai | null)[];
  /** What the bidang types as this period's realisasi ('' = nothing). */
  ketik: Nilai;
  penjelasan?: string;
  /** Rasio: the closed quarters' pembilang and penyebut, and what the bidang types into Pembilang and Penyebut. */
  rasioSebelumnya?: (Rasio | null)[];
  pembilang?: Nilai;
  penyebut?: Nilai;
}

const BIDANG = { kode: 'KWN', nama: 'Bidang Kewaspadaan', kabid: { nama: 'Kabid', nip: '1', jabatan: 'Kabid', email: 'kabid@contoh.go.id' }, stafEmails: [] };

function indikatorDari(k: Kasus): Indikator {
  return {
    kode: 'IK-01', sasaran: 'Sasaran', indikator: 'Indikator', bidang: BIDANG.kode, satuan: 'unit',
    polaritas: k.polaritas ?? 'positif', agregasi: k.agregasi ?? 'kumulatif',
    targetTahunan: k.target, targetTw: [k.target, k.target, k.target, k.target],
    targetRenstra: null, realisasiTahunLalu: null, program: 'Program', pagu: null,
  };
}

/**
 * The tab as the writer lays it out (isiLembar), with `ketik` typed into it, evaluated by
 * HyperFormula (the engine the emulator uses); then the recap's own path over the same values:
 * bacaBarisLembar → angkaTriwulan / angkaTahunan.
 */
function lembarDanRekap(k: Kasus, aturan: AturanCapaian) {
  const ind = indikatorDari(k);
  const isi = isiLembar(
    { instansi: 'Badan', periode: k.periode, tahun: 2026, bidang: BIDANG, batasWaktu: '10 April 2026' }, [ind], { [ind.kode]: k.sebelumnya ?? [] }, aturan,
    { [ind.kode]: k.rasioSebelumnya ?? [] },
  );
  const kolom = kolomLembar(k.periode);
  const b = isi.baris[0];
  const row: (string | number | boolean | null)[] = [...b.nilaiTetap, ...rumusTerurut(k.periode, b.rumus)];
  while (row.length < kolom.length) row.push(null);
  const taruh = (id: string, v: Nilai): void => {
    row[posisiKolom(k.periode, id) - 1] = v === '' ? null : v;
  };
  taruh('realisasi', k.ketik);
  taruh('pembilang', k.pembilang ?? '');
  taruh('penyebut', k.penyebut ?? '');
  taruh('penjelasan', k.penjelasan ?? '');
  const hf = HyperFormula.buildFromArray([...isi.kepala.map((r) => [...r]), row], { licenseKey: 'gpl-v3' });
  const values = hf.getSheetValues(0);
  const sel = (id: string): unknown => values[BARIS_DATA_PERTAMA - 1][posisiKolom(k.periode, id) - 1];
  const dibaca = bacaBarisLembar(values, k.periode).baris[0];
  // The closed quarters' pairs come back from the tab's own cells ("90,00 (9/10)").
  const rekap = k.periode === 'TAHUNAN'
    ? angkaTahunan(ind, dibaca.isian, [0, 1, 2, 3].map((i) => dibaca.sebelumnya[i] ?? null) as [Nilai | null, Nilai | null, Nilai | null, Nilai | null], null, aturan, dibaca.sebelumnyaRasio)
    : angkaTriwulan(ind, k.periode, nomorTriwulan(k.periode) as 1 | 2 | 3 | 4, dibaca.isian, dibaca.sebelumnya, aturan, dibaca.sebelumnyaRasio);
  const tahunanAda = k.periode !== 'TAHUNAN';
  return { lembar: { sel, sd: sel('realisasiSd'), capaian: sel('capaian'), kategori: sel('kategori'), capaianTahunan: tahunanAda ? sel('capaianTahunan') : null, keterangan: sel('keterangan') }, rekap };
}

/**
 * The sheet shows what the recap computes from the same tab: the same number and category, or the
 * same words; the same note of missing quarters; the same capaian against the target tahunan.
 */
function samaDenganRekap(k: Kasus, aturan: AturanCapaian = ATURAN_BAWAAN): { capaian: unknown; kategori: unknown; keterangan?: unknown } {
  const { lembar, rekap } = lembarDanRekap(k, aturan);
  const c = rekap.capaian;
  if (c.jenis === 'nilai') {
    // HyperFormula rounds results to 10 significant digits (its precisionRounding); Sheets keeps the double.
    expect(lembar.capaian).toBeCloseTo(c.persen, 8);
    expect(lembar.kategori).toBe(c.kategori);
    expect(lembar.keterangan ?? '').toBe(c.catatan ?? '');
  } else {
    expect(lembar.capaian).toBe(formatCapaian(c));
    expect(lembar.kategori).toBe('');
    expect(lembar.keterangan ?? '').toBe('');
  }
  const t = rekap.capaianTahunan;
  if (t === null) expect(lembar.capaianTahunan ?? '').toBe('');
  else if (t.jenis === 'nilai') expect(lembar.capaianTahunan).toBeCloseTo(t.persen, 8);
  else expect(lembar.capaianTahunan).toBe(formatCapaian(t));
  if (c.jenis === 'nilai' && c.catatan !== undefined) return { capaian: lembar.capaian, kategori: lembar.kategori, keterangan: lembar.keterangan };
  if (rekap.realisasiSd === null) expect(lembar.sd ?? '').toBe('');
  else expect(lembar.sd).toBeCloseTo(rekap.realisasiSd, 8);
  return { capaian: lembar.capaian, kategori: lembar.kategori };
}

describe('the bidang tab shows the capaian the recap computes from it (domain.md §4 worked examples)', () => {
  test('T 100, R 85 → 85 % Tinggi', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 100, ketik: 85 })).toEqual({ capaian: 85, kategori: 'Tinggi' });
  });
  test('negatif: T 8, R 4 → 150 %; R 10 → 75 %; R 20 → 0 % (floored)', () => {
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, ketik: 4 }).capaian).toBe(150);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, ketik: 10 }).capaian).toBe(75);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, ketik: 20 }).capaian).toBe(0);
  });
  test('negatif with the T/R setting: T 8, R 4 → 200 %; R 0 cannot be computed, in the recap\'s words', () => {
    const tr = { ...ATURAN_BAWAAN, rumusNegatif: 'T/R' as const };
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, ketik: 4 }, tr).capaian).toBe(200);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 8, ketik: 0 }, tr).capaian).toBe('tidak dapat dihitung (realisasi 0 (rumus T/R membagi dengan realisasi))');
  });
  test('T 0, R 5 → tidak dapat dihitung, never 0 % or 100 %', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 0, ketik: 5 }).capaian).toBe('tidak dapat dihitung (target 0)');
    expect(samaDenganRekap({ periode: 'TW1', target: null, ketik: 5 }).capaian).toBe('tidak dapat dihitung (target belum diisi)');
  });
  test('kumulatif, T₂ 50, R 20 + 25 → 90 % s.d. TW II', () => {
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: [20], ketik: 25 })).toEqual({ capaian: 90, kategori: 'Tinggi' });
  });
  test('terakhir, T₃ 80, R 70, —, 76 → 95 % s.d. TW III', () => {
    expect(samaDenganRekap({ periode: 'TW3', agregasi: 'terakhir', target: 80, sebelumnya: [70, null], ketik: 76 })).toEqual({ capaian: 95, kategori: 'Sangat Tinggi' });
  });
  test('an empty input is "belum diisi" whatever the earlier quarters or the target; a typed 0 is a real 0 %', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 10, ketik: '' }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: [20], ketik: '' }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ periode: 'TW3', agregasi: 'terakhir', target: 0, sebelumnya: [70, 72], ketik: '' }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ periode: 'TW1', target: 10, ketik: 0 })).toEqual({ capaian: 0, kategori: 'Sangat Rendah' });
  });
  test('"tidak ada data" with no quarter filled gives the recap\'s wording, with the penjelasan as the reason', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 50, ketik: 'Tidak Ada Data', penjelasan: ' Survei ditunda ' }).capaian).toBe('tidak dapat dihitung (tidak ada data: Survei ditunda)');
  });
  test('"tidak ada data" in TW II leaves TW I by the agregasi, flagged: kumulatif 20 of 50 → 40 %, terakhir 70 of 80 → 87,5 %', () => {
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: [20], ketik: 'tidak ada data' }))
      .toEqual({ capaian: 40, kategori: 'Sangat Rendah', keterangan: 'TW II tidak ada data; s.d. TW I' });
    expect(samaDenganRekap({ periode: 'TW2', agregasi: 'terakhir', target: 80, sebelumnya: [70], ketik: 'tidak ada data' }))
      .toEqual({ capaian: 87.5, kategori: 'Tinggi', keterangan: 'TW II tidak ada data; s.d. TW I' });
  });
  test('an empty earlier quarter is named: kumulatif, TW I missing, R₂ 25 of T₂ 50 → 50 % "TW I tidak ada data"', () => {
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: [null], ketik: 25 }))
      .toEqual({ capaian: 50, kategori: 'Sangat Rendah', keterangan: 'TW I tidak ada data' });
    // terakhir does not use TW I when TW II is filled: nothing to flag.
    expect(samaDenganRekap({ periode: 'TW2', agregasi: 'terakhir', target: 50, sebelumnya: [null], ketik: 25 })).toEqual({ capaian: 50, kategori: 'Sangat Rendah' });
  });
  test('the category follows the value shown: T 1000, R 909,96 → 91,00 % Sangat Tinggi; T 200, R 101,99 → 51,00 % Rendah', () => {
    expect(samaDenganRekap({ periode: 'TW1', target: 1000, ketik: 909.96 }).kategori).toBe('Sangat Tinggi');
    expect(samaDenganRekap({ periode: 'TW1', target: 200, ketik: 101.99 }).kategori).toBe('Rendah');
  });
  test('range targets, the target-0 rule and T/R at R = 0 agree with the recap', () => {
    const nol: AturanCapaian = { ...ATURAN_BAWAAN, targetNol: 'nol-100' };
    expect(samaDenganRekap({ periode: 'TW1', target: '80–90 %', ketik: 85 }).capaian).toBe(100);
    expect(samaDenganRekap({ periode: 'TW1', target: '80–90 %', ketik: 99 }).capaian).toBe(110);
    expect(samaDenganRekap({ periode: 'TW1', target: '80–90 %', ketik: 60 }).capaian).toBe(75);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: '7–8 hari', ketik: 10 }).capaian).toBe(75);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 0, ketik: 0 }, nol).capaian).toBe(100);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 0, ketik: 2 }, nol).capaian).toBe(0);
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 0, ketik: 2 }).capaian).toBe('tidak dapat dihitung (target 0)');
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 4, ketik: 0 }, { ...nol, rumusNegatif: 'T/R' }))
      .toEqual({ capaian: 100, kategori: 'Sangat Tinggi', keterangan: 'realisasi 0: dianggap 100 %' });
    expect(samaDenganRekap({ periode: 'TW1', polaritas: 'negatif', target: 4, ketik: 0 }, { ...nol, rumusNegatif: 'T/R', batasAtasCapaian: 120 }).capaian).toBe(120);
  });
  test('a label the scale does not know names itself and its quarter, in the sheet as in the recap', () => {
    const aturan = { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4 } };
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: ['XYZ'], ketik: 20 }, aturan).capaian).toBe('tidak dapat dihitung (realisasi TW I “XYZ” tidak ada di skala kualitatif)');
    expect(samaDenganRekap({ periode: 'TW2', target: 50, sebelumnya: [20], ketik: 'ABC' }, aturan).capaian).toBe('tidak dapat dihitung (realisasi TW II “ABC” tidak ada di skala kualitatif)');
  });
  test('rata-rata over filled quarters, terakhir falling back to the last closed quarter', () => {
    samaDenganRekap({ periode: 'TW4', agregasi: 'rata-rata', target: 7, sebelumnya: [6, null, 9], ketik: 8 });
    samaDenganRekap({ periode: 'TW3', agregasi: 'terakhir', target: 80, sebelumnya: [70, 72], ketik: 75 });
  });
  test('predikat through the scale: target WTP (4), realisasi WDP (3) → 75 %', () => {
    const aturan = { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4, WDP: 3 } };
    expect(samaDenganRekap({ periode: 'TW1', agregasi: 'terakhir', target: 'WTP', ketik: 'WDP' }, aturan)).toEqual({ capaian: 75, kategori: 'Sedang' });
  });
  test('a cap and a floating-point edge of the category band agree with the recap', () => {
    samaDenganRekap({ periode: 'TW1', target: 100, ketik: 130 }, { ...ATURAN_BAWAAN, batasAtasCapaian: 120 });
    samaDenganRekap({ periode: 'TW1', target: 3, ketik: 2.73 });
  });
  test('Tahunan: the final value overrides the quarters; without it, or with "tidak ada data", the quarters are aggregated', () => {
    samaDenganRekap({ periode: 'TAHUNAN', target: 100, sebelumnya: [20, 30, 25, 30], ketik: 98 });
    expect(samaDenganRekap({ periode: 'TAHUNAN', target: 100, sebelumnya: [20, 30, 25, 30], ketik: '' }).capaian).toBe(105);
    expect(samaDenganRekap({ periode: 'TAHUNAN', target: 100, sebelumnya: [20, 30, 25, 30], ketik: 'tidak ada data' }).capaian).toBe(105);
    expect(samaDenganRekap({ periode: 'TAHUNAN', target: 100, sebelumnya: [null, null, null, null], ketik: '' }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ periode: 'TAHUNAN', target: 100, sebelumnya: [null, null, null, null], ketik: 'tidak ada data', penjelasan: 'Audit belum selesai' }).capaian)
      .toBe('tidak dapat dihitung (tidak ada data: Audit belum selesai)');
  });
});

describe('rasio: pembilang and penyebut per quarter, s.d. = Σ pembilang / Σ penyebut (never the mean of the percentages)', () => {
  const rasio = { agregasi: 'rasio' as const, target: 50 };
  test('TW I 9/10 (90 %) and TW II 10/40 (25 %) → s.d. TW II 19/50 = 38 % (the mean would be 57,5 %); against T 50 → 76 % Tinggi', () => {
    const k = { ...rasio, periode: 'TW2' as const, sebelumnya: [90], rasioSebelumnya: [{ pembilang: 9, penyebut: 10 }], ketik: '', pembilang: 10, penyebut: 40, penjelasan: 'x' };
    expect(samaDenganRekap(k)).toEqual({ capaian: 76, kategori: 'Tinggi' });
    const { lembar, rekap } = lembarDanRekap(k, ATURAN_BAWAAN);
    expect(lembar.sd).toBeCloseTo(38, 8);
    expect(rekap.realisasi).toBe(25);
    expect(rekap.rasio).toEqual({ pembilang: 19, penyebut: 50 });
    // The closed quarter shows its pair, which is how the tab keeps it for the next check.
    expect(lembar.sel('realisasiTW1')).toBe('90,00 (9/10)');
  });
  test('TW I alone: 45/50 → 90 %; nothing typed is "belum diisi"; a pair without a penyebut above 0 cannot be computed', () => {
    expect(samaDenganRekap({ ...rasio, periode: 'TW1', ketik: '', pembilang: 45, penyebut: 50 })).toEqual({ capaian: 180, kategori: 'Sangat Tinggi' });
    expect(samaDenganRekap({ ...rasio, periode: 'TW1', ketik: '' }).capaian).toBe('belum diisi');
    expect(samaDenganRekap({ ...rasio, periode: 'TW1', ketik: '', pembilang: 4 }).capaian).toBe('tidak dapat dihitung (isi Pembilang dan Penyebut; penyebut harus lebih dari 0)');
    expect(samaDenganRekap({ ...rasio, periode: 'TW1', ketik: '', pembilang: 4, penyebut: 0 }).capaian).toBe('tidak dapat dihitung (isi Pembilang dan Penyebut; penyebut harus lebih dari 0)');
  });
  test('a missing quarter is left out of both sums and named: TW I 9/10, TW II none, TW III 10/40 → 19/50 = 38 %', () => {
    expect(samaDenganRekap({ ...rasio, periode: 'TW3', sebelumnya: [90, null], rasioSebelumnya: [{ pembilang: 9, penyebut: 10 }, null], ketik: '', pembilang: 10, penyebut: 40 }))
      .toEqual({ capaian: 76, kategori: 'Tinggi', keterangan: 'TW II tidak ada data' });
    expect(samaDenganRekap({ ...rasio, periode: 'TW2', sebelumnya: [90], rasioSebelumnya: [{ pembilang: 9, penyebut: 10 }], ketik: 'tidak ada data', penjelasan: 'belum ada dokumen' }))
      .toEqual({ capaian: 180, kategori: 'Sangat Tinggi', keterangan: 'TW II tidak ada data; s.d. TW I' });
    // A quarter archived with a number but no pair is named for what it lacks, as the recap names it.
    expect(samaDenganRekap({ ...rasio, periode: 'TW3', sebelumnya: [70, null], rasioSebelumnya: [null, null], ketik: '', pembilang: 10, penyebut: 40 }))
      .toEqual({ capaian: 50, kategori: 'Sangat Rendah', keterangan: 'TW I tanpa pembilang/penyebut; TW II tidak ada data' });
  });
  test('Tahunan: Σ over TW I–IV (9/10, 10/40, 1/50, —) = 20/100 = 20 % → 40 % of T 50; a final pair 30/60 overrides it', () => {
    const tw = { sebelumnya: [90, 25, 2, null], rasioSebelumnya: [{ pembilang: 9, penyebut: 10 }, { pembilang: 10, penyebut: 40 }, { pembilang: 1, penyebut: 50 }, null] };
    expect(samaDenganRekap({ ...rasio, ...tw, periode: 'TAHUNAN', ketik: '' })).toEqual({ capaian: 40, kategori: 'Sangat Rendah', keterangan: 'TW IV tidak ada data; s.d. TW III' });
    expect(samaDenganRekap({ ...rasio, ...tw, periode: 'TAHUNAN', ketik: '', pembilang: 30, penyebut: 60 })).toEqual({ capaian: 100, kategori: 'Sangat Tinggi' });
  });
});

describe('layout', () => {
  test('the inputs are one contiguous block at the right, the Kirim box sits in the header block', () => {
    for (const periode of ['TW1', 'TW3', 'TAHUNAN'] as const) {
      const jenis = kolomLembar(periode).map((k) => k.jenis);
      const awal = jenis.indexOf('masukan');
      expect(jenis.slice(awal).every((j) => j === 'masukan')).toBe(true);
      expect(jenis.slice(awal)).toHaveLength(9);
    }
    expect(SEL_KIRIM.baris).toBeLessThan(BARIS_JUDUL_TABEL);
  });
  test('Pembilang and Penyebut stand right after Realisasi (one read or note block covers the three)', () => {
    for (const periode of ['TW1', 'TW4', 'TAHUNAN'] as const) {
      expect([posisiKolom(periode, 'pembilang'), posisiKolom(periode, 'penyebut')]).toEqual([posisiKolom(periode, 'realisasi') + 1, posisiKolom(periode, 'realisasi') + 2]);
    }
    expect(kolomLembar('TW2').filter((k) => ['pembilang', 'penyebut'].includes(k.id)).map((k) => k.judul)).toEqual(['Pembilang TW II', 'Penyebut TW II']);
  });
  // Sheets keeps the decimal separator of a format with optional decimals on a whole number
  // ('#,##0.##' shows 85 as "85,"); the emulator does not model that, so the formats are checked.
  test('number cells show whole numbers without a dangling decimal separator', () => {
    for (const periode of ['TW2', 'TAHUNAN'] as const) {
      for (const k of kolomLembar(periode)) expect(k.format, k.id).not.toMatch(/\.#/);
    }
  });
  test('TW III shows the closed quarters TW I and TW II read-only', () => {
    const sebelumnya = kolomLembar('TW3').filter((k) => k.jenis === 'sebelumnya').map((k) => k.judul);
    expect(sebelumnya).toEqual(['Realisasi TW I', 'Realisasi TW II']);
  });
});
