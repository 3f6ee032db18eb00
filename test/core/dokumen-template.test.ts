import { describe, expect, test } from 'vitest';
import { WAJIB_TEMPLAT_LKJ, blokLkj } from '../../src/core/dokumen/lkj';
import { cariPlaceholder, nilaiTemplate, periksaTemplate } from '../../src/core/dokumen/template';
import { KONFIGURASI, rekapTw1 } from './dokumen-fixture';

const CYCLE = { periode: 'TW1' as const, tahun: 2026, tanggal: { tahun: 2026, bulan: 4, hari: 20 } };

describe('custom templates', () => {
  const nilai = nilaiTemplate(KONFIGURASI, CYCLE);
  const blok = blokLkj(rekapTw1(), KONFIGURASI, { tanggal: CYCLE.tanggal });

  test('finds placeholders and block markers, each once', () => {
    expect(cariPlaceholder('{{instansi}} {{ Tahun }} {{#bab3}} {{instansi}}')).toEqual([
      { nama: 'instansi', blok: false },
      { nama: 'tahun', blok: false },
      { nama: 'bab3', blok: true },
    ]);
  });

  test('gives a value for every known placeholder from Pengaturan and the cycle', () => {
    expect(nilai).toMatchObject({
      instansi: 'Badan Kesatuan Bangsa dan Politik',
      periode: 'TW I',
      tahun: '2026',
      jabatan_kepala: 'Kepala Badan',
      kepala: 'Inali Akbar',
      nip_kepala: '196709231993031004',
      tanggal: '20 April 2026',
    });
    expect(periksaTemplate('Laporan {{instansi}} {{periode}} {{tahun}}\n{{jabatan_kepala}}: {{kepala}}, NIP {{nip_kepala}}, {{tanggal}}', { nilai, blok, wajib: [] }).pesan).toEqual([]);
  });

  test('reports unknown placeholders and required ones that are missing', () => {
    const hasil = periksaTemplate('Nomor {{nomor_surat}} {{instansi}}\n{{#grafik}}', { nilai, blok, wajib: WAJIB_TEMPLAT_LKJ });
    expect(hasil.tidakDikenal).toEqual(['nomor_surat', '#grafik']);
    expect(hasil.wajibTidakAda).toEqual(['#tabel_capaian']);
    expect(hasil.pesan).toEqual([
      'Isian {{nomor_surat}} tidak dikenal; teksnya dibiarkan apa adanya.',
      'Isian {{#grafik}} tidak dikenal; teksnya dibiarkan apa adanya.',
      'Templat harus memuat {{#tabel_capaian}}.',
    ]);
  });
});
