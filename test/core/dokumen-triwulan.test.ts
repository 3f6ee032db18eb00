/** The Laporan Capaian Kinerja Triwulan: each kendala said once; a missing quarter named under its table. */
import { describe, expect, test } from 'vitest';
import { buatLaporanTriwulan } from '../../src/core/dokumen/laporan-triwulan';
import { buatRekap } from '../../src/core/rekap/buat';
import { allText } from './dokumen-fixture';
import { indikator, isian, masukanTw1 } from './rekap-fixture';

const OPSI = { tanggal: { tahun: 2026, bulan: 4, hari: 15 } };
const IND = ['A', 'B', 'C'].map((k) => indikator(k, { indikator: `Indikator ${k}`, targetTahunan: 100, targetTw: [25, 50, 75, 100] }));
const SAMA = { penjelasan: 'x', faktorPenghambat: 'jadwal bergeser', upaya: 'penjadwalan ulang' };

describe('Laporan Capaian Kinerja Triwulan: kendala dan upaya', () => {
  test('indicators with the same kendala and upaya share one item naming them; a different one has its own', () => {
    const masukan = masukanTw1(IND, [isian('A', 20, SAMA), isian('B', 20, SAMA), isian('C', 20, { penjelasan: 'x', faktorPenghambat: 'anggaran terlambat.' })]);
    const teks = allText(buatLaporanTriwulan(buatRekap(masukan), masukan.konfigurasi, OPSI));
    const bidang = masukan.konfigurasi.bidang[0].nama;
    expect(teks.filter((t) => t.includes('Kendala:'))).toEqual([
      `Indikator A (${bidang}); Indikator B (${bidang}): Kendala: Jadwal bergeser. Upaya: Penjadwalan ulang.`,
      `Indikator C (${bidang}): Kendala: Anggaran terlambat.`,
    ]);
  });

  test('a figure built over a missing quarter is named under its table, while the cell holds the figure only', () => {
    // Kumulatif, TW I missing: s.d. TW II = 30 against 50 → 60,00 %, flagged (domain.md §4).
    const masukan = masukanTw1([IND[0]], [isian('A', 30, { penjelasan: 'x' })], { periode: 'TW2', realisasiTwSebelumnya: { A: [null] } });
    const teks = allText(buatLaporanTriwulan(buatRekap(masukan), masukan.konfigurasi, OPSI));
    expect(teks).toContain('1 | Indikator A | 50 % | 30 % | 60,00 % | Rendah | 100 % | 30,00 %');
    expect(teks.filter((t) => t.startsWith('Catatan:'))).toEqual(['Catatan: Indikator A: TW I tidak ada data.']);
  });
});
