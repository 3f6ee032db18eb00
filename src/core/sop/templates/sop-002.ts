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
    {
      no: '1',
      kegiatan: 'Mengumpulkan bahan-bahan penyusunan Laporan Kinerja',
      pelaksana: KASUBBAG,
      kelengkapan: DATA_BAGIAN,
      waktu: '10 menit',
      output: 'nota dinas dan undangan rapat',
      peristiwa: 'siklus-dimulai',
    },
    {
      no: '2',
      kegiatan: 'Melaksanakan rapat koordinasi pembahasan draft Laporan Kinerja',
      pelaksana: KASUBBAG,
      kelengkapan: 'nota dinas dan undangan rapat',
      waktu: '1 jam',
      output: DATA_BAGIAN,
      peristiwa: 'semua-terkirim',
    },
    {
      no: '3',
      kegiatan: 'Mengetik draft Laporan Kinerja',
      pelaksana: KASUBBAG,
      kelengkapan: DATA_BAGIAN,
      waktu: '1 hari',
      output: DRAFT,
      peristiwa: 'draf-lkj-dibuat',
    },
    { no: '4', kegiatan: PARAF, pelaksana: KASUBBAG, kelengkapan: DRAFT, waktu: '10 menit', output: DRAFT },
    {
      no: '5',
      kegiatan: PARAF,
      pelaksana: 'Kepala Bagian Umum',
      kelengkapan: DRAFT,
      waktu: '10 menit',
      output: DRAFT,
    },
    { no: '6', kegiatan: PARAF, pelaksana: 'Asisten III', kelengkapan: DRAFT, waktu: '10 menit', output: DRAFT },
    {
      no: '7',
      kegiatan: 'Menandatangani draft Laporan Kinerja',
      pelaksana: 'Sekretaris Daerah',
      kelengkapan: DRAFT,
      waktu: '10 menit',
      output: 'Dokumen Laporan Kinerja',
    },
    {
      no: '8',
      kegiatan: 'Menggandakan, membukukan dan mengarsipkan dokumen Laporan Kinerja',
      pelaksana: KASUBBAG,
      kelengkapan: 'Dokumen Laporan Kinerja',
      waktu: '30 menit',
      output: 'Dokumen Laporan Kinerja',
    },
  ]),
};
