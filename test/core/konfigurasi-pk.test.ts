import { describe, expect, test } from 'vitest';
import { bacaKonfigurasi, uraianMasalah } from '../../src/core/konfigurasi/index';
import { normalJudul } from '../../src/core/konfigurasi/judul';
import { KUNCI_PENGATURAN, SKEMA_BIDANG } from '../../src/core/konfigurasi/skema';
import { BIDANG_CONTOH, PENGATURAN_CONTOH } from '../../node/fixtures/opd-contoh';

/** A Perjanjian Kinerja table as it lands when pasted from Word: its own headers, a merged Sasaran column, a row number. */
const PK: string[][] = [
  ['No', 'Kode', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2026', 'Target TW I', 'Target s/d Triwulan II', 'TW III', 'Target Triwulan 4', 'Penanggung Jawab', 'Polaritas', 'Agregasi'],
  ['1', 'IK-01', 'Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP', 'nilai', '70', '70', '70', '70', '70', 'Sekretariat', 'positif', 'terakhir'],
  ['2', 'IK-02', '', 'Opini BPK', 'predikat', 'WTP', '', '', '', 'WTP', 'SEK', 'positif', 'terakhir'],
  ['3', 'IK-03', 'Menguatnya ideologi Pancasila', 'Persentase peserta wawasan kebangsaan', '%', '95%', '20%', '45%', '70%', '95%', 'idb', 'positif', 'terakhir'],
];

function grids(indikator: string[][]) {
  return {
    pengaturan: [['Pengaturan', 'Nilai'], ...KUNCI_PENGATURAN.map((k) => [k.label, PENGATURAN_CONTOH[k.label] ?? k.contoh])],
    bidang: [SKEMA_BIDANG.kolom.map((k) => k.judul), ...BIDANG_CONTOH.map((r) => [...r])],
    indikator,
  };
}

describe('the Indikator tab from a pasted Perjanjian Kinerja', () => {
  test('office headers in any order are read; a merged Sasaran cell carries down; a bidang may be named', () => {
    const hasil = bacaKonfigurasi(grids(PK));
    if (!hasil.ok) throw new Error(hasil.masalah.map(uraianMasalah).join('\n'));
    const [sakip, opini, peserta] = hasil.konfigurasi.indikator;
    expect(sakip).toMatchObject({ kode: 'IK-01', sasaran: 'Meningkatnya akuntabilitas kinerja', bidang: 'SEK', satuan: 'nilai', targetTahunan: 70 });
    expect(opini).toMatchObject({ sasaran: 'Meningkatnya akuntabilitas kinerja', targetTahunan: 'WTP', targetTw: [null, null, null, 'WTP'] });
    expect(peserta).toMatchObject({ bidang: 'IDB', targetTw: [20, 45, 70, 95] });
  });

  test('agregasi "rasio" is read; any other word is refused naming the four choices', () => {
    const pk = [...PK.map((r) => [...r]), ['4', 'IK-04', '', 'Persentase dokumen tepat waktu', '%', '90', '90', '90', '90', '90', 'SEK', 'positif', 'Rasio']];
    const hasil = bacaKonfigurasi(grids(pk));
    if (!hasil.ok) throw new Error(hasil.masalah.map(uraianMasalah).join('\n'));
    expect(hasil.konfigurasi.indikator[3]).toMatchObject({ kode: 'IK-04', agregasi: 'rasio' });
    pk[4][12] = 'proporsi';
    const salah = bacaKonfigurasi(grids(pk));
    expect(salah.ok ? [] : salah.masalah.map(uraianMasalah)).toEqual(['Indikator, baris 5, kolom Agregasi: Agregasi harus kumulatif, terakhir, rata-rata atau rasio, bukan "proporsi".']);
  });

  test('a rasio indicator is a percentage: any satuan but "%" is refused on its Satuan cell, saying why', () => {
    const pk = [...PK.map((r) => [...r]), ['4', 'IK-04', '', 'Jumlah dokumen tepat waktu', 'dokumen', '90', '90', '90', '90', '90', 'SEK', 'positif', 'rasio']];
    const salah = bacaKonfigurasi(grids(pk));
    expect(salah.ok ? [] : salah.masalah.map(uraianMasalah)).toEqual([
      'Indikator, baris 5, kolom Satuan: Agregasi rasio menghasilkan persentase (pembilang / penyebut × 100), jadi Satuan harus "%", bukan "dokumen". Ubah Satuan menjadi "%", atau pilih agregasi lain.',
    ]);
    pk[4][12] = 'kumulatif';
    expect(bacaKonfigurasi(grids(pk)).ok).toBe(true);
  });

  test('header variants offices write normalise to one form', () => {
    expect(normalJudul('Target S.D. Triwulan 1 (%)')).toBe('target sd tw i');
    expect(normalJudul('  TARGET   s/d TW-II ')).toBe('target sd tw ii');
    expect(normalJudul('E-mail Kabid')).toBe(normalJudul('Email kabid'));
  });

  test('a row that cannot be read is reported by row and column, and the others still read', () => {
    const pk = PK.map((r) => [...r]);
    pk[3][6] = 'dua puluh'; // row 4, Target TW I
    pk.push(['4', '', '', '', '', '', '', '', '', '', '', '', '']); // a blank row: not an indicator
    pk.push(['5', 'IK-04', '', 'Jumlah ormas terdaftar', 'ormas', '40', '10', '20', '30', '40', 'Bidang Tidak Ada', 'positif', 'kumulatif']);
    const hasil = bacaKonfigurasi(grids(pk));
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.masalah.map(uraianMasalah)).toEqual([
      'Indikator, baris 4, kolom Target TW I: "dua puluh" bukan angka, bukan rentang (mis. 80–90) dan bukan predikat dari Skala predikat.',
      'Indikator, baris 6, kolom Penanggung Jawab: Bidang "Bidang Tidak Ada" tidak ada di tab Bidang (tulis kode atau nama bidangnya).',
    ]);
  });

  test('a column whose header is not understood is reported when it holds data, never silently ignored', () => {
    const pk = PK.map((r, i) => [...r, i === 0 ? 'Keterangan' : 'catatan']);
    pk[0].push('');
    pk[1].push('x');
    const hasil = bacaKonfigurasi(grids(pk));
    expect(hasil.ok ? [] : hasil.masalah.map(uraianMasalah)).toEqual([
      'Indikator, baris 1, kolom Keterangan: Judul "Keterangan" (kolom N) tidak dikenal, sehingga isinya tidak terbaca. Beri judul yang dikenal (mis. "Sasaran strategis" atau "Indikator kinerja") atau hapus kolomnya.',
      'Indikator, baris 1: Kolom O berisi data tetapi tidak berjudul, sehingga isinya tidak terbaca. Beri judul yang dikenal (mis. "Sasaran strategis" atau "Indikator kinerja") atau hapus kolomnya.',
    ]);
  });

  test('two headers read as the same column are reported; missing Lapkin columns are named', () => {
    const pk = PK.map((r) => [...r.slice(0, 11), r[5]]);
    pk[0][11] = 'Target tahunan';
    const hasil = bacaKonfigurasi(grids(pk));
    expect(hasil.ok ? [] : hasil.masalah.map(uraianMasalah)).toEqual([
      'Indikator, baris 1, kolom Target tahunan: Judul "Target tahunan" (kolom L) dan "Target 2026" (kolom F) sama-sama dibaca sebagai Target tahunan. Hapus atau ganti judul salah satunya.',
      'Indikator, baris 1, kolom Polaritas: Kolom "Polaritas" tidak ada di baris judul.',
      'Indikator, baris 1, kolom Agregasi: Kolom "Agregasi" tidak ada di baris judul.',
    ]);
  });
});
