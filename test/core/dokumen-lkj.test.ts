import { describe, expect, test } from 'vitest';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { lowerBlocks, tableGrid, type ParagraphBlock } from '../../src/core/dokumen/model';
import { KONFIGURASI, allText, headings, paragraphs, rekapTahunan, rekapTw1, tables } from './dokumen-fixture';

const OPSI = { tanggal: { tahun: 2026, bulan: 4, hari: 20 } };

describe('LKj draft', () => {
  const tw1 = buatDrafLkj(rekapTw1(), KONFIGURASI, OPSI);

  test('has the chapters of Permen PAN-RB 53/2014 in order, after the cover title', () => {
    expect(headings(tw1).filter((h) => h.level <= 1).map((h) => h.text)).toEqual([
      'LAPORAN KINERJA TRIWULAN I BADAN KESATUAN BANGSA DAN POLITIK TAHUN 2026',
      'KATA PENGANTAR',
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
    const capaian = tables(tw1).filter((t) => t.header[0]?.[5] === 'Capaian (%)').map(tableGrid);
    expect(capaian).toEqual([
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian thd Target Tahunan (%)'],
        ['1', 'Persentase dokumen tepat waktu', '%', '100', '85', '85,00 %', '85,00 %'],
        // negatif, T 8, R 4 → 150 % by the default formula (domain.md §4)
        ['2', 'Jumlah temuan berulang', 'temuan', '8', '4', '150,00 %', '150,00 %'],
      ],
      [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian thd Target Tahunan (%)'],
        ['1', 'Nilai SAKIP', 'nilai', '0', '5', 'tidak dapat dihitung (target 0)', 'tidak dapat dihitung (target 0)'],
        ['2', 'Persentase laporan keuangan', '%', '100', 'belum diisi', 'belum diisi', '—'],
      ],
    ]);
  });

  test('the budget table lists pagu, realisasi and % per programme and the total', () => {
    const anggaran = tables(tw1).find((t) => t.header[0]?.[1] === 'Program');
    expect(anggaran && tableGrid(anggaran)).toEqual([
      ['No', 'Program', 'Pagu', 'Realisasi', '%'],
      ['1', 'Program Perencanaan', 'Rp 150.000.000', 'Rp 120.000.000', '80,00 %'],
      ['2', 'Program Keuangan', 'Rp 250.000.000', 'Rp 125.000.000', '50,00 %'],
      ['', 'Jumlah', 'Rp 400.000.000', 'Rp 245.000.000', '61,25 %'],
    ]);
  });

  test('each indicator’s analysis is one paragraph: the figures, then the bidang’s own words under inline labels', () => {
    const text = paragraphs(tw1);
    expect(text).toContain(
      'Indikator "Persentase dokumen tepat waktu" (Bidang Perencanaan): target 100 %, realisasi 85 %, capaian 85,00 % ' +
        '(kategori Tinggi). Penjelasan: Dokumen disusun bersama tim. Faktor pendukung: Tim solid. ' +
        'Faktor penghambat: Data terlambat. Upaya: Jadwal dipercepat.',
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

  test('the annual analysis compares with last year', () => {
    const tahunan = buatDrafLkj(rekapTahunan(), KONFIGURASI, OPSI);
    expect(paragraphs(tahunan).find((p) => p.startsWith('Indikator "Persentase dokumen tepat waktu"'))).toContain(
      'Dibandingkan realisasi tahun lalu (80 %), realisasi naik 5 % (lebih baik)',
    );
  });

  test('the Ikhtisar Eksekutif writes out the headline figures', () => {
    const text = allText(tw1);
    const start = text.indexOf('IKHTISAR EKSEKUTIF');
    const ikhtisar = text.slice(start, text.indexOf('BAB I PENDAHULUAN'));
    expect(ikhtisar).toContain(
      'Pada TW I Tahun 2026, Badan Kesatuan Bangsa dan Politik mengukur 4 indikator kinerja dari 2 sasaran strategis; ' +
        // 85 % and 150 % capped at 120 %: (85 + 120) / 2.
        'rata-rata capaiannya 102,50 % (kategori Sangat Tinggi; capaian di atas 120,00 % dihitung 120,00 %).',
    );
    expect(ikhtisar).toContain('Tinggi: 1 indikator');
    expect(ikhtisar).toContain('Tidak dapat dihitung: 1 indikator');
    expect(ikhtisar).toContain('Belum diisi: 1 indikator');
    expect(ikhtisar).toContain('Realisasi anggaran Rp 245.000.000 dari pagu Rp 400.000.000 (penyerapan 61,25 %).');
  });

  test('the Kata Pengantar is signed by the configured Kepala', () => {
    const text = allText(tw1);
    const pengantar = text.slice(text.indexOf('KATA PENGANTAR'), text.indexOf('IKHTISAR EKSEKUTIF'));
    expect(pengantar).toEqual(
      expect.arrayContaining(['Pematangsiantar, 20 April 2026', 'Kepala Badan', 'Inali Akbar', 'NIP. 196709231993031004']),
    );
  });

  test('the Lampiran holds the PK grouped by sasaran', () => {
    const pk = tables(tw1).at(-1);
    expect(pk?.rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.label : ''))).toEqual([
      'Sasaran 1: Meningkatnya kualitas perencanaan',
      'Sasaran 2: Meningkatnya akuntabilitas keuangan',
    ]);
    expect(pk && tableGrid(pk)[2]).toEqual(['1', 'Persentase dokumen tepat waktu', '%', '100', 'Program Perencanaan', 'Rp 100.000.000']);
  });
});
