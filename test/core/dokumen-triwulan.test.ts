/** The Laporan Capaian Kinerja Triwulan's "Kendala dan Upaya": each reason said once. */
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
});
