import { describe, expect, test } from 'vitest';
import { buatDrafLkj } from '../../src/core/dokumen/lkj';
import { lowerBlocks, tableGrid, type ParagraphBlock } from '../../src/core/dokumen/model';
import { buatRekap } from '../../src/core/rekap/buat';
import { denganTahunLalu } from '../../src/core/riwayat';
import { ISIAN_B1, KONFIGURASI, allText, headings, paragraphs, rekapTahunan, rekapTw1, tables } from './dokumen-fixture';
import { isian, terkirim } from './rekap-fixture';
import { bacaRenstra, type Renstra } from '../../src/core/konfigurasi/renstra';
import { NARASI_KOSONG } from '../../src/core/konfigurasi/narasi';

/** The Renstra tab as an admin fills it: summary rows, a blank row, then the indicator table. */
export const GRID_RENSTRA: readonly (readonly unknown[])[] = [
  ['Renstra', 'Isi'],
  ['Periode Renstra', '2024–2028'],
  ['Visi', 'Kota yang aman dan rukun'],
  ['Misi', '1. Menjaga ketertiban umum\n2. Menguatkan demokrasi'],
  ['Tujuan', 'Meningkatkan stabilitas daerah'],
  ['', ''],
  ['Kode indikator', 'Target akhir Renstra', 'Jenis target Renstra', 'Standar nasional/provinsi', 'Sumber standar'],
  ['I1', 95, 'kondisi akhir', 90, 'SPM 2024'],
  ['i2', '30', 'Kumulatif', '6', 'Permendagri 18/2020'],
];

