import { describe, expect, test } from 'vitest';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { lowerBlocks, tableGrid, type ParagraphBlock } from '../../src/core/dokumen/model';
import { buatRekap } from '../../src/core/rekap/buat';
import { denganTahunLalu } from '../../src/core/riwayat';
import { ISIAN_B1, KONFIGURASI, allText, headings, paragraphs, rekapTahunan, rekapTw1, tables } from './dokumen-fixture';
import { isian, terkirim } from './rekap-fixture';

const OPSI = { tanggal: { tahun: 2026, bulan: 4, hari: 20 } };

describe('LKj draft', () => {
  const tw1 = buatDrafLkj(rekapTw1(), KONFIGURASI, OPSI);

  test('has the chapters of Permen PAN-RB 53/2014 in order, after the cover title', () => {
    expect(headings(tw1).filter((h) => h.level <= 1).map((h) => h.text)).toEqual([
      'LAPORAN KINERJA TRIWULAN I BADAN KESATUAN BANGSA DAN POLITIK TAHUN 2026',
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'IKHTISAR EKSEKUTIF',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
      'LAMPIRAN',
    ]);
    const bab3 = headings(tw1).map((h) => h.text);
    expect(bab3.slice(bab3.indexOf('A. Capaian Kinerja Organisasi'), bab3.indexOf('BAB IV PENUTUP'))).toEqual([
      'A. Capaian Kinerja Organisasi',
      'Sasaran 1: Meningkatnya kualitas perencanaan',
      'Sasaran 2: Meningkatnya akuntabilitas keuangan',
      'B. Realisasi Anggaran',
      'Efisiensi Penggunaan Sumber Daya',
      'Program yang Mendukung atau Menghambat Capaian',
    ]);
  });

  test('the annual draft is titled for the year, without a quarter', () => {
    const tahunan = buatDrafLkj(rekapTahunan(), KONFIGURASI, OPSI);
    expect(headings(tahunan)[0].text).toBe('LAPORAN KINERJA BADAN KESATUAN BANGSA DAN POLITIK TAHUN 2026');
  });

  test('Tabel 3.n holds each indicator of the sasaran with the recap’s target, realisasi and capaian', () => {
    const text = paragraphs(tw1);
    expect(text).toContain('Tabel 3.1 Capaian Kinerja Sasaran Meningkatnya kualitas perencanaan');
    expect(text).toContain('Tabel 3.2 Capaian Kinerja Sasaran Meningkatnya akuntabilitas keuangan');
    const capaian = tables(tw1).filter((t) => t.header[0]?.[6] === 'Kategori').map(tableGrid);
    const kepala = ['No', 'Indikator Kinerja', 'Satuan', 'Target s.d. TW I', 'Realisasi s.d. TW I', 'Capaian', 'Kategori', 'Capaian thd Target Tahunan'];
    expect(capaian).toEqual([
      [
        kepala,
        ['1', 'Persentase dokumen tepat waktu', '%', '100', '85', '85,00 %', 'Tinggi', '85,00 %'],
        // negatif, T 8, R 4 → 150 % by the default formula (domain.md §4)
        ['2', 'Jumlah temuan berulang', 'temuan', '8', '4', '150,00 %', 'Sangat Tinggi', '150,00 %'],
      ],
      [
        kepala,
        // The reason is a note under the table, not a sentence in the cell.
        ['1', 'Nilai SAKIP', 'nilai', '0', '5', '–', 'Tidak dapat dihitung', '–'],
        ['2', 'Persentase laporan keuangan', '%', '100', 'belum diisi', '–', 'Belum diisi', '–'],
      ],
    ]);
    expect(text).toContain('Catatan: Nilai SAKIP: target 0.');
    const tahunan = tables(buatDrafLkj(rekapTahunan(), KONFIGURASI, OPSI)).find((t) => t.header[0]?.[6] === 'Kategori');
    expect(tahunan?.header[0].slice(3, 5)).toEqual(['Target Tahunan', 'Realisasi Tahunan']);
  });

  test('the budget table lists pagu, realisasi and % per programme and the total', () => {
    const anggaran = tables(tw1).find((t) => t.header[0]?.[2] === 'Pagu');
    expect(anggaran && tableGrid(anggaran)).toEqual([
      ['No', 'Program', 'Pagu', 'Realisasi', 'Penyerapan'],
      ['1', 'Program Perencanaan', 'Rp 150.000.000', 'Rp 120.000.000', '80,00 %'],
      ['2', 'Program Keuangan', 'Rp 250.000.000', 'Rp 125.000.000', '50,00 %'],
      ['', 'Jumlah', 'Rp 400.000.000', 'Rp 245.000.000', '61,25 %'],
    ]);
  });

  test('analyses 1 and 5: each indicator’s figures and kategori, then the bidang’s own words as sentences, each said once', () => {
    const text = paragraphs(tw1);
    expect(text).toContain(
      'Indikator "Persentase dokumen tepat waktu" (Bidang Perencanaan): target 100 %, realisasi 85 %, capaian 85,00 % ' +
        '(kategori Tinggi). Dokumen disusun bersama tim. Faktor pendukung: tim solid. Kendala: data terlambat. Upaya: jadwal dipercepat.',
    );
    const ulang = buatRekap({
      konfigurasi: KONFIGURASI,
      periode: 'TW1',
      tahun: 2026,
      bidang: [terkirim('B1', [isian('I1', 85, { penjelasan: 'data terlambat', faktorPenghambat: 'Data terlambat.', upaya: 'jadwal dipercepat' }), isian('I2', 4)]), terkirim('B2', [])],
    });
    expect(paragraphs(buatDrafLkj(ulang, KONFIGURASI, OPSI)).find((p) => p.startsWith('Indikator "Persentase dokumen'))).toContain(
      'capaian 85,00 % (kategori Tinggi). Data terlambat. Upaya: jadwal dipercepat.',
    );
  });

  test('what the bidang left empty is named in one highlighted marker for a person, after its analysis', () => {
    const analisis = lowerBlocks(tw1.blocks)
      .filter((b): b is ParagraphBlock => b.kind === 'paragraph')
      .find((p) => p.runs[0]?.text.startsWith('Indikator "Jumlah temuan berulang"'));
    const penanda = analisis?.runs.filter((r) => r.highlight) ?? [];
    expect(penanda.map((r) => r.text)).toEqual([
      '[Diisi oleh penyusun: penjelasan capaian, faktor pendukung, faktor penghambat dan upaya atau solusi ' +
        'indikator "Jumlah temuan berulang"]',
    ]);
    const marker = lowerBlocks(tw1.blocks)
      .filter((b): b is ParagraphBlock => b.kind === 'paragraph')
      .flatMap((p) => p.runs)
      .find((r) => r.text.includes('isu strategis'));
    expect(marker).toMatchObject({ highlight: true });
  });

  test('analysis 2: realisasi compared with realisasi and capaian with capaian over the years, in poin persen', () => {
    // As Tutup tahun wrote them into Riwayat Capaian.
    const tahun = (t: number, target: number, realisasi: number, capaian: number) =>
      ({ tahun: t, kodeIndikator: 'I1', indikator: 'Persentase dokumen tepat waktu', kodeBidang: 'B1', satuan: '%', target, realisasi, capaian, kategori: 'Tinggi' });
    const riwayat = [tahun(2024, 85, 75, 88.24), tahun(2025, 90, 80, 88.89)];
    const tahunan = buatDrafLkj(rekapTahunan(), KONFIGURASI, { ...OPSI, riwayat });
    const analisis = paragraphs(tahunan).find((p) => p.startsWith('Indikator "Persentase dokumen tepat waktu"'));
    expect(analisis).toContain(
      'Dibandingkan tahun 2025, realisasi naik 5 poin persen dari 80 % (membaik) dan capaian turun 3,89 poin persen dari 88,89 %. ' +
        'Realisasi 2024–2026: 75 %; 80 %; 85 %.',
    );
    // Last year's realisasi is never a target.
    expect(analisis).not.toMatch(/capaian terhadapnya/);
    // Without a Riwayat row, the Indikator tab's "Realisasi tahun lalu" gives n − 1's realisasi only.
    const tanpa = paragraphs(buatDrafLkj(rekapTahunan(), KONFIGURASI, { ...OPSI, riwayat: denganTahunLalu([], KONFIGURASI.indikator, 2026) }));
    expect(tanpa.find((p) => p.startsWith('Indikator "Persentase dokumen'))).toContain('Dibandingkan tahun 2025, realisasi naik 5 poin persen dari 80 % (membaik).');
  });

  test('analysis 3: the distance to the Renstra target is said without a change verb', () => {
    const konfigurasi = { ...KONFIGURASI, indikator: KONFIGURASI.indikator.map((i) => (i.kode === 'I1' ? { ...i, targetRenstra: 95 } : i)) };
    const rekap = buatRekap({ konfigurasi, periode: 'TAHUNAN', tahun: 2026, bidang: [terkirim('B1', ISIAN_B1), terkirim('B2', [])], realisasiTw: { I1: [20, 20, 20, 25] } });
    const analisis = paragraphs(buatDrafLkj(rekap, konfigurasi, OPSI)).find((p) => p.startsWith('Indikator "Persentase dokumen'));
    expect(analisis).toContain('Terhadap Renstra: capaian terhadap target akhir Renstra (95 %) 89,47 %; realisasi masih berjarak 10 poin persen dari target itu.');
    expect(analisis).not.toMatch(/(naik|turun) 10/);
  });

  test('analyses 6 and 7: efficiency with its formula, and per sasaran the programmes’ penyerapan and the indicators below 76 %', () => {
    const rendah = buatRekap({
      konfigurasi: KONFIGURASI,
      periode: 'TW1',
      tahun: 2026,
      bidang: [terkirim('B1', [isian('I1', 60, { realisasiAnggaran: 120_000_000 }), isian('I2', 4)]), terkirim('B2', [])],
    });
    const text = paragraphs(buatDrafLkj(rendah, KONFIGURASI, OPSI));
    expect(text).toContain(
      'Efisiensi penggunaan sumber daya dinilai per program dengan rumus: efisiensi = rata-rata capaian indikator ÷ penyerapan anggaran. ' +
        'Nilai lebih dari 1 berarti capaian melampaui porsi anggaran yang digunakan (efisien); kurang dari 1 berarti capaian tertinggal dari penyerapannya.',
    );
    // (60 % + 150 % counted as the 120 % cap) / 2 = 90 %; penyerapan 120 of 150 million = 80 %.
    expect(text).toContain('Program Perencanaan: rata-rata capaian 2 indikator 90,00 % ÷ penyerapan 80,00 % = 1,13, sehingga program ini efisien.');
    expect(text).toContain('Efisiensi Program Keuangan belum dapat dinilai karena capaian atau penyerapan anggarannya belum tersedia.');
    expect(text).toContain('Indikator dengan capaian di bawah 76 %: Persentase dokumen tepat waktu (60,00 %).');
    expect(allText(buatDrafLkj(rendah, KONFIGURASI, OPSI))).toContain('Program Perencanaan: penyerapan anggaran 80,00 %');
  });

  test('a partial draft says how many indicators are filled, and the mean is of the filled ones only', () => {
    const sebagian = buatRekap({ konfigurasi: KONFIGURASI, periode: 'TW1', tahun: 2026, bidang: [terkirim('B1', ISIAN_B1), terkirim('B2', [])] });
    const text = allText(buatDrafLkj(sebagian, KONFIGURASI, OPSI));
    expect(text).toContain(
      'Pada TW I Tahun 2026, Badan Kesatuan Bangsa dan Politik mengukur 4 indikator kinerja dari 2 sasaran strategis: ' +
        '2 dari 4 indikator telah diisi; rata-rata capaian 2 indikator yang dapat dihitung 102,50 % (kategori Sangat Tinggi; capaian di atas 120,00 % dihitung 120,00 %).',
    );
    const kosong = buatRekap({ konfigurasi: KONFIGURASI, periode: 'TW1', tahun: 2026, bidang: [terkirim('B1', []), terkirim('B2', [])] });
    const kosongText = allText(buatDrafLkj(kosong, KONFIGURASI, OPSI)).join('\n');
    expect(kosongText).toContain('0 dari 4 indikator telah diisi; belum ada capaian yang dapat dihitung.');
    expect(kosongText).not.toMatch(/rata-rata capaian[^.]*tidak dapat dihitung/);
  });

  test('the Ikhtisar Eksekutif writes out the headline figures', () => {
    const text = allText(tw1);
    const start = text.lastIndexOf('IKHTISAR EKSEKUTIF');
    const ikhtisar = text.slice(start, text.indexOf('BAB I PENDAHULUAN', start));
    expect(ikhtisar).toContain(
      'Pada TW I Tahun 2026, Badan Kesatuan Bangsa dan Politik mengukur 4 indikator kinerja dari 2 sasaran strategis: ' +
        // 85 % and 150 % capped at 120 %: (85 + 120) / 2.
        '3 dari 4 indikator telah diisi; rata-rata capaian 2 indikator yang dapat dihitung 102,50 % (kategori Sangat Tinggi; capaian di atas 120,00 % dihitung 120,00 %).',
    );
    expect(ikhtisar).toContain('Tinggi: 1 indikator');
    expect(ikhtisar).toContain('Tidak dapat dihitung: 1 indikator');
    expect(ikhtisar).toContain('Belum diisi: 1 indikator');
    expect(ikhtisar).toContain('Realisasi anggaran Rp 245.000.000 dari pagu Rp 400.000.000 (penyerapan 61,25 %).');
  });

  test('the Kata Pengantar is signed by the configured Kepala, the NIP grouped as printed', () => {
    const text = allText(tw1);
    const pengantar = text.slice(text.indexOf('KATA PENGANTAR'), text.indexOf('IKHTISAR EKSEKUTIF'));
    expect(pengantar).toEqual(
      expect.arrayContaining(['Pematangsiantar, 20 April 2026', 'Kepala Badan', 'Inali Akbar', 'NIP. 19670923 199303 1 004']),
    );
  });

  test('BAB II holds the PK as two tables; the Lampiran the PK, the evidence links and the slots for what a person adds', () => {
    const text = paragraphs(tw1);
    expect(text).toEqual(expect.arrayContaining(['Tabel 2.1 Perjanjian Kinerja Tahun 2026', 'Tabel 2.2 Program dan Anggaran Tahun 2026']));
    const headingText = headings(tw1).map((h) => h.text);
    expect(headingText.slice(headingText.indexOf('LAMPIRAN') + 1)).toEqual([
      'Lampiran 1. Perjanjian Kinerja Tahun 2026',
      'Lampiran 2. Bukti Dukung Capaian Indikator',
      'Lampiran 3. Indikator Kinerja Utama',
      'Lampiran 4. Rencana Aksi',
      'Lampiran 5. Pernyataan Telah Direviu',
      'Lampiran 6. Surat Keputusan Tim Penyusun',
    ]);
    const bukti = tables(tw1).at(-1);
    expect(bukti?.header[0]).toEqual(['No', 'Indikator Kinerja', 'Bidang', 'Bukti Dukung']);
    expect(allText(tw1)).toContain('[Diisi oleh penyusun: Pernyataan Telah Direviu oleh Aparat Pengawasan Intern Pemerintah (Inspektorat)]');
    // Daftar Isi and Daftar Tabel follow the Kata Pengantar.
    const all = allText(tw1);
    expect(all.slice(all.indexOf('DAFTAR TABEL') + 1, all.indexOf('DAFTAR TABEL') + 3)).toEqual(['Tabel 2.1 Perjanjian Kinerja Tahun 2026', 'Tabel 2.2 Program dan Anggaran Tahun 2026']);
    const pk = tables(tw1).at(-2);
    expect(pk?.rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.label : ''))).toEqual([
      'Sasaran 1: Meningkatnya kualitas perencanaan',
      'Sasaran 2: Meningkatnya akuntabilitas keuangan',
    ]);
    expect(pk && tableGrid(pk)[2]).toEqual(['1', 'Persentase dokumen tepat waktu', '%', '100', 'Program Perencanaan', 'Rp 100.000.000']);
  });
});
