import { describe, expect, test } from 'vitest';
import { ATURAN_BAWAAN } from '../../src/core/capaian';
import { BARIS_DATA_PERTAMA, kolomLembar, posisiKolom } from '../../src/core/lembar-bidang';
import type { Indikator, Periode } from '../../src/core/types';
import { periksaKiriman, uraianMasalahKiriman } from '../../src/core/validasi-kiriman';

function indikator(kode: string, lain: Partial<Indikator> = {}): Indikator {
  return {
    kode, sasaran: 'S', indikator: `Indikator ${kode}`, bidang: 'KWN', satuan: 'laporan', polaritas: 'positif', agregasi: 'kumulatif',
    targetTahunan: 48, targetTw: [12, 24, 36, 48], targetRenstra: null, realisasiTahunLalu: null, program: 'P', pagu: null, ...lain,
  };
}

/** A tab's values: header rows, then one row per entry (column id → value). */
function tab(periode: Periode, baris: Record<string, unknown>[]): unknown[][] {
  const lebar = kolomLembar(periode).length;
  const kosong = (): unknown[] => new Array<unknown>(lebar).fill('');
  return [
    ...Array.from({ length: BARIS_DATA_PERTAMA - 1 }, kosong),
    ...baris.map((b) => {
      const row = kosong();
      for (const [id, v] of Object.entries(b)) row[posisiKolom(periode, id) - 1] = v;
      return row;
    }),
  ];
}

const P = { tab: 'TW I 2026 · KWN', periode: 'TW1' as const, bidang: 'KWN', aturan: { ...ATURAN_BAWAAN, skalaKualitatif: { WTP: 4, WDP: 3 } } };

function uraian(values: unknown[][], ind: Indikator[], periode: Periode = 'TW1'): string[] {
  return periksaKiriman(values, [], { ...P, periode, indikator: ind }).masalah.map((m) => uraianMasalahKiriman(m, periode));
}

describe('periksa kiriman', () => {
  test('a complete tab passes; its isian are what was typed', () => {
    const hasil = periksaKiriman(
      tab('TW1', [
        { kode: 'IK-1', realisasi: 12, buktiDukung: 'https://drive.google.com/a' },
        { kode: 'IK-2', realisasi: '10,5', penjelasan: 'Hujan', realisasiAnggaran: '1.250.000' },
        { kode: 'IK-3', realisasi: 'Tidak ada data', penjelasan: 'Survei belum terbit' },
        { kode: 'IK-4', realisasi: 'WTP' },
      ]),
      [],
      { ...P, indikator: [indikator('IK-1'), indikator('IK-2'), indikator('IK-3'), indikator('IK-4', { targetTw: ['WTP', 'WTP', 'WTP', 'WTP'] }), indikator('IK-9', { bidang: 'POL' })] },
    );
    expect(hasil.masalah).toEqual([]);
    expect(hasil.isian.map((i) => [i.kodeIndikator, i.realisasi, i.tidakAdaData, i.realisasiAnggaran])).toEqual([
      ['IK-1', 12, null, null], ['IK-2', 10.5, null, 1250000], ['IK-3', null, 'Survei belum terbit', null], ['IK-4', 'WTP', null, null],
    ]);
  });

  test('every problem, each with its cell', () => {
    const ind = [indikator('IK-1'), indikator('IK-2', { polaritas: 'negatif', agregasi: 'terakhir', targetTw: [8, 8, 8, 8] }), indikator('IK-3'), indikator('IK-4'), indikator('IK-5'), indikator('IK-6')];
    expect(uraian(tab('TW1', [
      { kode: 'IK-1' },
      { kode: 'IK-2', realisasi: 10 }, // negatif: (16 − 10) / 8 = 75 %
      { kode: 'IK-3', realisasi: 'tidak ada data' },
      { kode: 'IK-4', realisasi: 'banyak', buktiDukung: 'map biru di lemari' },
      { kode: 'IK-5', realisasi: -1, realisasiAnggaran: 'sejuta' },
      { kode: 'IK-7', realisasi: 3 },
    ]), ind)).toEqual([
      'TW I 2026 · KWN: baris indikator IK-6 tidak ada: barisnya terhapus dari tab ini. Kembalikan dengan Ctrl+Z atau File ▸ Histori versi, atau minta admin memulihkannya.',
      'TW I 2026 · KWN!N8 (Realisasi TW I): belum diisi.',
      'TW I 2026 · KWN!R9 (Penjelasan): capaian 75,00 % di bawah 100 %: tulis penjelasannya.',
      'TW I 2026 · KWN!R10 (Penjelasan): realisasi "tidak ada data": tulis alasannya di sini.',
      'TW I 2026 · KWN!N11 (Realisasi TW I): "banyak" bukan angka dan bukan predikat dari Skala predikat (atau tulis "tidak ada data").',
      'TW I 2026 · KWN!V11 (Bukti dukung (link)): bukan tautan. Tulis alamat lengkap yang diawali https:// (mis. tautan Google Drive).',
      'TW I 2026 · KWN!N12 (Realisasi TW I): tidak boleh negatif: satuannya "laporan" dihitung per laporan.',
      'TW I 2026 · KWN!Q12 (Realisasi anggaran s.d. TW I (Rp)): “sejuta” bukan angka.',
      'TW I 2026 · KWN!B13 (Kode): indikator "IK-7" bukan milik bidang ini (lihat tab Indikator).',
    ]);
  });

  test('penjelasan is required by the capaian up to the period, with the closed quarters the tab shows', () => {
    const ind = [indikator('IK-1')]; // kumulatif, target s.d. TW II = 24
    expect(uraian(tab('TW2', [{ kode: 'IK-1', realisasiTW1: 12, realisasi: 12 }]), ind, 'TW2')).toEqual([]);
    expect(uraian(tab('TW2', [{ kode: 'IK-1', realisasiTW1: 10, realisasi: 12 }]), ind, 'TW2')).toEqual([
      'TW I 2026 · KWN!S8 (Penjelasan): capaian 91,67 % di bawah 100 %: tulis penjelasannya.',
    ]);
  });
});

