import { describe, expect, test } from 'vitest';
import { WAJIB_TEMPLAT_LKJ, blokLkj } from '../../src/core/dokumen/lkj';
import { cariPlaceholder, isiTemplate, nilaiTemplate } from '../../src/core/dokumen/template';
import { KONFIGURASI, allText, rekapTw1, tables } from './dokumen-fixture';

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

  test('fills the known placeholders from Pengaturan and the cycle', () => {
    const hasil = isiTemplate('Laporan {{instansi}} {{periode}} {{tahun}}\n{{jabatan_kepala}}: {{kepala}}, NIP {{nip_kepala}}, {{tanggal}}', {
      nilai, blok, wajib: [],
    });
    expect(allText({ title: 't', blocks: hasil.blocks })).toEqual([
      'Laporan Badan Kesatuan Bangsa dan Politik TW I 2026',
      'Kepala Badan: Inali Akbar, NIP 196709231993031004, 20 April 2026',
    ]);
    expect(hasil.pesan).toEqual([]);
  });

  test('reports unknown placeholders, leaving them visible, and required ones that are missing', () => {
    const hasil = isiTemplate('Nomor {{nomor_surat}} {{instansi}}\n{{#grafik}}', { nilai, blok, wajib: WAJIB_TEMPLAT_LKJ });
    expect(hasil.tidakDikenal).toEqual(['nomor_surat', '#grafik']);
    expect(hasil.wajibTidakAda).toEqual(['#tabel_capaian']);
    expect(hasil.pesan).toEqual([
      'Isian {{nomor_surat}} tidak dikenal; teksnya dibiarkan apa adanya.',
      'Isian {{#grafik}} tidak dikenal; teksnya dibiarkan apa adanya.',
      'Templat harus memuat {{#tabel_capaian}}.',
    ]);
    expect(allText({ title: 't', blocks: hasil.blocks })[0]).toBe('Nomor {{nomor_surat}} Badan Kesatuan Bangsa dan Politik');
  });

  test('puts the generated blocks where their markers stand', () => {
    const hasil = isiTemplate('Pengantar {{tahun}}\n{{#tabel_capaian}}\nPenutup', { nilai, blok, wajib: WAJIB_TEMPLAT_LKJ });
    const model = { title: 't', blocks: hasil.blocks };
    const text = allText(model);
    expect(text[0]).toBe('Pengantar 2026');
    expect(text[1]).toBe('Tabel 3.1 Capaian Kinerja Sasaran Meningkatnya kualitas perencanaan');
    expect(text.at(-1)).toBe('Penutup');
    expect(tables(model)).toHaveLength(2);
    expect(hasil.wajibTidakAda).toEqual([]);
  });
});
