/**
 * Transcribed from seeds/002_46c7af8dee47415f.txt (Sekretariat Daerah Kota Banjarbaru, Bagian
 * Umum, Sub Bagian Perencanaan). The OCR scattered the table over lines; the cells are read in
 * the order Kegiatan, Kelengkapan, Waktu, Output. No OCR slip in the rows needed fixing.
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const KASUBBAG = 'Kepala Sub Bagian Perencanaan';
const DATA_BAGIAN = 'data dan informasi masing-masing bagian';
const DRAFT = 'Draft Laporan Kinerja';
const PARAF = 'Mengoreksi dan memberikan paraf pada draft Laporan Kinerja';
const RAPAT = 'nota dinas dan undangan rapat';
const DOKUMEN = 'Dokumen Laporan Kinerja';

export const SOP_002: SopTemplate = {
  id: 'sop-002',
  judul: 'Penyusunan Laporan Kinerja',
  instansi: 'Sekretariat Daerah Kota Banjarbaru',
  sumber: '002_46c7af8dee47415f.txt',
  catatanSumber: [
    'Tabel terpecah dalam OCR dan kolom Pelaksana kosong. Pelaksana disimpulkan dari urutan ' +
      'kolom (Kepala Sub Bagian Perencanaan, Kepala Bagian Umum, Asisten III, Sekretaris Daerah): ' +
      'paraf langkah 4–6 berurutan oleh ketiga pejabat pertama, tanda tangan langkah 7 oleh ' +
      'Sekretaris Daerah, langkah 1–3 dan 8 oleh Kepala Sub Bagian Perencanaan.',
    'Sumber tidak memuat langkah pengiriman data oleh masing-masing bagian; data dibahas dalam ' +
      'rapat koordinasi (langkah 2).',
    'Kolom Keterangan tidak terbaca.',
  ],
  baris: susunBaris([
    [
      '1',
      'Mengumpulkan bahan-bahan penyusunan Laporan Kinerja',
      KASUBBAG,
      DATA_BAGIAN,
      '10 menit',
      RAPAT,
      'siklus-dimulai',
    ],
    [
      '2',
      'Melaksanakan rapat koordinasi pembahasan draft Laporan Kinerja',
      KASUBBAG,
      RAPAT,
      '1 jam',
      DATA_BAGIAN,
      'semua-terkirim',
    ],
    [
      '3',
      'Mengetik draft Laporan Kinerja',
      KASUBBAG,
      DATA_BAGIAN,
      '1 hari',
      DRAFT,
      'draf-lkj-dibuat',
    ],
    [
      '4',
      PARAF,
      KASUBBAG,
      DRAFT,
      '10 menit',
      DRAFT,
    ],
    [
      '5',
      PARAF,
      'Kepala Bagian Umum',
      DRAFT,
      '10 menit',
      DRAFT,
    ],
    [
      '6',
      PARAF,
      'Asisten III',
      DRAFT,
      '10 menit',
      DRAFT,
    ],
    [
      '7',
      'Menandatangani draft Laporan Kinerja',
      'Sekretaris Daerah',
      DRAFT,
      '10 menit',
      DOKUMEN,
    ],
    [
      '8',
      'Menggandakan, membukukan dan mengarsipkan dokumen Laporan Kinerja',
      KASUBBAG,
      DOKUMEN,
      '30 menit',
      DOKUMEN,
    ],
  ]),
};
