/**
 * Transcribed from seeds/004_841e33e39d84bbdc.txt (Biro Organisasi, Sekretariat Daerah Provinsi
 * Kalimantan Barat, Bagian Tatalaksana). OCR slip fixed: "KALIMANTAN BARAT BARAT" → "Kalimantan
 * Barat" (instansi only). Row 7's "ditandatangani Gubernur" is kept as printed.
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const DITANDATANGANI = 'LKj yang sudah ditandatangani Kepala Biro';
const DIPERIKSA = 'Konsep LKj yang sudah diperiksa Kasubbag';
const KABAG = 'Kabag Tatalaksana';
const TU = 'Kasubbag TU';

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
    [
      '1',
      'Menerima disposisi dari Kepala Biro untuk menyusun LKj dan meneruskannya kepada kasubbag ' +
        'TU membentuk Tim LKj',
      KABAG,
      'DPA dan disposisi',
      '1 jam',
      'disposisi',
    ],
    [
      '2',
      'Membentuk Tim Penyusunan LKj Biro Organisasi',
      TU,
      'disposisi',
      '2 jam',
      'SK Tim Penyusunan LKj',
    ],
    [
      '3',
      'Memerintahkan Anggota Tim untuk mengumpulkan data LKj di setiap Bagian untuk dikompilasi',
      TU,
      'disposisi',
      '2 minggu',
      'bahan penyusunan LKj',
      'bidang-mengirim',
    ],
    [
      '4',
      'Melakukan kompilasi data LKj, untuk dilakukan pembahasan bersama Tim',
      'Tim LKj',
      'Konsep LKj',
      '1 hari',
      DIPERIKSA,
      'draf-lkj-dibuat',
    ],
    [
      '5',
      'Memeriksa Laporan LKj yang sudah dibahas bersama Tim dan menyerahkan laporan hasil ' +
        'pembahasan LKj ke Kepala Biro',
      KABAG,
      DIPERIKSA,
      '1 jam',
      'Konsep LKj yang sudah diparaf kabag',
    ],
    [
      '6',
      'Menandatangani laporan hasil pembahasan LKj dan disampaikan ke Kabag',
      'Kepala Biro',
      'Konsep surat yang sudah di paraf',
      '1 jam',
      DITANDATANGANI,
    ],
    [
      '7',
      'Memerintahkan kasubbag TU mengirim LKj ke Kasubbag AK',
      KABAG,
      'LKj yang sudah ditandatangani Gubernur',
      '30 menit',
      DITANDATANGANI,
    ],
    [
      '8',
      'Mengirimkan LKj Biro yang telah ditandatangani oleh Kepala Biro ke Kasubbag AK',
      TU,
      'Dokumen',
      '5 Menit',
      DITANDATANGANI,
    ],
  ]),
};
