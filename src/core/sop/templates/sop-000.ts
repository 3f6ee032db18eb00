/**
 * Transcribed from seeds/000_3bbef7c75e5d649c.txt (Bakesbangpol Kota Banjarbaru).
 * OCR slips fixed: "Tanda ferma" → "Tanda terima" (row 10 output), "mengesek" → "mengetik" (row 13).
 */
import type { SopTemplate } from '../model';
import { susunBaris } from './susun';

const BERKAS = 'berkas awal dan nota dinas berparaf kasubbag serta sekretaris dan bertandatangan Kabid';
const BERKAS_BERNOMOR = `${BERKAS}, bernomor dan bertanggal.`;
const PERKEU = 'Kasubbag PerKeu';

export const SOP_000: SopTemplate = {
  id: 'sop-000',
  judul: 'Pengumpulan Data dan Pembuatan Laporan Kinerja Triwulan/Tahunan',
  instansi: 'Badan Kesatuan Bangsa dan Politik Kota Banjarbaru',
  sumber: '000_3bbef7c75e5d649c.txt',
  catatanSumber: [
    'Langkah 2 sampai 8 tidak ada dalam sumber: tabel melompat dari langkah 1 ke langkah 9.',
    'Kolom Pelaksana (tanda pada kolom 3–8) hilang; pelaksana dibaca dari awal uraian kegiatan.',
    'Mutu baku langkah 10–13 tercetak satu baris lebih rendah: baris langkah 10 kosong dan satu ' +
      'baris tanpa nomor menyusul langkah 13. Mutu baku dibaca berurutan (langkah 10 memakai isi ' +
      'baris langkah 11, dan seterusnya).',
    'Langkah 9 tidak mencantumkan kelengkapan.',
    '"Bertandatangan Kabid" sesudah paraf Kasubbag dan Sekretaris kemungkinan "Kaban" (Kepala Badan) yang ' +
      'menandatangani nota dinas; ditulis seperti sumber.',
    'Sumber tidak memuat kolom Keterangan.',
  ],
  baris: susunBaris([
    [
      '1',
      'Pengagenda menerima, memeriksa berkas nota dinas dari Kabid, mencatat pada buku agenda ' +
        'surat/nota dinas Keluar, memberikan penomoran dan penanggalan pada nota dinas kemudian ' +
        `menyerahkan pada ${PERKEU}`,
      'Pengagenda',
      `${BERKAS}.`,
      '60 menit',
      BERKAS_BERNOMOR,
    ],
    { hilang: '2–8' },
    [
      '9',
      `${PERKEU} menerima, membaca, memeriksa berkas kemudian memberikan disposisi/catatan ` +
        'arahan lanjutan kepada pelaksana untuk menggandakan nota dinas sesuai jumlah tujuan nota ' +
        'dinas dan mendistribusikan nota dinas kepada para Kabid kemudian mengarsipkan berkas pada ' +
        'odner khusus data kinerja Bakesbangpol',
      PERKEU,
      '',
      '1 hari',
      BERKAS_BERNOMOR,
    ],
    [
      '10',
      `Pelaksana menerima, membaca disposisi berkas yang diserahkan ${PERKEU} kemudian ` +
        'menggandakan nota dinas dan menyampaikannya kepada para Kabid dengan tanda terima, ' +
        'kemudian mengarsipkan berkas pada odner yang telah ditentukan.',
      'Pelaksana',
      BERKAS_BERNOMOR,
      '2 jam',
      '1. Nota Dinas 2. Lembar Tanda terima penyerahan Nota Dinas bertandatangan Kabid ' +
        '3. Arsip Nota Dinas di odner',
      'siklus-dimulai',
    ],
    [
      '11',
      'Kabid menerima nota dinas Kabid, membaca, kemudian memberikan disposisi kepada Kasubbid ' +
        '(PPTK) untuk menyiapkan dan menyusun laporan kinerja sesuai format yang ditentukan',
      'Kabid',
      'Nota Dinas Kabid.',
      '1 hari',
      '1. Disposisi Kabid kepada Kasubbid (PPTK)',
      'bidang-mengirim',
    ],
    [
      '12',
      'Kasubbid (PPTK) menerima dan membaca disposisi Kabid untuk menyusun laporan kinerja dan ' +
        'setelah rampung menyerahkan kembali kepada Kabid.',
      'Kasubbid (PPTK)',
      'Bahan-bahan Laporan Kinerja',
      '2 hari',
      'konsep berkas Laporan Kinerja',
      'bidang-mengirim',
    ],
    [
      '13',
      `${PERKEU} menerima, memeriksa, menghimpun data kinerja yang disampaikan para Kabid, ` +
        'kemudian membuat konsep laporan kinerja triwulan/tahunan Bakesbangpol kemudian ' +
        'memerintahkan pelaksana perencanaan untuk mengetik dan mencetak/memprint draf laporan yang dibuat.',
      PERKEU,
      '1. Nota Dinas Kabid , 2. Laporan Kinerja Bidang',
      '2 hari',
      '1. Nota Dinas Kabid, 2. Laporan Kinerja Bidang, 3. Konsep Laporan Kinerja Triwulan/Tahunan',
      'draf-lkj-dibuat',
    ],
  ]),
};
