import { describe, expect, test } from 'vitest';
import { bacaNarasi } from '../../src/core/konfigurasi/narasi';
import { bacaRenstra } from '../../src/core/konfigurasi/renstra';
import { uraianMasalah } from '../../src/core/konfigurasi/index';
import { indikator } from './rekap-fixture';

const INDIKATOR = [indikator('IK-01'), indikator('IK-02', { targetRenstra: 80 }), indikator('IK-03', { satuan: 'predikat', targetRenstra: 'WTP' })];
const JUDUL = ['Kode indikator', 'Target akhir Renstra', 'Jenis target Renstra', 'Standar nasional/provinsi', 'Sumber standar'];

function grid(...baris: (readonly unknown[])[]): unknown[][] {
  return [['Renstra', 'Isi'], ['Periode Renstra', '2025–2029'], ['Visi', 'Aman'], [], JUDUL, ...baris.map((b) => [...b])];
}

describe('Renstra tab', () => {
  test('reads the summary and each indicator; indicators not in the table keep the Indikator tab\'s end target as an end condition', () => {
    const { renstra, masalah } = bacaRenstra(grid(['ik-01', '1.500', 'kumulatif', '', '']), INDIKATOR, { WTP: 4 });
    expect(masalah).toEqual([]);
    expect(renstra.periode).toEqual({ awal: 2025, akhir: 2029 });
    expect(renstra.visi).toBe('Aman');
    expect(renstra.indikator.get('IK-01')).toEqual({ kode: 'IK-01', target: 1500, jenis: 'kumulatif', standar: null, sumberStandar: '' });
    expect(renstra.indikator.get('IK-02')).toEqual({ kode: 'IK-02', target: 80, jenis: null, standar: null, sumberStandar: '' });
  });

  test('no tab yet: an empty summary, no problem', () => {
    expect(bacaRenstra(null, INDIKATOR, {}).masalah).toEqual([]);
  });

  test('each bad cell is named by tab, row and column, in Indonesian', () => {
    const { masalah } = bacaRenstra(
      [
        ['Renstra', 'Isi'], ['Periode Renstra', '2029–2025'], ['Visi ', 'Aman'], ['Misii', 'Tertib'], [], JUDUL,
        ['IK-09', '10', 'kumulatif', '', ''],
        ['IK-01', '10', '', '', ''],
        ['IK-02', '90', 'kondisi akhir', '', ''],
        ['IK-03', '', 'kumulatif', '', ''],
        ['IK-01', '', 'akhir', 'tinggi', ''],
      ],
      INDIKATOR,
      { WTP: 4 },
    );
    expect(masalah.map(uraianMasalah)).toEqual([
      'Renstra, baris 4, kolom Isi: Baris "Misii" tidak dikenal, sehingga isinya tidak dipakai. Pakai salah satu label: "Periode Renstra", "Visi", "Misi", "Tujuan".',
      'Renstra, baris 2, kolom Isi: Periode Renstra: "2029–2025" tidak berbentuk tahun awal–tahun akhir, mis. 2025–2029.',
      'Renstra, baris 7, kolom Kode indikator: Kode indikator "IK-09" tidak ada di tab Indikator.',
      'Renstra, baris 8, kolom Jenis target Renstra: Wajib diisi bila indikator mempunyai target akhir Renstra: "kumulatif" atau "kondisi akhir".',
      'Renstra, baris 9, kolom Target akhir Renstra: Target 90 berbeda dengan Target akhir Renstra 80 di tab Indikator untuk IK-02. Samakan, atau kosongkan salah satunya.',
      'Renstra, baris 10, kolom Jenis target Renstra: Target "WTP" berupa predikat, sehingga tidak dapat dijumlah: pilih "kondisi akhir".',
      'Renstra, baris 11, kolom Kode indikator: Kode indikator "IK-01" sudah ada di baris 8.',
      'Renstra, baris 11, kolom Standar nasional/provinsi: "tinggi" bukan angka dan bukan predikat dari Skala predikat.',
      'Renstra, baris 11, kolom Jenis target Renstra: Jenis target Renstra harus "kumulatif" atau "kondisi akhir", bukan "akhir".',
    ]);
  });

  test('a standard needs its source, and a source its standard', () => {
    const { masalah } = bacaRenstra(grid(['IK-01', '', '', '90', ''], ['IK-02', '', 'kondisi akhir', '', 'SPM']), INDIKATOR, {});
    expect(masalah.map(uraianMasalah)).toEqual([
      'Renstra, baris 6, kolom Sumber standar: Sebutkan sumber standar (dokumen dan tahunnya).',
      'Renstra, baris 7, kolom Standar nasional/provinsi: Sumber standar diisi tetapi nilai standarnya kosong.',
    ]);
  });
});

describe('Narasi tab', () => {
  test('reads each text by its label; an unknown label with text is reported, a missing tab is all empty', () => {
    const { narasi, masalah } = bacaNarasi([['Narasi', 'Isi'], ['tugas pokok dan fungsi', 'Membantu Wali Kota.'], ['Isu strategiss', 'Konflik.']]);
    expect(narasi.tupoksi).toBe('Membantu Wali Kota.');
    expect(narasi.isuStrategis).toBe('');
    expect(masalah.map(uraianMasalah)).toEqual([
      'Narasi, baris 3, kolom Isi: Baris "Isu strategiss" tidak dikenal, sehingga isinya tidak dipakai. Pakai salah satu label: "Tugas pokok dan fungsi", "Struktur organisasi", "Isu strategis", "Langkah ke depan".',
    ]);
    expect(bacaNarasi(null)).toEqual({ narasi: { tupoksi: '', struktur: '', isuStrategis: '', langkahKeDepan: '' }, masalah: [] });
  });
});
