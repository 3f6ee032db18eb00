/**
 * Transcribed from seeds/004_841e33e39d84bbdc.txt (Biro Organisasi, Sekretariat Daerah Provinsi
 * Kalimantan Barat, Bagian Tatalaksana). OCR slip fixed: "KALIMANTAN BARAT BARAT" → "Kalimantan
 * Barat" (instansi only). Row 7's "ditandatangani Gubernur" is kept as printed.
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const DITANDATANGANI = 'LKj yang sudah ditandatangani Kepala Biro';

export const SOP_004: SopTemplate = {
  id: 'sop-004',
  judul: 'Penyusunan Laporan Kinerja Biro',
  instansi: 'Biro Organisasi Sekretariat Daerah Provinsi Kalimantan Barat',
  sumber: '004_841e33e39d84bbdc.txt',
  catatanSumber: [
    'Tanda pada kolom Pelaksana hilang; pelaksana disimpulkan dari uraian: langkah 1, 5 dan 7 ' +
      'Kabag Tatalaksana, langkah 2, 3 dan 8 Kasubbag TU, langkah 4 Tim LKj, langkah 6 Kepala Biro.',
    'Kelengkapan langkah 7 menyebut "LKj yang sudah ditandatangani Gubernur", sedangkan langkah 6 ' +
      'ditandatangani Kepala Biro; ditulis sesuai sumber.',
    'Kolom Ket kosong.',
  ],
  baris: susunBaris([
    {
      no: '1',
      kegiatan:
        'Menerima disposisi dari Kepala Biro untuk menyusun LKj dan meneruskannya kepada kasubbag ' +
        'TU membentuk Tim LKj',
      pelaksana: 'Kabag Tatalaksana',
      kelengkapan: 'DPA dan disposisi',
      waktu: '1 jam',
      output: 'disposisi',
    },
    {
      no: '2',
      kegiatan: 'Membentuk Tim Penyusunan LKj Biro Organisasi',
      pelaksana: 'Kasubbag TU',
      kelengkapan: 'disposisi',
      waktu: '2 jam',
      output: 'SK Tim Penyusunan LKj',
    },
    {
      no: '3',
      kegiatan:
        'Memerintahkan Anggota Tim untuk mengumpulkan data LKj di setiap Bagian untuk dikompilasi',
      pelaksana: 'Kasubbag TU',
      kelengkapan: 'disposisi',
      waktu: '2 minggu',
      output: 'bahan penyusunan LKj',
      peristiwa: 'bidang-mengirim',
    },
    {
      no: '4',
      kegiatan: 'Melakukan kompilasi data LKj, untuk dilakukan pembahasan bersama Tim',
      pelaksana: 'Tim LKj',
      kelengkapan: 'Konsep LKj',
      waktu: '1 hari',
      output: 'Konsep LKj yang sudah diperiksa Kasubbag',
      peristiwa: 'draf-lkj-dibuat',
    },
    {
      no: '5',
      kegiatan:
        'Memeriksa Laporan LKj yang sudah dibahas bersama Tim dan menyerahkan laporan hasil ' +
        'pembahasan LKj ke Kepala Biro',
      pelaksana: 'Kabag Tatalaksana',
      kelengkapan: 'Konsep LKj yang sudah diperiksa Kasubbag',
      waktu: '1 jam',
      output: 'Konsep LKj yang sudah diparaf kabag',
    },
    {
      no: '6',
      kegiatan: 'Menandatangani laporan hasil pembahasan LKj dan disampaikan ke Kabag',
      pelaksana: 'Kepala Biro',
      kelengkapan: 'Konsep surat yang sudah di paraf',
      waktu: '1 jam',
      output: DITANDATANGANI,
    },
    {
      no: '7',
      kegiatan: 'Memerintahkan kasubbag TU mengirim LKj ke Kasubbag AK',
      pelaksana: 'Kabag Tatalaksana',
      kelengkapan: 'LKj yang sudah ditandatangani Gubernur',
      waktu: '30 menit',
      output: DITANDATANGANI,
    },
    {
      no: '8',
      kegiatan:
        'Mengirimkan LKj Biro yang telah ditandatangani oleh Kepala Biro ke Kasubbag AK',
      pelaksana: 'Kasubbag TU',
      kelengkapan: 'Dokumen',
      waktu: '5 Menit',
      output: DITANDATANGANI,
    },
  ]),
};