describe('periksa kiriman: absurd numbers', () => {
  test('a realisasi of 1E+308 (a typed "1e308") is refused like an absurd anggaran', () => {
    expect(uraian(tab('TW1', [{ kode: 'IK-1', realisasi: 1e308, penjelasan: 'x' }]), [indikator('IK-1')])).toEqual([
      `TW I 2026 · KWN!${String.fromCharCode(64 + posisiKolom('TW1', 'realisasi'))}${BARIS_DATA_PERTAMA} (Realisasi TW I): Angka terlalu besar: nilai mutlaknya paling banyak 1.000.000.000.000.000.`,
    ]);
  });

  test('a growth rate may be negative; a count may not', () => {
    const ind = [indikator('IK-1', { satuan: '%', indikator: 'Laju pertumbuhan ormas' }), indikator('IK-2', { satuan: 'orang' })];
    expect(uraian(tab('TW1', [
      { kode: 'IK-1', realisasi: -2.5, penjelasan: 'Ormas membubarkan diri' },
      { kode: 'IK-2', realisasi: -1, penjelasan: 'Salah ketik' },
    ]), ind)).toEqual(['TW I 2026 · KWN!N9 (Realisasi TW I): tidak boleh negatif: satuannya "orang" dihitung per orang.']);
  });

  test('a number typed as a formula ("=1+1") is refused with its cell, not stored as 2', () => {
    const values = tab('TW1', [{ kode: 'IK-1', realisasi: 2, realisasiAnggaran: 5000, penjelasan: 'x' }]);
    const rumus = values.map((r) => r.map(() => ''));
    rumus[BARIS_DATA_PERTAMA - 1][posisiKolom('TW1', 'realisasi') - 1] = '=1+1';
    const hasil = periksaKiriman(values, rumus, { ...P, indikator: [indikator('IK-1')] });
    expect(hasil.masalah.map((m) => uraianMasalahKiriman(m, 'TW1'))).toEqual([
      'TW I 2026 · KWN!N8 (Realisasi TW I): berisi rumus =1+1; ketik angkanya saja (rumus tidak disimpan sebagai isian).',
    ]);
  });
});

