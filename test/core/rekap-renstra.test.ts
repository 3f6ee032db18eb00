/**
 * Capaian against the Renstra end target is computed once (src/core/rekap/capaian-renstra.ts):
 * the annual recap tab's Renstra columns and the LKj's analysis 3 say the same figure.
 */
import { describe, expect, test } from 'vitest';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { bacaRenstra } from '../../src/core/konfigurasi/renstra';
import { rekapKeGrid } from '../../src/core/rekap/grid';
import type { Rekap } from '../../src/core/rekap/model';
import type { RiwayatIndikator } from '../../src/core/riwayat';
import { KONFIGURASI, paragraphs, rekapTahunan } from './dokumen-fixture';

const GRID_RENSTRA: readonly (readonly unknown[])[] = [
  ['Renstra', 'Isi'],
  ['Periode Renstra', '2024–2028'],
  ['Visi', ''],
  ['Misi', ''],
  ['Tujuan', ''],
  ['', ''],
  ['Kode indikator', 'Target akhir Renstra', 'Jenis target Renstra', 'Standar nasional/provinsi', 'Sumber standar'],
  ['I1', 95, 'kondisi akhir', '', ''],
  ['I2', 30, 'kumulatif', '', ''],
];

const { renstra, masalah } = bacaRenstra(GRID_RENSTRA, KONFIGURASI.indikator, {});

function riwayat(tahun: number, realisasi: number): RiwayatIndikator {
  return { tahun, kodeIndikator: 'I2', indikator: 'Jumlah temuan berulang', kodeBidang: 'B1', satuan: 'temuan', target: 8, realisasi, capaian: null, kategori: '' };
}

/** The recap tab's detail row of `kode`: its cells by column header. */
function barisTab(rekap: Rekap, kode: string): Record<string, unknown> {
  const g = rekapKeGrid(rekap, { tanggalCetak: '2027-01-15' });
  const kepala = g.values[g.barisKepalaDetail - 1];
  const row = g.values.find((r, i) => i >= g.barisKepalaDetail && r[kepala.indexOf('Kode')] === kode);
  if (!row) throw new Error(`no row ${kode}`);
  return Object.fromEntries(kepala.map((h, i) => [String(h), row[i]]));
}

/** The LKj's analysis paragraph of the indicator named `nama`. */
function analisis(rekap: Rekap, nama: string): string {
  return paragraphs(buatDrafLkj(rekap, KONFIGURASI, { tanggal: { tahun: 2027, bulan: 1, hari: 15 }, renstra })).find((p) => p.startsWith(`Indikator "${nama}"`)) ?? '';
}

describe('capaian against the Renstra: one figure in the recap and the LKj', () => {
  test('the Renstra tab reads without problems', () => {
    expect(masalah).toEqual([]);
  });

  test('a cumulative target sums the Riwayat years of the Renstra period with this year\'s, in both', () => {
    // I2 (negatif, 2T − R): 6 (2024) + 5 (2025) + 4 (2026) = 15 of at most 30 → (2 × 30 − 15) ÷ 30 = 150 %.
    // 2023 lies before the Renstra period and is not summed.
    const rekap = rekapTahunan({ renstra, riwayat: [riwayat(2023, 9), riwayat(2024, 6), riwayat(2025, 5)] });
    const baris = barisTab(rekap, 'I2');
    expect(baris['Target Akhir Renstra']).toBe(30);
    expect(baris['Jenis Target Renstra']).toBe('kumulatif');
    expect(baris['Realisasi thd Renstra']).toBe(15);
    expect(baris['Capaian terhadap Renstra (%)']).toBe(150);
    // The year's own realisasi stays this year's.
    expect(baris['Realisasi Tahunan']).toBe(4);
    expect(analisis(rekap, 'Jumlah temuan berulang')).toContain('= 6 (2024) + 5 (2025) + 4 (2026) = 15 temuan; capaian = (2 × target akhir − realisasi kumulatif) ÷ target akhir × 100 % = 150,00 %;');

    // Without 2024 in Riwayat: 5 + 4 = 9 → (60 − 9) ÷ 30 = 170 %; both name the missing year.
    const kurang = rekapTahunan({ renstra, riwayat: [riwayat(2025, 5)] });
    const b = barisTab(kurang, 'I2');
    expect(b['Realisasi thd Renstra']).toBe(9);
    expect(b['Capaian terhadap Renstra (%)']).toBe(170);
    expect(b['Keterangan']).toBe('Renstra: realisasi 2024 tidak ada di Riwayat Capaian');
    const kalimat = analisis(kurang, 'Jumlah temuan berulang');
    expect(kalimat).toContain('= 170,00 %;');
    expect(kalimat).toContain('Realisasi 2024 tidak ada di tab Riwayat Capaian, sehingga tidak ikut dijumlah.');
  });

  test('an end-condition target sets this year\'s realisasi alone against it, in both', () => {
    // I1: 85 of 95 = 89,47 %; its earlier years (were there any) are not summed.
    const rekap = rekapTahunan({ renstra, riwayat: [{ ...riwayat(2025, 80), kodeIndikator: 'I1' }] });
    const baris = barisTab(rekap, 'I1');
    expect(baris['Jenis Target Renstra']).toBe('kondisi akhir');
    expect(baris['Realisasi thd Renstra']).toBe(85);
    expect(baris['Capaian terhadap Renstra (%)']).toBeCloseTo((85 / 95) * 100, 9);
    expect(analisis(rekap, 'Persentase dokumen tepat waktu')).toContain('(target kondisi akhir 95 %): realisasi 2026 85 %; capaian = realisasi ÷ target akhir × 100 % = 89,47 %;');
  });

  test('an indicator without an end target has empty Renstra cells and no analysis 3', () => {
    const rekap = rekapTahunan({ renstra });
    const baris = barisTab(rekap, 'I3');
    expect([baris['Target Akhir Renstra'], baris['Jenis Target Renstra'], baris['Realisasi thd Renstra'], baris['Capaian terhadap Renstra (%)']]).toEqual(['', '', '', '']);
    expect(analisis(rekap, 'Nilai SAKIP')).not.toContain('Terhadap Renstra');
  });
});
