/**
 * The capaian rules of issue 15 (domain.md §4), each by a hand-computed case: the category of the
 * value shown, missing quarters computed by the agregasi and named, target 0, range targets,
 * capaian against the target tahunan, and the cap on averages.
 */
import { describe, expect, it } from 'vitest';
import { capaianSampaiTw, catatanTwKosong } from '../../src/core/agregasi';
import { ATURAN_BAWAAN, bacaRentang, formatCapaian, hitungCapaian, type AturanCapaian } from '../../src/core/capaian';
import { bacaIndikator } from '../../src/core/konfigurasi/indikator';
import { SKEMA_INDIKATOR } from '../../src/core/konfigurasi/skema';
import { buatRekap } from '../../src/core/rekap/buat';
import type { BarisRekap } from '../../src/core/rekap/model';
import type { Capaian, Nilai, Polaritas } from '../../src/core/types';
import { indikator, isian, konfigurasi, masukanTw1, terkirim } from './rekap-fixture';

const hitung = (polaritas: Polaritas, target: Nilai | null, realisasi: Nilai | null, aturan: AturanCapaian = ATURAN_BAWAAN): Capaian =>
  hitungCapaian({ polaritas, target, realisasi }, aturan);
const NOL_100: AturanCapaian = { ...ATURAN_BAWAAN, targetNol: 'nol-100' };

describe('the category follows the number shown (two decimals)', () => {
  it('T 1000, R 909,96 → 90,996 % shows "91,00 %" and is Sangat Tinggi', () => {
    const c = hitung('positif', 1000, 909.96);
    expect(formatCapaian(c)).toBe('91,00 %');
    expect(c).toMatchObject({ kategori: 'Sangat Tinggi' });
  });
  it('T 200, R 101,99 → 50,995 % shows "51,00 %" and is Rendah, not Sangat Rendah', () => {
    const c = hitung('positif', 200, 101.99);
    expect(formatCapaian(c)).toBe('51,00 %');
    expect(c).toMatchObject({ kategori: 'Rendah' });
  });
  it('90,994 % shows "90,99 %" and stays Tinggi', () => {
    expect(hitung('positif', 1000, 909.94)).toMatchObject({ kategori: 'Tinggi' });
  });
});

describe('a missing quarter is computed by the agregasi and named', () => {
  const ind = (agregasi: 'kumulatif' | 'terakhir' | 'rata-rata', targetTw: [number, number, number, number], targetTahunan: number) =>
    ({ polaritas: 'positif' as const, agregasi, targetTw, targetTahunan });

  it('kumulatif, TW I missing, R₂ 25 vs T₂ 50 → 50 %, flagged "TW I tidak ada data"', () => {
    const h = capaianSampaiTw({ indikator: ind('kumulatif', [25, 50, 75, 100], 100), realisasiTw: [null, 25], periode: 'TW2' }, ATURAN_BAWAAN);
    expect(h.realisasi).toBe(25);
    expect(h.catatan).toBe('TW I tidak ada data');
    expect(formatCapaian(h.capaian)).toBe('50,00 % (TW I tidak ada data)');
  });
  it('terakhir, TW III tidak ada data after 70, 76 → 76 of T₃ 80 = 95 %, "TW III tidak ada data; s.d. TW II"', () => {
    const h = capaianSampaiTw({ indikator: ind('terakhir', [70, 75, 80, 85], 85), realisasiTw: [70, 76, null], periode: 'TW3' }, ATURAN_BAWAAN);
    expect(h.capaian).toMatchObject({ jenis: 'nilai', persen: 95, catatan: 'TW III tidak ada data; s.d. TW II' });
  });
  it('rata-rata, TW II missing: (80 + 90) / 2 = 85 of 100, "TW II tidak ada data"', () => {
    const h = capaianSampaiTw({ indikator: ind('rata-rata', [100, 100, 100, 100], 100), realisasiTw: [80, null, 90], periode: 'TW3' }, ATURAN_BAWAAN);
    expect(h.capaian).toMatchObject({ persen: 85, catatan: 'TW II tidak ada data' });
  });
  it('the annual aggregate with TW IV empty names it: kumulatif 20 + 25 + 30 = 75 of 100', () => {
    const h = capaianSampaiTw({ indikator: ind('kumulatif', [25, 50, 75, 100], 100), realisasiTw: [20, 25, 30, null], periode: 'TAHUNAN' }, ATURAN_BAWAAN);
    expect(h.capaian).toMatchObject({ persen: 75, catatan: 'TW IV tidak ada data; s.d. TW III' });
  });
  it('terakhir with only an earlier quarter missing is not built over it: no flag', () => {
    expect(catatanTwKosong('terakhir', [null, 25])).toBeNull();
    expect(catatanTwKosong('kumulatif', [null, 25, null])).toBe('TW I, TW III tidak ada data; s.d. TW II');
    expect(catatanTwKosong('rata-rata', [null, null])).toBeNull();
  });

  it('the recap: TW II "tidak ada data" is no longer "tidak dapat dihitung" when TW I is filled', () => {
    const terakhir = indikator('K1', { agregasi: 'terakhir', targetTw: [80, 80, 80, 80], targetTahunan: 90 });
    const rekap = buatRekap({
      ...masukanTw1([terakhir], []),
      periode: 'TW2',
      bidang: [terkirim('B1', [isian('K1', null, { tidakAdaData: 'Survei ditunda', penjelasan: 'Survei ditunda' })])],
      realisasiTwSebelumnya: { K1: [70] },
    });
    const b = rekap.sasaran[0].baris[0];
    expect(b.realisasiSd).toBe(70);
    expect(b.capaian).toMatchObject({ persen: 87.5, kategori: 'Tinggi', catatan: 'TW II tidak ada data; s.d. TW I' });
    // 70 against the target tahunan 90 = 77,78 %, with the same flag.
    expect(formatCapaian(b.capaianTahunan!)).toBe('77,78 % (TW II tidak ada data; s.d. TW I)');
  });
});