function renstraUji(): Renstra {
  const { renstra, masalah } = bacaRenstra(GRID_RENSTRA, KONFIGURASI.indikator, {});
  expect(masalah).toEqual([]);
  return renstra;
}

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

  test('analysis 3: an end-condition Renstra target sets this year\'s realisasi against it, with the formula, as a distance', () => {
    const tahunan = buatDrafLkj(rekapTahunan({ renstra: renstraUji() }), KONFIGURASI, { ...OPSI, renstra: renstraUji() });
    const analisis = paragraphs(tahunan).find((p) => p.startsWith('Indikator "Persentase dokumen'));
    // I1: R 2026 = 85 %, target kondisi akhir 95 % → 85 ÷ 95 = 89,47 %, 10 poin persen short.
    expect(analisis).toContain(
      'Terhadap Renstra 2024–2028 (target kondisi akhir 95 %): realisasi 2026 85 %; capaian = realisasi ÷ target akhir × 100 % = 89,47 %; ' +
        'realisasi masih berjarak 10 poin persen dari target akhir itu.',
    );
    expect(analisis).not.toMatch(/(naik|turun) 10/);
    // Without the Renstra tab, the Indikator tab's end target is read as an end condition, and the sentence says so.
    const konfigurasi = { ...KONFIGURASI, indikator: KONFIGURASI.indikator.map((i) => (i.kode === 'I1' ? { ...i, targetRenstra: 95 } : i)) };
    const tanpaTab = paragraphs(buatDrafLkj(rekapTahunan({ konfigurasi }), konfigurasi, OPSI)).find((p) => p.startsWith('Indikator "Persentase dokumen'));
    expect(tanpaTab).toContain('Terhadap Renstra (target akhir 95 %, dibaca sebagai kondisi akhir karena jenis targetnya belum diisi di tab Renstra): realisasi 2026 85 %;');
  });

  test('analysis 3: a cumulative Renstra target sums this year\'s and the earlier years\' realisasi of Riwayat Capaian', () => {
    const riwayat = (tahun: number, realisasi: number) =>
      ({ tahun, kodeIndikator: 'I2', indikator: 'Jumlah temuan berulang', kodeBidang: 'B1', satuan: 'temuan', target: 8, realisasi, capaian: null, kategori: '' });
    const kalimat = (r: readonly ReturnType<typeof riwayat>[]) =>
      paragraphs(buatDrafLkj(rekapTahunan({ renstra: renstraUji(), riwayat: r }), KONFIGURASI, { ...OPSI, renstra: renstraUji(), riwayat: r })).find((p) => p.startsWith('Indikator "Jumlah temuan'));
    // I2 (negatif, 2T − R): 6 (2024) + 5 (2025) + 4 (2026) = 15 of at most 30 → (2 × 30 − 15) ÷ 30 = 150,00 %.
    expect(kalimat([riwayat(2023, 9), riwayat(2024, 6), riwayat(2025, 5)])).toContain(
      'Terhadap Renstra 2024–2028 (target akhir kumulatif 30 temuan): realisasi kumulatif s.d. 2026 = 6 (2024) + 5 (2025) + 4 (2026) = 15 temuan; ' +
        'capaian = (2 × target akhir − realisasi kumulatif) ÷ target akhir × 100 % = 150,00 %; realisasi melampaui target akhir itu sebesar 15 temuan.',
    );
    // A year of the Renstra missing from Riwayat Capaian is named, not guessed: 5 + 4 = 9 → (60 − 9) ÷ 30 = 170,00 %.
    expect(kalimat([riwayat(2025, 5)])).toContain(
      'realisasi kumulatif s.d. 2026 = 5 (2025) + 4 (2026) = 9 temuan; capaian = (2 × target akhir − realisasi kumulatif) ÷ target akhir × 100 % = 170,00 %; ' +
        'realisasi melampaui target akhir itu sebesar 21 temuan. Realisasi 2024 tidak ada di tab Riwayat Capaian, sehingga tidak ikut dijumlah.',
    );
  });

  test('analysis 4: this year against the national or provincial standard with its source, only for indicators that have one', () => {
    const tahunan = buatDrafLkj(rekapTahunan(), KONFIGURASI, { ...OPSI, renstra: renstraUji() });
    const teks = paragraphs(tahunan);
    const judul = headings(tahunan).map((h) => h.text);
    expect(judul.indexOf('Perbandingan dengan Standar Nasional atau Provinsi')).toBeGreaterThan(judul.indexOf('Sasaran 2: Meningkatnya akuntabilitas keuangan'));
    // 85 ÷ 90 = 94,44 %; (2 × 6 − 4) ÷ 6 = 133,33 %.
    expect(teks).toContain(
      'Indikator "Persentase dokumen tepat waktu" (Bidang Perencanaan): realisasi 2026 85 % terhadap standar 90 % (sumber: SPM 2024); ' +
        'capaian = realisasi ÷ standar × 100 % = 94,44 %; realisasi 5 poin persen di bawah standar, sehingga belum memenuhi standar itu.',
    );
    expect(teks).toContain(
      'Indikator "Jumlah temuan berulang" (Bidang Perencanaan): realisasi 2026 4 temuan terhadap standar 6 temuan (sumber: Permendagri 18/2020); ' +
        'capaian = (2 × standar − realisasi) ÷ standar × 100 % = 133,33 %; realisasi 2 temuan di bawah standar, sehingga memenuhi standar itu.',
    );
    expect(teks.filter((p) => /standar .* \(sumber:/.test(p))).toHaveLength(2);
    const tanpa = paragraphs(buatDrafLkj(rekapTahunan(), KONFIGURASI, OPSI));
    expect(tanpa).toContain('Belum ada indikator yang mempunyai standar nasional atau provinsi di tab Renstra, sehingga perbandingan dengan standar belum dapat disajikan.');
  });

  test('BAB II holds the Renstra summary, BAB I and BAB IV the Narasi text; what is empty keeps its marker', () => {
    const narasi = { ...NARASI_KOSONG, tupoksi: 'Membantu Wali Kota di bidang kesatuan bangsa.\nMerumuskan kebijakan teknis.', isuStrategis: 'Potensi konflik menjelang pilkada.' };
    const model = buatDrafLkj(rekapTahunan(), KONFIGURASI, { ...OPSI, renstra: renstraUji(), narasi });
    const teks = allText(model);
    const bab2 = teks.slice(teks.lastIndexOf('BAB II PERENCANAAN KINERJA'), teks.indexOf('B. Perjanjian Kinerja Tahun 2026'));
    expect(bab2).toEqual([
      'BAB II PERENCANAAN KINERJA',
      'A. Rencana Strategis',
      'Rencana Strategis (Renstra) Badan Kesatuan Bangsa dan Politik periode 2024–2028 memuat visi, misi, tujuan dan sasaran strategis berikut.',
      'Visi', 'Kota yang aman dan rukun',
      'Misi', 'Menjaga ketertiban umum', 'Menguatkan demokrasi',
      'Tujuan', 'Meningkatkan stabilitas daerah',
      'Sasaran strategis', 'Meningkatnya kualitas perencanaan', 'Meningkatnya akuntabilitas keuangan',
    ]);
    expect(teks).toContain('Membantu Wali Kota di bidang kesatuan bangsa.');
    expect(teks).toContain('Merumuskan kebijakan teknis.');
    expect(teks).toContain('Potensi konflik menjelang pilkada.');
    const penanda = lowerBlocks(model.blocks).filter((b): b is ParagraphBlock => b.kind === 'paragraph').flatMap((p) => p.runs).filter((r) => r.highlight).map((r) => r.text);
    expect(penanda).toContain('[Diisi oleh penyusun: struktur organisasi dan dasar hukumnya]');
    expect(penanda).toContain('[Diisi oleh penyusun: langkah perbaikan dan rencana tindak lanjut untuk periode berikutnya]');
    expect(penanda.some((t) => t.includes('isu strategis') || t.includes('tugas pokok') || t.includes('Misi'))).toBe(false);
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