describe('periksa kiriman: rasio indicators', () => {
  // Persentase dokumen tepat waktu: target s.d. TW II 50 (%), a level.
  const rasio = indikator('IK-R', { satuan: '%', agregasi: 'rasio', targetTw: [50, 50, 50, 50], targetTahunan: 50 });
  const huruf = (id: string): string => String.fromCharCode(64 + posisiKolom('TW2', id));

  test('the row\'s realisasi is Pembilang / Penyebut × 100, and the penjelasan rule uses Σ pembilang / Σ penyebut, not the mean', () => {
    // TW I 9/10 (90 %), TW II 10/40 (25 %): s.d. 19/50 = 38 % → 76 % of 50, so a penjelasan is due
    // (the mean of the percentages, 57,5 %, would give 115 % and ask for none).
    const baris = { kode: 'IK-R', agregasi: 'rasio', realisasiTW1: '90,00 (9/10)', pembilang: 10, penyebut: 40 };
    expect(uraian(tab('TW2', [baris]), [rasio], 'TW2')).toEqual([
      `TW I 2026 · KWN!${huruf('penjelasan')}8 (Penjelasan): capaian 76,00 % di bawah 100 %: tulis penjelasannya.`,
    ]);
    const hasil = periksaKiriman(tab('TW2', [{ ...baris, penjelasan: 'Banyak dokumen masuk akhir triwulan' }]), [], { ...P, periode: 'TW2', indikator: [rasio] });
    expect(hasil.masalah).toEqual([]);
    expect(hasil.isian.map((i) => [i.realisasi, i.pembilang, i.penyebut])).toEqual([[25, 10, 40]]);
    expect(hasil.baris[0]?.sebelumnyaRasio).toEqual([{ pembilang: 9, penyebut: 10 }]);
  });

  test('pembilang ≥ 0 and penyebut > 0, both filled; Realisasi left empty; other rows leave both empty — each named by tab, cell and column', () => {
    const lain = indikator('IK-1');
    const r = (kode: string): Indikator => ({ ...rasio, kode });
    const sel = (id: string, baris: number): string => `${huruf(id)}${baris}`;
    const judul = (id: string): string => kolomLembar('TW2').find((k) => k.id === id)!.judul;
    expect(uraian(tab('TW2', [
      { kode: 'IK-R1', agregasi: 'rasio', pembilang: 4, penyebut: 0, penjelasan: 'x' },
      { kode: 'IK-R2', agregasi: 'rasio', pembilang: -1, penyebut: 10, penjelasan: 'x' },
      { kode: 'IK-R3', agregasi: 'rasio', penyebut: 10, penjelasan: 'x' },
      { kode: 'IK-R4', agregasi: 'rasio', realisasi: 25, pembilang: 1, penyebut: 4, penjelasan: 'x' },
      { kode: 'IK-1', agregasi: 'kumulatif', realisasi: 24, pembilang: 3 },
      { kode: 'IK-R5', agregasi: 'rasio', pembilang: 'sepuluh', penyebut: 10, penjelasan: 'x' },
    ]), [r('IK-R1'), r('IK-R2'), r('IK-R3'), r('IK-R4'), lain, r('IK-R5')], 'TW2')).toEqual([
      `TW I 2026 · KWN!${sel('penyebut', 8)} (${judul('penyebut')}): harus lebih dari 0 (pembagi rasio).`,
      `TW I 2026 · KWN!${sel('pembilang', 9)} (${judul('pembilang')}): tidak boleh negatif.`,
      `TW I 2026 · KWN!${sel('pembilang', 10)} (Pembilang TW II): belum diisi: indikator rasio diisi Pembilang dan Penyebut (atau tulis "tidak ada data" di Realisasi).`,
      `TW I 2026 · KWN!${sel('realisasi', 11)} (Realisasi TW II): indikator rasio: kosongkan sel ini (realisasi dihitung dari Pembilang / Penyebut), atau tulis "tidak ada data".`,
      `TW I 2026 · KWN!${sel('pembilang', 12)} (Pembilang TW II): hanya untuk indikator rasio: kosongkan sel ini.`,
      `TW I 2026 · KWN!${sel('pembilang', 13)} (Pembilang TW II): “sepuluh” bukan angka.`,
    ]);
    // "tidak ada data" with its reason needs no pair.
    expect(uraian(tab('TW2', [{ kode: 'IK-R', agregasi: 'rasio', realisasi: 'tidak ada data', penjelasan: 'Arsip belum dibuka' }]), [rasio], 'TW2')).toEqual([]);
  });

  test('a Pembilang typed as a formula is refused like a realisasi', () => {
    const values = tab('TW1', [{ kode: 'IK-R', agregasi: 'rasio', pembilang: 2, penyebut: 4, penjelasan: 'x' }]);
    const rumus = values.map((r) => r.map(() => ''));
    rumus[BARIS_DATA_PERTAMA - 1][posisiKolom('TW1', 'pembilang') - 1] = '=1+1';
    expect(periksaKiriman(values, rumus, { ...P, indikator: [rasio] }).masalah.map((m) => uraianMasalahKiriman(m, 'TW1'))).toEqual([
      `TW I 2026 · KWN!${String.fromCharCode(64 + posisiKolom('TW1', 'pembilang'))}8 (Pembilang TW I): berisi rumus =1+1; ketik angkanya saja (rumus tidak disimpan sebagai isian).`,
    ]);
  });
});
