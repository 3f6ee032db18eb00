/** A rasio indicator in the documents: the s.d. figure from Σ pembilang / Σ penyebut, with the sums beside it. */
import { describe, expect, test } from 'vitest';
import { buatLaporanTriwulan } from '../../src/core/dokumen/laporan-triwulan';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { tableGrid } from '../../src/core/dokumen/model';
import { buatRekap } from '../../src/core/rekap/buat';
import { tables } from './dokumen-fixture';
import { indikator, isian, masukanTw1 } from './rekap-fixture';

const OPSI = { tanggal: { tahun: 2026, bulan: 7, hari: 20 } };
const IND = [indikator('R', { indikator: 'Persentase dokumen tepat waktu', satuan: '%', agregasi: 'rasio', targetTahunan: 50, targetTw: [50, 50, 50, 50] })];
// TW I 9/10 (90 %), TW II 10/40 (25 %): s.d. TW II 19/50 = 38 %, 76 % of 50 — the mean of the percentages would say 57,5.
const MASUKAN = masukanTw1(IND, [isian('R', 25, { pembilang: 10, penyebut: 40 })], {
  periode: 'TW2', realisasiTwSebelumnya: { R: [90] }, rasioTw: { R: [{ pembilang: 9, penyebut: 10 }] },
});

describe('rasio in the documents', () => {
  test('the LKj table shows realisasi s.d. TW II as 38 with its sums 19/50, and capaian 76 %', () => {
    const lkj = buatDrafLkj(buatRekap(MASUKAN), MASUKAN.konfigurasi, OPSI);
    const tabel = tables(lkj).find((t) => t.header[0]?.[6] === 'Kategori');
    expect(tabel && tableGrid(tabel)[1]).toEqual(['1', 'Persentase dokumen tepat waktu', '%', '50', '38 (19/50)', '76,00 %', 'Tinggi', '76,00 %']);
  });

  test('the Laporan Capaian Kinerja Triwulan says the same', () => {
    const laporan = buatLaporanTriwulan(buatRekap(MASUKAN), MASUKAN.konfigurasi, OPSI);
    const tabel = tables(laporan).find((t) => t.header[0]?.[5] === 'Kategori');
    const baris = tabel && tableGrid(tabel)[1];
    expect(baris?.slice(3, 6)).toEqual(['38 % (19/50)', '76,00 %', 'Tinggi']);
  });
});