describe('target 0 (Pengaturan ▸ Target 0)', () => {
  it('by default cannot be computed, whatever the polarity', () => {
    expect(hitung('negatif', 0, 0)).toEqual({ jenis: 'tidak-dapat-dihitung', alasan: 'target 0' });
  });
  it('with "R = 0 → 100 %": negative polarity R 0 → 100 %, R 3 → 0 %; positive stays tidak dapat dihitung', () => {
    expect(hitung('negatif', 0, 0, NOL_100)).toMatchObject({ persen: 100, kategori: 'Sangat Tinggi' });
    expect(hitung('negatif', 0, 3, NOL_100)).toMatchObject({ persen: 0, kategori: 'Sangat Rendah' });
    expect(hitung('positif', 0, 3, NOL_100).jenis).toBe('tidak-dapat-dihitung');
  });
  it('T/R with R = 0 under the rule: the cap when there is one, else 100 % with a note', () => {
    const tr = { ...NOL_100, rumusNegatif: 'T/R' as const };
    expect(formatCapaian(hitung('negatif', 4, 0, tr))).toBe('100,00 % (realisasi 0: dianggap 100 %)');
    expect(hitung('negatif', 4, 0, { ...tr, batasAtasCapaian: 120 })).toMatchObject({ persen: 120 });
    expect(hitung('negatif', 4, 0, { ...ATURAN_BAWAAN, rumusNegatif: 'T/R' }).jenis).toBe('tidak-dapat-dihitung');
  });
});

describe('range targets (PermenPAN-RB 6/2022 annex)', () => {
  it('reads the ways people write them', () => {
    expect(bacaRentang('80–90 %')).toEqual({ bawah: 80, atas: 90 });
    expect(bacaRentang('80 - 90')).toEqual({ bawah: 80, atas: 90 });
    expect(bacaRentang('7–8 hari')).toEqual({ bawah: 7, atas: 8 });
    expect(bacaRentang('12,5 s.d. 15')).toEqual({ bawah: 12.5, atas: 15 });
    expect(bacaRentang('90–80')).toBeNull();
    expect(bacaRentang('85')).toBeNull();
    expect(bacaRentang(85)).toBeNull();
  });
  it('positive "80–90 %": R 85 → 100 %; R 99 → 99 / 90 = 110 %; R 60 → 60 / 80 = 75 %', () => {
    expect(hitung('positif', '80–90 %', 85)).toMatchObject({ persen: 100 });
    expect(hitung('positif', '80–90 %', 99)).toMatchObject({ persen: 110 });
    expect(hitung('positif', '80–90 %', 60)).toMatchObject({ persen: 75 });
  });
  it('negative "7–8 hari": R 10 → (2 × 8 − 10) / 8 = 75 %; R 6 → (2 × 7 − 6) / 7 = 114,29 %; R 7,5 → 100 %', () => {
    expect(hitung('negatif', '7–8 hari', 10)).toMatchObject({ persen: 75 });
    expect(formatCapaian(hitung('negatif', '7–8 hari', 6))).toBe('114,29 %');
    expect(hitung('negatif', '7–8 hari', 7.5)).toMatchObject({ persen: 100 });
  });
});

describe('averages over indicators use the cap (Pengaturan ▸ Batas atas rata-rata, default 120)', () => {
  const baris = (rekap: ReturnType<typeof buatRekap>): BarisRekap[] => rekap.sasaran.flatMap((s) => s.baris);
  it('85 % and a negative indicator at 200 % (R 0) average (85 + 120) / 2 = 102,5 %, not 142,5 %', () => {
    const ind = [indikator('K1'), indikator('K2', { polaritas: 'negatif', targetTw: [8, 8, 8, 8] })];
    const rekap = buatRekap(masukanTw1(ind, [isian('K1', 85), isian('K2', 0)]));
    expect(baris(rekap).map((b) => b.capaian.jenis === 'nilai' && b.capaian.persen)).toEqual([85, 200]);
    expect(rekap.sorotan.keseluruhan.rataRataCapaian).toBe(102.5);
    expect(rekap.ringkasanSasaran[0].rataRataCapaian).toBe(102.5);
    const lain = buatRekap({ ...masukanTw1(ind, [isian('K1', 85), isian('K2', 0)]), konfigurasi: konfigurasi(ind, { batasRataRata: 100 }) });
    expect(lain.sorotan.keseluruhan.rataRataCapaian).toBe(92.5);
  });
});

describe('range targets in the Indikator tab', () => {
  it('are kept as written for the targets and refused for the Renstra target', () => {
    const judul = SKEMA_INDIKATOR.kolom.map((k) => k.judul);
    const baris = (ubah: Record<string, string>): string[] => SKEMA_INDIKATOR.kolom.map((k, i) => ubah[k.id] ?? SKEMA_INDIKATOR.contoh[0][i]);
    const hasil = bacaIndikator([judul, baris({ targetTw1: '80–90 %' }), baris({ kode: 'IKU-02', targetRenstra: '80–90' })], new Map([['SEK', 'SEK']]), {});
    expect(hasil.indikator[0].targetTw[0]).toBe('80–90 %');
    expect(hasil.masalah.map((m) => m.pesan)).toEqual(['"80–90" bukan angka dan bukan predikat dari Skala predikat.']);
  });
});
